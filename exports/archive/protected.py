"""The archive in a password-protected zip (AES-256, WinZip's AE-2, which Windows' 7-Zip and WinRAR open) for
handing over when the records are kept under the password lock: the plain folder and zip stay the archive;
this copy can travel by stick or mail with the password told separately."""

from __future__ import annotations

import io
from pathlib import Path

from exports.archive.manifest import _files
from exports.atomic import write_atomic
from exports.errors import ExportError

SUFFIX = "（加密）.zip"
MIN_PASSWORD = 6


def protected_name(zip_path: Path) -> Path:
    """`…2025年度归档.zip` → `…2025年度归档（加密）.zip`, beside it."""
    return zip_path.with_name(zip_path.name.removesuffix(".zip") + SUFFIX)


def protect(zip_path: Path, password: str) -> Path:
    """The archive folder beside `zip_path` (the one `build_archive` made) as an AES-encrypted zip; returns its path."""
    import pyzipper

    if len(password) < MIN_PASSWORD:
        raise ExportError(f"压缩包密码太短：至少要 {MIN_PASSWORD} 个字符。")
    folder = zip_path.with_name(zip_path.name.removesuffix(".zip"))
    if not folder.is_dir():
        raise ExportError(f"找不到档案文件夹：{folder}")
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as out:
        out.setpassword(password.encode("utf-8"))
        out.setencryption(pyzipper.WZ_AES, nbits=256)
        for path in _files(folder):
            out.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return write_atomic(protected_name(zip_path), buffer.getvalue())
