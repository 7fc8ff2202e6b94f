"""Errors of storage that the clerk can fix."""


class RecordConflict(Exception):
    """Records that cannot be written as they are; `errors` lists each with its JSON path or record."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class RecordNotFound(Exception):
    pass


class RecordLocked(Exception):
    """A finalised record (定稿) changes only as an amendment with a reason."""
