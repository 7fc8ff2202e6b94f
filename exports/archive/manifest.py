"""The archive's manifest (every file with its size and SHA-256) and its zip, the same bytes every time."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import datetime
from pathlib import Path

from exports.atomic import write_atomic
from exports.text import clean
from exports.zipfix import entry, zip_time
from models.domain import BranchData

MANIFEST = "manifest.json"


def _files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix())


def write_manifest(folder: Path, data: BranchData, year: int) -> Path:
    files = [
        {"path": p.relative_to(folder).as_posix(), "bytes": p.stat().st_size,
         "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in _files(folder) if p.name != MANIFEST
    ]
    manifest = {"branch": clean(data.branch.name), "year": year, "algorithm": "SHA-256", "files": files}
    path = folder / MANIFEST
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
    return path


def zip_folder(folder: Path, when: datetime) -> Path:
    """`folder` as `folder`.zip beside it, entries under the folder's name, in name order, stamped `when`."""
    target = folder.with_name(folder.name + ".zip")
    stamp = zip_time(when)
    tmp = folder.with_name(f".{folder.name}.zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in _files(folder):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            archive.writestr(entry(name, stamp, unix=True), path.read_bytes())
    data = tmp.read_bytes()
    tmp.unlink()
    return write_atomic(target, data)
