"""The annual archive (年度归档)."""

from exports.archive.build import build_archive

__all__ = ["build_archive"]
