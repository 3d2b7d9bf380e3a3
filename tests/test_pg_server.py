"""How the tests find PostgreSQL's server binaries, and when missing ones fail the run."""

from __future__ import annotations

from tests import pg_server


def _install(folder):
    folder.mkdir(parents=True)
    for tool in ("initdb", "pg_ctl", "postgres"):
        (folder / tool).write_text("")
    return folder


def test_the_newest_packaged_version_is_found_without_naming_it(tmp_path, monkeypatch):
    monkeypatch.delenv(pg_server.BIN_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    assert pg_server.find_bin_dir(tmp_path) is None
    _install(tmp_path / "9.6" / "bin")
    newest = _install(tmp_path / "16" / "bin")
    _install(tmp_path / "13" / "bin")
    assert pg_server.find_bin_dir(tmp_path) == newest
    chosen = _install(tmp_path / "mine")
    monkeypatch.setenv(pg_server.BIN_ENV, str(chosen))
    assert pg_server.find_bin_dir(tmp_path) == chosen


def test_missing_binaries_fail_where_postgresql_is_required(monkeypatch):
    for name in pg_server.REQUIRE_ENVS:
        monkeypatch.delenv(name, raising=False)
    assert not pg_server.required()
    monkeypatch.setenv("CI", "false")
    assert not pg_server.required()
    monkeypatch.setenv("JITDESK_REQUIRE_POSTGRES", "1")
    assert pg_server.required()
