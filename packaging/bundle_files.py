"""What the bundle carries besides the code, shared by the spec, the .deb and the Windows build."""

from __future__ import annotations

import re
from pathlib import Path

APP_ID = "cn.orglife.notebook"  # the package's name and its folder under /opt/apps (the UOS layout)
# The PDFs' faces (exports/pdf/fonts.py): 宋体-like body and 黑体-like titles, regular and bold. Debian's
# fonts-noto-cjk 1:20220127+repack1-1 ships them as OpenType collections (SC, TC, HK, JP, KR in one file).
FONT_FILES = ("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")


def manual_images(manual: Path) -> list[Path]:
    """The pictures the user manual shows (docs/img holds more, for the other documents)."""
    names = sorted(set(re.findall(r"\]\((img/[^)\s]+)\)", manual.read_text(encoding="utf-8"))))
    return [manual.parent / name for name in names]


def resource_files(resources: Path) -> list[tuple[Path, str]]:
    """Every data file of resources/ (the Word template, the sample, the icons, the stroke counts …) with its
    folder in the bundle; the READMEs that describe them stay behind."""
    return [(path, path.parent.relative_to(resources.parent).as_posix())
            for path in sorted(resources.rglob("*")) if path.is_file() and path.name != "README.md"]
