"""The annual archive (年度归档)."""

from __future__ import annotations

__all__ = ["build_archive"]


def __getattr__(name: str):  # build_archive, imported when first used: the Word worker needs none of its Qt
    if name == "build_archive":
        from exports.archive.build import build_archive

        return build_archive
    raise AttributeError(name)
