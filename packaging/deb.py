"""The .deb of the packaged program, in the layout of UOS's app store (also fine on Kylin, Debian and Ubuntu):

    /opt/apps/<id>/info                          the store's description (JSON)
    /opt/apps/<id>/files/                        the program's folder (PyInstaller onedir)
    /opt/apps/<id>/entries/applications/<id>.desktop
    /opt/apps/<id>/entries/icons/hicolor/<size>/apps/<id>.png (and scalable/…/<id>.svg)
    /usr/share/applications/<id>.desktop, /usr/share/icons/hicolor/…   the same, for menus outside UOS
    /usr/bin/orglife                             the command line (a link to files/orglife)

    python packaging/deb.py build/dist/orglife build/orglife_<version>_amd64.deb

Made with dpkg-deb alone. Removing the package removes only these files: the clerk's data is in their own home
folder (~/.local/share/OrgLife), which no package script touches.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_files import APP_ID  # packaging/ is not a package

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icon"
NAME = "组织生活记录本"
# What the bundle links against and leaves to the system (packaging/orglife.spec: SYSTEM_LIBRARIES); libc from
# the newest symbol version the bundle uses (its libpython, built against glibc 2.36, asks for GLIBC_2.35).
DEPENDS = ("libc6 (>= 2.35), libstdc++6, libgcc-s1, libfontconfig1, libfreetype6, libexpat1, libpng16-16, "
           "libglib2.0-0, libdbus-1-3, libegl1, libgl1, libcups2, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, "
           "libxcb-glx0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, "
           "libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, "
           "libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0")
RECOMMENDS = "libwayland-client0, libwayland-cursor0, libwayland-egl1"  # only for a Wayland session
DESCRIPTION = """\
Description: 组织生活记录本 — 党支部组织生活记录（离线）
 党支部组织委员（兼职）在办公电脑上离线记录本支部的组织生活：三会一课、主题党日、
 组织生活会与民主评议、谈心谈话。打印标准会议记录，提示本年度尚未落实的组织生活，
 按党内规定核对表决，生成年度归档。程序不联网，所有数据只保存在本机用户文件夹中。
 .
 A Party branch's records of organisational life, kept offline."""
DESKTOP = f"""[Desktop Entry]
Type=Application
Name=OrgLife
Name[zh_CN]={NAME}
GenericName=Party branch records
GenericName[zh_CN]=党支部组织生活记录
Comment=Records of a Party branch's organisational life, offline
Comment[zh_CN]=记录三会一课、主题党日、组织生活会与谈心谈话，打印会议记录，生成年度归档（离线）
Exec=/opt/apps/{APP_ID}/files/orglife
Icon={APP_ID}
Terminal=false
Categories=Office;
Keywords=组织生活;三会一课;党支部;会议记录;
"""
POSTINST = """#!/bin/sh
set -e
# menus and icons: refreshed where the desktop has the tools
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
"""
POSTRM = """#!/bin/sh
set -e
# Only the program's own files go; the clerk's records (~/.local/share/OrgLife) are never touched, also on purge.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
"""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def icons_into(folder: Path) -> None:
    """hicolor icons: the PNG sizes and the SVG."""
    for png in sorted(ICONS.glob("orglife-*.png")):
        size = png.stem.split("-")[1]
        target = folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    target = folder / "scalable" / "apps" / f"{APP_ID}.svg"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "orglife.svg", target)


def tree(bundle: Path, root: Path) -> None:
    """Every file of the package under `root`, with the permissions dpkg will give them."""
    app = root / "opt" / "apps" / APP_ID
    shutil.copytree(bundle, app / "files", symlinks=True)
    info = {"appid": APP_ID, "name": NAME, "version": version(), "arch": ["amd64"],
            "permissions": {"autostart": False, "notification": False, "trayicon": False, "clipboard": True,
                            "account": False, "bluetooth": False, "camera": False, "audio_record": False,
                            "installed_apps": False}}
    write(app / "info", json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    write(app / "entries" / "applications" / f"{APP_ID}.desktop", DESKTOP)
    icons_into(app / "entries" / "icons" / "hicolor")
    write(root / "usr" / "share" / "applications" / f"{APP_ID}.desktop", DESKTOP)
    icons_into(root / "usr" / "share" / "icons" / "hicolor")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "orglife").symlink_to(f"/opt/apps/{APP_ID}/files/orglife")
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK) and path.suffix != ".py"
        path.chmod(0o755 if executable else 0o644)


def installed_kb(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1


def control(root: Path) -> None:
    debian = root / "DEBIAN"
    write(debian / "control", f"""Package: {APP_ID}
Version: {version()}
Architecture: amd64
Maintainer: OrgLife <noreply@orglife.invalid>
Section: office
Priority: optional
Installed-Size: {installed_kb(root)}
Depends: {DEPENDS}
Recommends: {RECOMMENDS}
{DESCRIPTION}
""")
    write(debian / "postinst", POSTINST, 0o755)
    write(debian / "postrm", POSTRM, 0o755)


def build(bundle: Path, out: Path, compression: str = "xz") -> Path:
    """xz (the release: what every dpkg reads, also UOS 20's and Kylin V10's, whose dpkg predates zstd; 105 MB, but
    minutes on two cores) or gzip (CI: the same files, 145 MB, in seconds)."""
    if not (bundle / "orglife").is_file():
        raise SystemExit(f"{bundle} is not the program's folder (make package builds it first)")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="orglife-deb-") as folder:
        root = Path(folder) / "root"
        tree(bundle, root)
        control(root)
        level = "-z1" if compression == "gzip" else "-z6"  # gzip's fastest: level 9 saves 8 % in five times the time
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", level, "--build", str(root), str(out)],
                       check=True, stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "dist" / "orglife"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "build" / f"{APP_ID}_{version()}_amd64.deb"
    print(build(bundle, out, os.environ.get("ORGLIFE_DEB_COMPRESSION", "xz")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
