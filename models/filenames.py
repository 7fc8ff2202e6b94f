"""Attachment names: a file name only, safe on Windows and Linux, and whether opening one would run a program.

An attachment is stored with the name it came with and written out under that name when the clerk opens or
saves it, so the name must not reach another folder (`../x`, `/abs`, `a\\b`), be a device (`nul.txt`, `COM1`)
or hide what it is (control characters, a right-to-left override). The importer refuses such names
(`name_problem`); the UI cleans a name it is given (`clean_name`) and never launches an executable type
(`is_executable`), whatever comes before it (`照片.jpg.exe`).
"""

from __future__ import annotations

from models.limits import LINE_CHARS, control_character

RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *(f"COM{i}" for i in "123456789¹²³"),
            *(f"LPT{i}" for i in "123456789¹²³")}
FORBIDDEN = set('<>:"/\\|?*')
EXECUTABLE = {
    ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".msc", ".cpl", ".dll", ".sys", ".lnk",
    ".url", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".hta", ".ps1", ".psm1", ".psd1", ".reg", ".jar",
    ".application", ".appref-ms", ".gadget", ".inf", ".scf", ".chm", ".sh", ".py", ".pyw", ".desktop", ".appimage",
    ".run", ".bin", ".command", ".app", ".iso", ".img", ".vhd", ".vhdx", ".library-ms", ".settingcontent-ms",
    ".xll", ".xlam", ".docm", ".dotm", ".xlsm", ".pptm",
}


def name_problem(name: str) -> str | None:
    """Why `name` is not a plain file name (in Chinese), or None when it is one."""
    if not name or not name.strip():
        return "文件名不能为空"
    if len(name) > LINE_CHARS:
        return f"文件名过长（{len(name)} 个字符，最多 {LINE_CHARS} 个）"
    control = control_character(name)
    if control is not None:
        return f"文件名含有控制字符 {control}"
    bad = sorted(set(name) & FORBIDDEN)
    if bad:
        return f"文件名只能是名称本身，不能含有 {' '.join(bad)}"
    if name in (".", "..") or name.startswith("..") or name != name.strip() or name.endswith("."):
        return "文件名不能以点或空格开头结尾，也不能是 . 或 .."
    if name.split(".")[0].strip().upper() in RESERVED:
        return f"“{name}”是 Windows 保留的设备名，不能作为文件名"
    return None


def clean_name(name: str, fallback: str = "附件") -> str:
    """`name` made into a plain file name: folders dropped, forbidden and control characters replaced by _,
    a device name prefixed, shortened keeping its type. Never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join("_" if ch in FORBIDDEN or control_character(ch) else ch for ch in base).strip(" .")
    if not base:
        base = fallback
    if base.split(".")[0].strip().upper() in RESERVED:
        base = "_" + base
    if len(base) > LINE_CHARS:
        stem, dot, suffix = base.rpartition(".")
        keep = f".{suffix}" if dot and len(suffix) <= 10 else ""
        base = base[: LINE_CHARS - len(keep)] + keep
    return base


def is_executable(name: str) -> bool:
    """Whether opening a file of this name could run a program: its last type decides (`照片.jpg.exe` is one);
    trailing dots and spaces, which Windows drops, do not hide it."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].rstrip(" .").lower()
    _stem, dot, suffix = base.rpartition(".")
    return bool(dot) and f".{suffix}" in EXECUTABLE
