"""The error an interchange file is refused with."""

from __future__ import annotations


class InterchangeError(Exception):
    """A file that cannot be imported, with every problem found in it.

    Each entry of `errors` is `JSON path: message`, e.g.
    `meetings[3].attendance[5].member: 未知的人员 id "m99"`; `$` is the whole document.
    """

    def __init__(self, errors: list[str]) -> None:
        self.errors: list[str] = list(errors)
        super().__init__("\n".join(self.errors))

    def __str__(self) -> str:
        count = len(self.errors)
        return f"交换文件有 {count} 处错误：\n" + "\n".join(self.errors)
