"""The main window's password lock: the content hidden behind the unlock prompt (what is typed saved first,
nothing of the records left on screen, the opened attachments cleared) and brought back as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QToolBar, QWidget


class WindowLock:
    """Mixed into ui.main_window.MainWindow (a QMainWindow with `ctx`, `pages`, `actions_by_key`, `saved_label`,
    `idle_lock`, `_lock_screen`, `_content`)."""

    def lock_on(self) -> bool:
        """Whether the database the window works on has the password lock on."""
        return self.ctx is not None and self.ctx.store.is_encrypted()

    def is_locked(self) -> bool:
        return self._lock_screen is not None

    def lock(self, database: Path | None = None) -> QWidget:
        """Hide the content behind the unlock prompt — what is being typed saved first, nothing of the records
        left on screen (toolbar, menus and status bar included). `database`: the file to unlock (at the start,
        before the store is open); else the window's own. Returns the prompt."""
        from ui.lock_screen import LockScreen

        if self._lock_screen is not None:
            return self._lock_screen
        if self.ctx is not None:
            for page in self.pages.values():
                page.save_now()
            self.ctx.writes.settle(60000)
        target = database or self.database_file()
        assert target is not None
        self._close_other_windows()
        from ui import attachment_files

        attachment_files.clear()  # opened attachments are plain files: none stay behind the lock
        screen = LockScreen(target)
        screen.unlocked.connect(self.unlock)
        self._content = self.takeCentralWidget()
        self._lock_screen = screen
        self.setCentralWidget(screen)
        self._set_chrome_visible(False)
        return screen

    def _close_other_windows(self) -> None:
        """Nothing of the records stays on screen: the manual, a print preview, a message or dialog are closed
        (a dialog as if cancelled)."""
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.hide()

    def unlock(self) -> None:
        """The right password was given: the content comes back as it was."""
        if self._lock_screen is None:
            return
        screen = self.takeCentralWidget()
        self._lock_screen = None
        if screen is not None:
            screen.deleteLater()
        if self._content is not None:
            self.setCentralWidget(self._content)
            self._content.show()
            self._content = None
        self._set_chrome_visible(True)
        if self.idle_lock is not None:
            self.idle_lock.configure()

    def _set_chrome_visible(self, visible: bool) -> None:
        for bar in self.findChildren(QToolBar):
            bar.setVisible(visible)
        self.menuBar().setVisible(visible)
        for action in self.actions_by_key.values():
            action.setEnabled(visible)
        if not visible:
            self.statusBar().clearMessage()
            self.saved_label.clear()
        self.statusBar().setVisible(visible)
