"""The 党委's archives: one branch's year archive (as 年度归档 makes it) for each branch chosen, one after the
other, each a folder and a zip named by its branch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from exports.archive.build import Progress, archive_name, build_archive
from exports.text import clean, safe_name
from models.domain import BranchData
from models.overview.party import BranchListing
from models.services import Store


def branch_archives(engine: Engine, branches: list[BranchListing], year: int, out_dir: Path,
                    progress: Progress | None = None) -> list[Path]:
    """The year's archive of every branch in `branches` under `out_dir`; the zips made, in the same order.

    Each branch is read as its own store reads it (the year's records with their content). Two branches whose
    archives would have the same name (the same short name) each go into a folder of their full name."""
    stores = [Store(engine, branch.id) for branch in branches]
    names = [archive_name(BranchData(store.branch()), year) for store in stores]
    made = []
    for number, (branch, store, name) in enumerate(zip(branches, stores, names, strict=True), start=1):
        told = f"{branch.name}（{number}/{len(branches)}）"
        if progress is not None:
            progress(0, 1, f"{told}：正在读取 {year} 年度的记录")
        where = out_dir if names.count(name) == 1 else out_dir / safe_name(clean(branch.name))

        def step(done: int, total: int, what: str, told: str = told) -> None:
            if progress is not None:
                progress(done, total, f"{told}：{what}")

        made.append(build_archive(store.load_year(year), year, where, progress=step))
    return made
