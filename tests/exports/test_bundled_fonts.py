"""The faces a packaged program brings (resources/fonts) are registered with Qt and preferred for the PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exports.pdf import fonts

SYSTEM_SANS = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.fixture
def fresh_choice() -> Iterator[None]:
    fonts.bundled_families.cache_clear()
    fonts._pick.cache_clear()
    yield
    fonts.bundled_families.cache_clear()
    fonts._pick.cache_clear()


def test_the_faces_the_program_brings_come_before_the_systems() -> None:
    system = {"SimSun", "SimHei", "Noto Serif CJK SC"}
    assert fonts.choose(fonts.SERIF, ("Noto Serif CJK SC", "Noto Serif CJK JP"), system) == "Noto Serif CJK SC"
    assert fonts.choose(fonts.SERIF, (), system) == "SimSun"
    assert fonts.choose(fonts.SANS, ("Noto Serif CJK SC",), {"WenQuanYi Micro Hei"}) == "WenQuanYi Micro Hei"


@pytest.mark.skipif(not SYSTEM_SANS.is_file(), reason="needs Debian's fonts-noto-cjk")
def test_a_bundled_font_file_is_registered_and_chosen(gui, tmp_path, monkeypatch, fresh_choice) -> None:
    (tmp_path / "NotoSansCJK-Regular.ttc").symlink_to(SYSTEM_SANS)
    (tmp_path / "README.txt").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(fonts, "fonts_folder", lambda: tmp_path)
    families = fonts.bundled_families()
    assert "Noto Sans CJK SC" in families
    assert fonts.title_family() == "Noto Sans CJK SC"  # SimHei is preferred by name, but the program brings this


def test_from_source_the_program_brings_no_faces(gui, tmp_path, monkeypatch, fresh_choice) -> None:
    monkeypatch.setattr(fonts, "fonts_folder", lambda: tmp_path / "fonts")
    assert fonts.bundled_families() == ()
