"""The menus and shortcuts of the main window: Ctrl+N new record, Ctrl+F search, Ctrl+P print, Ctrl+S save now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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


TEXTS = {  # the actions' texts as written; translated when the menus are made and again on a language change
    "new": QT_TRANSLATE_NOOP("MainWindow", "新建记录(&N)"),
    "new_meeting": QT_TRANSLATE_NOOP("MainWindow", "新建会议记录…"),
    "save": QT_TRANSLATE_NOOP("MainWindow", "立即保存(&S)"),
    "print": QT_TRANSLATE_NOOP("MainWindow", "打印预览(&P)…"),
    "import_roster": QT_TRANSLATE_NOOP("MainWindow", "从 Excel 导入名册…"),
    "export_roster": QT_TRANSLATE_NOOP("MainWindow", "导出名册到 Excel…"),
    "quit": QT_TRANSLATE_NOOP("MainWindow", "退出(&Q)"),
    "search": QT_TRANSLATE_NOOP("MainWindow", "搜索(&F)"),
    "manual": QT_TRANSLATE_NOOP("MainWindow", "用户手册(&M)"),
    "about": QT_TRANSLATE_NOOP("MainWindow", "关于组织生活记录本"),
}
MENUS = (  # each menu's title and its actions (None: a separator)
    (QT_TRANSLATE_NOOP("MainWindow", "文件(&F)"),
     ("new", "new_meeting", "save", None, "print", None, "import_roster", "export_roster", None, "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "编辑(&E)"), ("search",)),
    (QT_TRANSLATE_NOOP("MainWindow", "转到(&G)"), ()),  # the pages, from the navigation
    (QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)"), ("manual", "about")),
)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    slots = {"new": window.new_record, "new_meeting": window.new_meeting, "save": window.save_now,
             "print": window.print_current, "import_roster": window.import_roster,
             "export_roster": window.export_roster, "quit": window.close, "search": window.focus_search,
             "manual": lambda: _manual(window), "about": window.about}
    shortcuts = {"new": QKeySequence.StandardKey.New, "save": QKeySequence.StandardKey.Save,
                 "print": QKeySequence.StandardKey.Print, "quit": "Ctrl+Q", "search": QKeySequence.StandardKey.Find,
                 "manual": QKeySequence.StandardKey.HelpContents}
    actions = {key: _action(window, translate("MainWindow", text), slots[key], shortcuts.get(key))
               for key, text in TEXTS.items()}
    bar = window.menuBar()
    for title, keys in MENUS:
        menu = bar.addMenu(translate("MainWindow", title))
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
        if not keys:  # 转到: Ctrl+1 … Ctrl+8
            for i, (key, page_title) in enumerate(window.page_titles()):
                action = _action(window, page_title, lambda k=key: window.go_to(k), f"Ctrl+{i + 1}")
                menu.addAction(action)
                actions[f"go_{key}"] = action
    return actions


def retranslate_menus(window: MainWindow) -> None:
    """The menus' and actions' texts in the language installed now (the actions and their shortcuts stay)."""
    for menu_action, (title, _keys) in zip(window.menuBar().actions(), MENUS, strict=True):
        menu_action.setText(translate("MainWindow", title))
    for key, text in TEXTS.items():
        window.actions_by_key[key].setText(translate("MainWindow", text))
    for key, page_title in window.page_titles():
        window.actions_by_key[f"go_{key}"].setText(page_title)


def _manual(window: MainWindow) -> None:
    from ui.dialogs.manual import show_manual  # loaded when first asked for, not at start

    show_manual(window)
