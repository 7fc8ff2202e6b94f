"""What the forms share: the title lines and the files' own description."""

from __future__ import annotations

from exports.model import Meta
from exports.text import clean
from models.domain import BranchData

FIXED_TIME = "2000-01-01T00:00:00+08:00"  # a blank form has no record to date it: same data, same bytes


def form_title(data: BranchData, title: str) -> tuple[str, str]:
    return clean(data.branch.name), title


def form_meta(data: BranchData, title: str, stamp: str = FIXED_TIME) -> Meta:
    branch = clean(data.branch.name)
    return Meta(title=f"{branch} {title}", author=branch, subject=title, created=stamp, modified=stamp)
