"""Changing the 界面语言 while the program runs: what is being typed is saved first, the other language's
translators are installed, the window's frame (navigation, menus, toolbar, title) takes the new texts, and its pages
are built again — the store stays open, the page on screen and what it shows (a section, a tab, the open record)
come back. A page whose edits could not be saved is kept as it is, with what was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QToolBar

from ui import options
from ui.actions import retranslate_menus
from ui.language import current_language, install_language

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def switch_language(window: MainWindow, language: str) -> bool:
    """Store `language` as the 界面语言 and show the window in it now. False when nothing changed on screen."""
    options.LANGUAGE.set(language)
    if language == current_language():
        return False
    kept = _save_pages(window)
    install_language(QApplication.instance(), language)
    QApplication.instance().setApplicationDisplayName(translate("MainWindow", "组织生活记录本"))
    retranslate_frame(window)
    if window.ctx is not None:
        _rebuild_pages(window, kept)
        if kept:
            note = translate("MainWindow", "有内容未能保存：这一页保留原来的语言，保存后重新打开程序即可。")
            window.statusBar().showMessage(note, 20000)
    return True


def retranslate_frame(window: MainWindow) -> None:
    """The navigation, menus, toolbar and title in the language installed now."""
    from ui.main_window import NAV

    for row, (_key, title) in enumerate(NAV):
        window.nav.item(row).setText(translate("MainWindow", title))
    retranslate_menus(window)
    bar = window.findChild(QToolBar, "mainToolbar")
    if bar is not None:
        bar.setWindowTitle(translate("MainWindow", "搜索"))
    window.back_to_search_button.setText(translate("MainWindow", "← 返回搜索结果"))
    window.search_box.setPlaceholderText(translate("MainWindow", "搜索姓名、会议、发言内容…（Ctrl+F）"))
    if window.sample_action.isVisible():
        window.sample_label.setText(translate(
            "MainWindow", "示例数据 · 试用中的修改不影响正式数据，下次启动时可填写本支部信息"))
        window.setWindowTitle(translate("MainWindow", "示例数据"))


def _save_pages(window: MainWindow) -> set[str]:
    """Every page's edits written (autosave first); the keys of the pages that could not save them."""
    kept = set()
    for key, page in window.pages.items():
        if not page.save_now() or page.unsaved():
            kept.add(key)
    if window.ctx is not None:
        window.ctx.writes.settle(60000)
        kept |= {key for key, page in window.pages.items() if page.unsaved()}
    return kept


def _rebuild_pages(window: MainWindow, kept: set[str]) -> None:
    from ui.pages.home import HomePage
    from ui.pages.search import SearchPage

    ctx = window.ctx
    assert ctx is not None and window.search_page is not None
    for _round in range(5):  # the reads the old pages started reach them while they live
        if not ctx.jobs.is_busy():
            break
        ctx.jobs.wait(10000)
        QCoreApplication.sendPostedEvents()
    current = window.current_page()
    on_search = current is window.search_page
    current_key = current.key
    views = {key: page.view_state() for key, page in window.pages.items() if key not in kept}
    gone = []
    for key, page in list(window.pages.items()):
        if key in kept:
            continue
        del window.pages[key]
        gone.append(page)
    if "home" not in kept:
        if window.home not in gone:  # made with the frame, not yet asked for through the pages
            gone.append(window.home)
        window.home = HomePage(ctx, window)  # the registry's maker hands it out as the page "home"
        window.stack.addWidget(window.home)
    for page in gone:
        window.stack.removeWidget(page)
        page.deleteLater()
    pages = window.pages
    assert hasattr(pages, "views")
    pages.views.update({key: view for key, view in views.items() if view is not None and key != current_key})
    old_search, window.search_page = window.search_page, SearchPage(ctx, window)
    window.search_page._pending = old_search._pending  # the last search, shown again
    window.stack.addWidget(window.search_page)
    window.stack.removeWidget(old_search)
    old_search.deleteLater()
    if on_search:
        window.stack.setCurrentWidget(window.search_page)
        window.search_page.activate()
        return
    page = pages[current_key]
    window.stack.setCurrentWidget(page)
    if current_key not in kept:  # a page kept is left exactly as it is, with what was typed
        page.activate()
        page.show_view_state(views.get(current_key))
