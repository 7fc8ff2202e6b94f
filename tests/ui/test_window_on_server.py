"""The window opened on a PostgreSQL database (ORGLIFE_TEST_POSTGRES_URL, a superuser URL) shows its branch."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

SERVER = os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-branch.json"
pytestmark = pytest.mark.skipif(not SERVER, reason="ORGLIFE_TEST_POSTGRES_URL is not set")


@pytest.fixture
def server_database():
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"orglife_desk_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for group in ("clerks", "readers"):  # made by the migration, the cluster's
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}_{group}"'))
    admin.dispose()


def test_the_window_on_a_server_shows_the_sample_branch(app, qtbot, server_database) -> None:
    from models import commands
    from ui.app import Launcher

    commands.import_json(server_database, str(SAMPLE))
    branch = json.loads(SAMPLE.read_text(encoding="utf-8"))["branch"]["name"]
    launcher = Launcher(server_database)
    with qtbot.waitSignal(launcher.ready, timeout=30000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert window.branch_label.text() == branch
    qtbot.waitUntil(lambda: "正式党员" in window.home.people_text.text())
    page = window.show_page("settings").section("server")
    qtbot.waitUntil(lambda: "加密" in page.current.text())
    assert "现在连接到服务器" in page.current.text() and page.source.currentText() == "党委服务器"
    window.close()
    window.ctx.store.close()
