"""The program's own data files (resources/): one helper that finds them from source and in a packaged program."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """resources/ beside the program: next to main.py from source; in the bundle's folder when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's onedir: data files are unpacked under this folder
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    """A file of resources/, e.g. `resource("samples", "sample-branch.json")`."""
    return resources_dir().joinpath(*parts)


def sample_branch_path() -> Path:
    """示例数据: a small complete branch in the interchange format, to try the program without real data."""
    return resource("samples", "sample-branch.json")
