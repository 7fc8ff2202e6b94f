"""The program as a child process for the kill test: opens a meeting, types into it, says so, and keeps running.

Usage: python -m tests.ui.kill_child DB MEETING_ID TEXT  (ORGLIFE_DATA_DIR set by the test)
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from models.services import Store
    from ui.app import make_application
    from ui.main_window import MainWindow

    db, meeting_id, text = sys.argv[1:4]
    app = make_application([])
    window = MainWindow(Store.open(db))
    window.show()
    window.open_meeting(meeting_id)
    editor = window.pages["meetings"].editor

    def type_it() -> None:
        field = editor.summary.summary
        field.setFocus()
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(field, event)
        print("TYPED", flush=True)

    QTimer.singleShot(100, type_it)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
