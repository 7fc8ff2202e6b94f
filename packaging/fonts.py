"""The PDFs' CJK faces for a build on a machine without Debian's fonts-noto-cjk (the Windows build): the very files
of Debian's package, fetched from Debian's permanent snapshot archive and checked by their SHA-256.

    python packaging/fonts.py DEST                  fetch, check, unpack the four faces into DEST
    python packaging/fonts.py DEST --deb FILE.deb   the same from a package already at hand

Pinned: fonts-noto-cjk 1:20220127+repack1-1 (Debian 12 "bookworm"; Noto Sans CJK 2.004, Noto Serif CJK 2.001,
SIL Open Font License 1.1), the version the Linux build bundles from /usr/share/fonts/opentype/noto.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_files import FONT_FILES  # packaging/ is not a package

URL = ("https://snapshot.debian.org/archive/debian/20250520T000000Z/pool/main/f/fonts-noto-cjk/"
       "fonts-noto-cjk_20220127%2Brepack1-1_all.deb")
SHA256 = "4a2515eb6db3978b897fef9709ed0d2b1f4c6c4df4d83d6c4ef65f71f1b1f502"
INSIDE = "usr/share/fonts/opentype/noto/"


def ar_members(data: bytes) -> dict[str, bytes]:
    """The members of an ar archive (a .deb is one): name → content."""
    if not data.startswith(b"!<arch>\n"):
        raise ValueError("not a Debian package (ar archive)")
    members, at = {}, 8
    while at + 60 <= len(data):
        header = data[at:at + 60]
        name = header[:16].decode("ascii").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        members[name] = data[at + 60:at + 60 + size]
        at += 60 + size + (size % 2)
    return members


def unpack(deb: bytes, dest: Path, sha256: str = SHA256) -> list[Path]:
    """Check the package's hash, then write the four faces into `dest`."""
    digest = hashlib.sha256(deb).hexdigest()
    if digest != sha256:
        raise SystemExit(f"fonts-noto-cjk: SHA-256 {digest}, expected {sha256}: not the pinned package")
    payload = next((content for name, content in ar_members(deb).items() if name.startswith("data.tar")), None)
    if payload is None:
        raise SystemExit("fonts-noto-cjk: the package has no data.tar")
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with tarfile.open(fileobj=io.BytesIO(payload)) as tar:
        for member in tar.getmembers():
            name = member.name.removeprefix("./")
            if name.startswith(INSIDE) and name[len(INSIDE):] in FONT_FILES and member.isfile():
                source = tar.extractfile(member)
                assert source is not None
                target = dest / name[len(INSIDE):]
                target.write_bytes(source.read())
                written.append(target)
    missing = sorted(set(FONT_FILES) - {p.name for p in written})
    if missing:
        raise SystemExit(f"fonts-noto-cjk: the package lacks {', '.join(missing)}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("--deb", type=Path, help="the package, already downloaded")
    parser.add_argument("--sha256", default=SHA256, help=argparse.SUPPRESS)  # the tests' own small package
    args = parser.parse_args(argv)
    if args.deb is not None:
        deb = args.deb.read_bytes()
    else:
        with urllib.request.urlopen(URL, timeout=300) as answer:
            deb = answer.read()
    for path in unpack(deb, args.dest, args.sha256):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
