"""The menus and shortcuts of the main window: Ctrl+N new record, Ctrl+F search, Ctrl+P print, Ctrl+S save now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _action(window: MainWindow, text: str, slot, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)  # every binding the platform has for it
    elif shortcut is not None:
        # A list, not `setShortcut`: that overload makes PySide build all of Qt's enums (~15 ms of the start).
        action.setShortcuts([QKeySequence(shortcut)])
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    actions = {
        "new": _action(
            window, translate("MainWindow", "新建记录(&N)"), window.new_record, QKeySequence.StandardKey.New
        ),
        "new_meeting": _action(window, translate("MainWindow", "新建会议记录…"), window.new_meeting),
        "save": _action(
            window, translate("MainWindow", "立即保存(&S)"), window.save_now, QKeySequence.StandardKey.Save
        ),
        "print": _action(
            window, translate("MainWindow", "打印预览(&P)…"), window.print_current, QKeySequence.StandardKey.Print
        ),
        "import_roster": _action(window, translate("MainWindow", "从 Excel 导入名册…"), window.import_roster),
        "export_roster": _action(window, translate("MainWindow", "导出名册到 Excel…"), window.export_roster),
        "quit": _action(window, translate("MainWindow", "退出(&Q)"), window.close, "Ctrl+Q"),
        "search": _action(
            window, translate("MainWindow", "搜索(&F)"), window.focus_search, QKeySequence.StandardKey.Find
        ),
        "manual": _action(
            window,
            translate("MainWindow", "用户手册(&M)"),
            lambda: _manual(window),
            QKeySequence.StandardKey.HelpContents,
        ),
        "about": _action(window, translate("MainWindow", "关于组织生活记录本"), window.about),
    }
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
    for key in ("new", "new_meeting", "save", None, "print", None, "import_roster", "export_roster", None, "quit"):
        if key is None:
            file_menu.addSeparator()
        else:
            file_menu.addAction(actions[key])
    edit_menu = bar.addMenu(translate("MainWindow", "编辑(&E)"))
    edit_menu.addAction(actions["search"])
    go_menu = bar.addMenu(translate("MainWindow", "转到(&G)"))
    for i, (key, title) in enumerate(window.page_titles()):
        action = _action(window, title, lambda k=key: window.go_to(k), f"Ctrl+{i + 1}")
        go_menu.addAction(action)
        actions[f"go_{key}"] = action
    help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
    help_menu.addAction(actions["manual"])
    help_menu.addAction(actions["about"])
    return actions


def _manual(window: MainWindow) -> None:
    from ui.dialogs.manual import show_manual  # loaded when first asked for, not at start

    show_manual(window)
