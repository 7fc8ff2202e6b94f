"""The packaging scripts (packaging/) on small stand-ins: the .deb's layout, the Windows fonts' check, the NSIS script.
The real bundle is built, installed and smoke-tested by .ci/run (packaging/smoke.py)."""

from __future__ import annotations

import hashlib
import json
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
APP_ID = "cn.orglife.notebook"
FONTS = ("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian)")


def run(*command: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=120, check=check)


def fake_bundle(folder: Path) -> Path:
    bundle = folder / "orglife"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "orglife").write_text("#!/bin/sh\necho orglife\n", encoding="utf-8")
    (bundle / "orglife").chmod(0o755)
    (bundle / "_internal" / "resources" / "orglife-a4.docx").write_bytes(b"PK")
    return bundle


@needs_dpkg
def test_the_deb_installs_in_the_uos_layout_with_a_menu_entry(tmp_path, monkeypatch) -> None:
    deb = tmp_path / "orglife.deb"
    monkeypatch.setenv("ORGLIFE_DEB_COMPRESSION", "gzip")
    run(sys.executable, PACKAGING / "deb.py", fake_bundle(tmp_path), deb)
    listing = run("dpkg-deb", "-c", deb).stdout
    app = f"./opt/apps/{APP_ID}"
    for path in (f"{app}/info", f"{app}/files/orglife", f"{app}/files/_internal/resources/orglife-a4.docx",
                 f"{app}/entries/applications/{APP_ID}.desktop",
                 f"{app}/entries/icons/hicolor/256x256/apps/{APP_ID}.png",
                 f"{app}/entries/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
                 f"./usr/bin/orglife -> /opt/apps/{APP_ID}/files/orglife"):
        assert path in listing, path
    assert "rwxr-xr-x root/root" in next(line for line in listing.splitlines() if line.endswith("files/orglife"))
    assert run("dpkg-deb", "-f", deb, "Package").stdout.strip() == APP_ID
    assert "libc6 (>= 2.35)" in run("dpkg-deb", "-f", deb, "Depends").stdout

    unpacked = tmp_path / "root"
    run("dpkg-deb", "-x", deb, unpacked)
    info = json.loads((unpacked / "opt" / "apps" / APP_ID / "info").read_text(encoding="utf-8"))
    assert info["appid"] == APP_ID and info["name"] == "组织生活记录本"
    entry = (unpacked / "usr" / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec=/opt/apps/{APP_ID}/files/orglife\n" in entry and f"Icon={APP_ID}\n" in entry
    assert "Name[zh_CN]=组织生活记录本\n" in entry


@needs_dpkg
def test_removing_the_package_touches_no_data_of_the_clerk(tmp_path) -> None:
    run("dpkg-deb", "-e", _small_deb(tmp_path), tmp_path / "control")
    for script in ("postinst", "postrm"):
        text = (tmp_path / "control" / script).read_text(encoding="utf-8")
        assert "rm " not in text and "OrgLife" not in text.replace("~/.local/share/OrgLife", "")


def _small_deb(tmp_path: Path) -> Path:
    deb = tmp_path / "small.deb"
    subprocess.run([sys.executable, str(PACKAGING / "deb.py"), str(fake_bundle(tmp_path)), str(deb)], check=True,
                   capture_output=True, timeout=120, env={"ORGLIFE_DEB_COMPRESSION": "gzip", "PATH": "/usr/bin:/bin"})
    return deb


def fonts_package(folder: Path) -> Path:
    """A package laid out as Debian's fonts-noto-cjk, with tiny stand-ins for the faces."""
    root = folder / "fonts-root"
    noto = root / "usr" / "share" / "fonts" / "opentype" / "noto"
    noto.mkdir(parents=True)
    for name in (*FONTS, "NotoSansCJK-Light.ttc"):
        (noto / name).write_bytes(name.encode())
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text("Package: fonts-noto-cjk\nVersion: 1\nArchitecture: all\n"
                                             "Maintainer: x <x@x.invalid>\nDescription: x\n", encoding="utf-8")
    deb = folder / "fonts.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb)
    return deb


@needs_dpkg
def test_the_windows_build_takes_the_four_faces_from_the_package_it_was_pinned_to(tmp_path) -> None:
    deb = fonts_package(tmp_path)
    digest = hashlib.sha256(deb.read_bytes()).hexdigest()
    run(sys.executable, PACKAGING / "fonts.py", tmp_path / "fonts", "--deb", deb, "--sha256", digest)
    assert sorted(p.name for p in (tmp_path / "fonts").iterdir()) == sorted(FONTS)
    assert (tmp_path / "fonts" / "NotoSansCJK-Bold.ttc").read_bytes() == b"NotoSansCJK-Bold.ttc"


@needs_dpkg
def test_a_package_other_than_the_pinned_one_is_refused(tmp_path) -> None:
    done = run(sys.executable, PACKAGING / "fonts.py", tmp_path / "fonts", "--deb", fonts_package(tmp_path),
               check=False)
    assert done.returncode != 0 and "SHA-256" in done.stderr
    assert not (tmp_path / "fonts").exists()


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (Debian's nsis)")
def test_the_windows_installer_script_compiles_without_warnings(tmp_path) -> None:
    bundle = tmp_path / "orglife"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("orglife.exe", "orglife-cli.exe", "_internal/base_library.zip"):
        (bundle / name).write_bytes(b"MZ")
    out = tmp_path / "orglife-setup.exe"
    done = subprocess.run(["makensis", "-V2", "-WX", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}", "orglife.nsi"],
                          cwd=PACKAGING / "windows", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes().startswith(b"MZ")


def test_every_picture_the_manual_shows_goes_into_the_package() -> None:
    manual_images = runpy.run_path(str(PACKAGING / "bundle_files.py"))["manual_images"]  # packaging/: no package
    manual = REPO / "docs" / "manual.md"
    packed = {path.relative_to(REPO / "docs").as_posix() for path in manual_images(manual)}
    shown = set(re.findall(r"!\[[^\]]*\]\(([^)]+)\)", manual.read_text(encoding="utf-8")))
    assert shown and packed == shown
    assert all((REPO / "docs" / name).is_file() for name in packed)


def test_every_data_file_of_resources_goes_into_the_package() -> None:
    resource_files = runpy.run_path(str(PACKAGING / "bundle_files.py"))["resource_files"]
    packed = {(path.relative_to(REPO).as_posix(), folder) for path, folder in resource_files(REPO / "resources")}
    assert ("resources/strokes/total-strokes.txt", "resources/strokes") in packed  # the ballots' stroke counts
    assert ("resources/samples/sample-branch.json", "resources/samples") in packed
    assert ("resources/orglife-a4.docx", "resources") in packed
    assert not any(name.endswith("README.md") for name, _ in packed)
