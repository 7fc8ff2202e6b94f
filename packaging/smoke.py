"""Smoke test of the packaged program, as installed: the same script on Linux (.ci/run, after installing the .deb)
and on Windows (.github/workflows/windows.yml).

    python packaging/smoke.py PROGRAM [--cli CLI] [--screenshot FILE.png] [--seconds 3]

PROGRAM is the installed program (`/opt/apps/…/files/orglife`, `orglife.exe`); CLI the one for commands (on Windows
`orglife-cli.exe` beside it, found by itself). Everything happens in a temporary folder, with its own data folder:
the sample branch (the copy the package carries) is imported into a new database, then `check`, the minutes of a
meeting as PDF (its faces must be the package's own Noto CJK SC: on Linux the system's fonts are hidden from it),
the year's archive, and the window, shown for a few seconds under the desktop (Xvfb in CI) and pictured.
Prints one line per step and `smoke: N passed, N failed`; exit status 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WINDOWS = sys.platform == "win32"
MEETING = "mt02"  # a 支部党员大会 of the sample branch, 2025
YEAR = "2025"
PDF_FACES = ("NotoSerifCJKsc", "NotoSansCJKsc")  # the body and title faces the PDF must embed
TIMEOUT = 180


class Failed(Exception):
    pass


def run(command: list[str], env: dict[str, str]) -> str:
    """Run one command of the program; its output, or Failed with what it said."""
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                              timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise Failed(f"no answer in {TIMEOUT} s: {' '.join(command)}") from error
    if done.returncode != 0:
        raise Failed(f"exit {done.returncode}: {' '.join(command)}\n{done.stdout}{done.stderr}")
    return done.stdout


def bundled_sample(program: Path) -> Path:
    """The sample branch the package carries (PyInstaller's onedir keeps data under _internal/)."""
    for folder in (program.parent / "_internal", program.parent):
        sample = folder / "resources" / "samples" / "sample-branch.json"
        if sample.is_file():
            return sample
    raise Failed(f"the package carries no sample branch beside {program}")


def hide_system_fonts(work: Path, env: dict[str, str]) -> None:
    """On Linux: a fontconfig setup with no font folders, so only the faces the program brings can be used."""
    if WINDOWS:
        return  # Windows has no Noto CJK of its own: what a PDF embeds of it came with the program
    config = work / "no-system-fonts.conf"
    config.write_text(f"<?xml version='1.0'?>\n<fontconfig><cachedir>{work / 'fc-cache'}</cachedir></fontconfig>\n",
                      encoding="utf-8")
    env["FONTCONFIG_FILE"] = str(config)


def embedded_faces(pdf: Path) -> set[str]:
    """The base names of the fonts a PDF embeds (without a subset's `ABCDEF+` prefix)."""
    import pikepdf

    names = set()
    with pikepdf.open(pdf) as document:
        for obj in document.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/BaseFont" in obj:
                names.add(str(obj.BaseFont).lstrip("/").split("+")[-1])
    return names


def window_started(program: Path, db: Path, work: Path, env: dict[str, str], seconds: float) -> tuple[str, Path]:
    """Start the desktop program on the database; ORGLIFE_PROBE (ui/probe.py) makes it report and picture itself."""
    probe = work / "probe"
    env = dict(env, ORGLIFE_PROBE=str(probe), ORGLIFE_PROBE_SECONDS=str(seconds), ORGLIFE_PROBE_T0=repr(time.time()))
    env.pop("QT_QPA_PLATFORM", None)  # the desktop's own platform (X11 under Xvfb here), not offscreen
    if not WINDOWS and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        raise Failed("no desktop to show the window on (run under xvfb-run)")
    try:
        done = subprocess.run([str(program), "--db", str(db)], env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise Failed(f"the window did not report within {TIMEOUT} s") from error
    report = (probe / "start.txt").read_text(encoding="utf-8") if (probe / "start.txt").is_file() else ""
    if done.returncode != 0 or "ready" not in report:
        raise Failed(f"exit {done.returncode}, reported {report!r}\n{done.stdout}{done.stderr}")
    return report, probe / "window.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("--cli", type=Path, help="the program for commands (default: orglife-cli.exe beside it, or it)")
    parser.add_argument("--screenshot", type=Path, help="where to keep the picture of the window")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long the window stays on screen")
    args = parser.parse_args(argv)
    program = args.program.resolve()
    twin = program.with_name("orglife-cli.exe")
    cli = (args.cli or (twin if twin.is_file() else program)).absolute()  # a link (/usr/bin/orglife) as given
    results: list[tuple[str, bool]] = []

    with tempfile.TemporaryDirectory(prefix="orglife-smoke-") as folder:
        work = Path(folder)
        env = dict(os.environ, ORGLIFE_DATA_DIR=str(work / "data"))
        db = work / "sample.sqlite3"
        base = [str(cli), "--db", str(db)]

        def step(name: str, action: Callable[[], str]) -> None:
            started = time.perf_counter()
            try:
                said = action()
                results.append((name, True))
                print(f"ok    {name} ({time.perf_counter() - started:.1f} s) {said}".rstrip(), flush=True)
            except Exception as error:  # every failure is told, then the next step runs
                results.append((name, False))
                print(f"FAIL  {name}: {error}", flush=True)

        def import_sample() -> str:
            return run([*base, "import-json", str(bundled_sample(program))], env).strip()

        def check() -> str:
            return run([*base, "check"], env).strip().splitlines()[0]

        def minutes_pdf() -> str:
            out = work / "minutes.pdf"
            pdf_env = dict(env)
            hide_system_fonts(work, pdf_env)
            run([*base, "minutes", MEETING, "--out", str(out)], pdf_env)
            faces = embedded_faces(out)
            missing = [face for face in PDF_FACES if not any(name.startswith(face) for name in faces)]
            if missing:
                raise Failed(f"the PDF lacks the package's faces {missing}; it embeds {sorted(faces)}")
            return f"{out.stat().st_size // 1024} KB, faces {', '.join(sorted(faces))}"

        def archive() -> str:
            run([*base, "archive", "--year", YEAR, "--out", str(work / "archive")], env)
            zips = list((work / "archive").glob("*.zip"))
            if len(zips) != 1 or zips[0].stat().st_size == 0:
                raise Failed(f"expected one archive zip, found {zips}")
            return f"{zips[0].name}, {zips[0].stat().st_size // 1024} KB"

        def window() -> str:
            report, picture = window_started(program, db, work, env, args.seconds)
            if not picture.is_file() or picture.stat().st_size == 0:
                raise Failed("the window was not pictured")
            if args.screenshot:
                args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(picture, args.screenshot)
            return " ".join(report.split()) + (f", picture {args.screenshot}" if args.screenshot else "")

        step("import the sample branch", import_sample)
        step("check", check)
        step(f"minutes {MEETING} as PDF with the bundled faces", minutes_pdf)
        step(f"archive {YEAR}", archive)
        step("the window shows the branch", window)

    failed = sum(1 for _, ok in results if not ok)
    print(f"smoke: {len(results) - failed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
