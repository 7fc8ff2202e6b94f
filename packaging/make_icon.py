"""The program's icon from resources/icon/orglife.svg: PNGs for Linux desktops and a .ico for Windows.

    .venv/bin/python packaging/make_icon.py      (the results are kept in the repository)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's painting needs an application
    svg = FOLDER / "orglife.svg"
    for size in SIZES:
        render(svg, size, FOLDER / f"orglife-{size}.png")
    biggest = Image.open(FOLDER / "orglife-256.png")
    biggest.save(FOLDER / "orglife.ico", sizes=[(s, s) for s in SIZES])
    print(f"written: {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
