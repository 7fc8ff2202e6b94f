"""SQLite and PostgreSQL give the same files: the sample imported and exported, and the year's compliance report,
byte for byte."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from models import commands
from models.resources import sample_branch_path

AS_OF = date(2025, 12, 31)


def through(db: str, tmp_path: Path, name: str, source: Path | None = None) -> dict[str, str]:
    """What a clerk gets back from a database `source` (the sample) was imported into: both export versions and
    the compliance report of each year, as text and as JSON."""
    commands.import_json(db, str(source or sample_branch_path()))
    out: dict[str, str] = {}
    for version in (1, 2):
        text, _notes = commands.export_json(db, "-", version)
        assert text is not None
        out[f"v{version}"] = text
    for year in (2023, 2024, 2025):
        out[f"{year}.json"] = commands.compliance(db, year, AS_OF, as_json=True)
        out[f"{year}.txt"] = commands.compliance(db, year, AS_OF, as_json=False)
    return out


def test_the_round_trip_and_the_report_are_the_same_on_both_engines(tmp_path: Path, postgres_url: str) -> None:
    # the sample as version 2, with the branch's uid a first database gave it: a version-1 file has none, and each
    # database gives a branch without one a uid of its own
    first = through(str(tmp_path / "first.sqlite3"), tmp_path, "first")["v2"]
    assert '"uid": "' in first
    source = tmp_path / "sample-v2.json"
    source.write_text(first, encoding="utf-8")
    on_sqlite = through(str(tmp_path / "db.sqlite3"), tmp_path, "sqlite", source)
    on_postgres = through(postgres_url, tmp_path, "postgresql", source)
    assert on_sqlite["v2"] == first  # the round trip of version 2 gives back the file
    assert on_sqlite.keys() == on_postgres.keys()
    for key in on_sqlite:
        assert on_postgres[key].encode() == on_sqlite[key].encode(), key
    assert '"meetings"' in on_sqlite["v2"] and on_sqlite["2024.json"].startswith("{")


def test_the_round_trip_gives_back_the_sample(tmp_path: Path) -> None:
    exported = through(str(tmp_path / "db.sqlite3"), tmp_path, "sqlite")["v1"]
    assert exported == sample_branch_path().read_text(encoding="utf-8")
