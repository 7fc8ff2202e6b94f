"""Errors of storage that the clerk can fix; their sentences are models.words.Words (shown translated in the UI)."""

from models.words import ERRORS, QT_TRANSLATE_NOOP, say


class RecordConflict(Exception):
    """Records that cannot be written as they are; `errors` lists each with its JSON path or record."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class RecordNotFound(Exception):
    pass


class RecordLocked(Exception):
    """A finalised record (定稿) changes only as an amendment with a reason."""


class StaleRecord(RecordConflict):
    """A save of an outdated copy: the record was changed elsewhere (another window or computer) after this copy
    was read. Nothing was written. The UI offers to reload: `store.meeting(record_id)` (or talk …) gives the
    stored record; `yours` and `stored` are the two versions (`stored` None when the record was deleted)."""

    def __init__(self, kind: str, record_id: str, yours: int | None, stored: int | None) -> None:
        self.kind, self.record_id, self.yours, self.stored = kind, record_id, yours, stored
        if stored is None:
            text = say(QT_TRANSLATE_NOOP("errors", "这条记录已在别处（另一个窗口或另一台计算机）被删除，"
                                                   "您的修改没有保存。"), context=ERRORS)
        else:
            text = say(QT_TRANSLATE_NOOP("errors", "这条记录已在别处（另一个窗口或另一台计算机）被修改，"
                                                   "您的修改没有保存，以免覆盖别人的修改。请重新载入后再修改。"),
                       context=ERRORS)
        super().__init__([text])
