"""`briefcli index`: the store's tables and keys, re-indexing, replacement, full-text search, errors,
parallel workers, and a run killed with SIGKILL or Ctrl-C that a rerun completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode
from briefcli.store.index import Outcome, Task, local_outcomes
from briefcli.store.rows import ArticleRows
from briefcli.store.schema import connect
from conftest import article_dir
from storedigest import TABLES
from variants import write_variants

runner = CliRunner()


def index(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["index", *args])
    return result.exit_code, result.stderr


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without their row ids (which depend on the order of writing)."""
    with sqlite3.connect(db) as conn:
        return {
            "articles": sorted(conn.execute("SELECT * FROM articles")),
            "statements": sorted(
                conn.execute(
                    "SELECT article_id, paragraph, sentence, speaker, person_id, cue, text FROM statements"
                )
            ),
            "people": sorted(conn.execute("SELECT * FROM people")),
            "events": sorted(conn.execute("SELECT article_id, number, date, what, place FROM events")),
            "event_people": sorted(conn.execute("SELECT article_id, ref, person_id, name FROM event_people")),
            "article_people": sorted(
                conn.execute("SELECT article_id, ref, person_id, name, title, date FROM article_people")
            ),
        }


def test_tables_keys_and_full_text(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code, err = index(str(article_dir()), "--db", str(db), "--jobs", "2")
    assert code == 0, err
    assert err.count("\n") == 1 and "added" in err  # one line: no progress bar through a pipe
    n = counts(db)
    assert n["articles"] >= 13 and all(n[t] > 0 for t in TABLES)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fks = {row[2] for row in conn.execute("PRAGMA foreign_key_list(statements)")}
        assert fks == {"articles", "people"}
        hits = conn.execute(
            "SELECT s.article_id, s.paragraph FROM statements_fts"
            " JOIN statements s ON s.id = statements_fts.rowid WHERE statements_fts MATCH 'customs'"
        ).fetchall()
        assert hits
        (length,) = conn.execute("SELECT length(id) FROM articles LIMIT 1").fetchone()
        assert length == 64  # SHA-256, hex


def test_reindexing_is_a_no_op_and_a_change_replaces(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for path in sorted(article_dir().glob("*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "s.db"
    assert index(str(folder), "--db", str(db), "-j", "1")[0] == 0
    before = content(db)
    code, err = index(str(folder), "--db", str(db), "-j", "1")
    assert code == 0 and "0 added, 0 replaced, 3 unchanged" in err
    assert content(db) == before
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Minister", "Ambassador"), encoding="utf-8"
    )
    code, err = index(str(folder), "--db", str(db), "-j", "1")
    assert code == 0 and "0 added, 1 replaced, 2 unchanged" in err
    with sqlite3.connect(db) as conn:
        assert (
            conn.execute("SELECT count(*) FROM articles WHERE source = ?", (str(changed),)).fetchone()[0] == 1
        )
        old = {row[0] for row in before["articles"]} - {
            row[0] for row in conn.execute("SELECT id FROM articles")
        }
        assert len(old) == 1
        for table in ("paragraphs", "statements", "events", "article_people"):
            assert (
                conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", tuple(old)).fetchone()[0]
                == 0
            )
        # The full-text index forgets the old rows with them.
        assert (
            conn.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')") is not None
        )
        stale = conn.execute(
            "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Minister'"
            " AND rowid NOT IN (SELECT id FROM paragraphs)"
        ).fetchone()[0]
        assert stale == 0


def test_a_bad_source_is_named_and_the_rest_indexed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    good = sorted(article_dir().glob("*.txt"))[0]
    code, err = index(str(good), str(tmp_path / "missing.txt"), "--db", str(db))
    assert code == ExitCode.PARTIAL
    assert "briefcli: error: file not found:" in err and "missing.txt" in err
    assert counts(db)["articles"] == 1


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("not a database " * 100, encoding="utf-8")
    code, err = index(str(sorted(article_dir().glob("*.txt"))[0]), "--db", str(db))
    assert code == ExitCode.OUTPUT
    assert "cannot use" in err and "--db" in err
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE articles (x)")
    assert index(str(sorted(article_dir().glob("*.txt"))[0]), "--db", str(other))[0] == ExitCode.OUTPUT


def test_jobs_give_the_same_store(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert index(str(article_dir()), "--db", str(one), "-j", "1")[0] == 0
    assert index(str(article_dir()), "--db", str(two), "-j", "2")[0] == 0
    assert content(one) == content(two)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 generated articles (variants of the gold corpora)."""
    folder = tmp_path_factory.mktemp("many")
    write_variants(folder, [article_dir()], 600)
    return folder


def _index_process(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    code = "from briefcli.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "index", str(folder), "--db", str(db), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # Ctrl-C as a terminal sends it: a test run started in the background by a shell (`&`)
        # ignores SIGINT, and its children would inherit that
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_articles(db: Path, process: subprocess.Popen[bytes], least: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= least:
                    return
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    pytest.fail("the index run ended or stalled before committing anything")


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_a_killed_run_loses_nothing_committed_and_a_rerun_completes(
    how: signal.Signals, many: Path, tmp_path: Path
) -> None:
    whole = tmp_path / "whole.db"
    assert index(str(many), "--db", str(whole))[0] == 0
    db = tmp_path / "killed.db"
    process = _index_process(many, db)
    _wait_for_articles(db, process, 1)
    os.kill(process.pid, how)
    _, err = process.communicate(timeout=60)
    if how == signal.SIGINT:
        assert process.returncode == ExitCode.INTERRUPTED
        assert err.decode().strip().endswith("briefcli: error: interrupted")
    else:
        assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < 600
    code, err2 = index(str(many), "--db", str(db))
    assert code == 0, err2
    assert f"{600 - stored} added" in err2 and f"{stored} unchanged" in err2
    assert counts(db) == counts(whole)
    assert content(db) == content(whole)


def test_connect_makes_the_schema_once(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    connect(db).close()
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"statements_fts", "paragraphs_fts", "person_titles", *TABLES} <= names
    conn.close()


def test_articles_from_standard_input_do_not_replace_each_other(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first, second = sorted(article_dir().glob("*.txt"))[:2]
    for path in (first, second):
        result = runner.invoke(app, ["index", "-", "--db", str(db), "-j", "1"], input=path.read_bytes())
        assert result.exit_code == 0, result.stderr
        assert "1 added, 0 replaced" in result.stderr
    assert counts(db)["articles"] == 2


def _sources(folder: Path, count: int) -> list[str]:
    return [str(path) for path in sorted(folder.rglob("*.txt"))[:count]]


def test_the_workers_commit_each_chunk_before_they_report_it(many: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    connect(db).close()
    tasks = [Task(spec) for spec in _sources(many, 64)]
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        for outcome in local_outcomes(tasks, 2, frozenset(), 10.0, False, db):
            # The parent writes nothing: what a worker reported is in the file, committed.
            assert outcome.status == "added" and outcome.rows is None
            query = "SELECT count(*) FROM articles WHERE source = ?"
            assert reader.execute(query, (outcome.spec,)).fetchone()[0] == 1
    finally:
        reader.close()
    assert counts(db)["articles"] == 64


@pytest.mark.skipif(sys.platform != "linux", reason="the workers inherit the patch by fork")
def test_a_chunk_is_one_transaction_and_a_failed_write_stops_the_run(
    many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefcli.store import writer

    sources = _sources(many, 64)  # one worker, chunks of 16
    write = writer.write_article

    def failing(conn: sqlite3.Connection, rows: ArticleRows) -> str:
        if rows.source == sources[20]:
            raise sqlite3.OperationalError("disk I/O error")
        return write(conn, rows)

    monkeypatch.setattr(writer, "write_article", failing)
    db = tmp_path / "s.db"
    code, err = index(*sources, "--db", str(db), "-j", "1")
    assert code == ExitCode.OUTPUT
    assert err.strip().splitlines()[-1] == (
        f"briefcli: error: cannot write {db}: disk I/O error; check free space and permissions"
    )
    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("SELECT source FROM articles")}
    assert stored == set(sources[:16])  # the first chunk committed, none of the second


@pytest.mark.skipif(sys.platform != "linux", reason="the workers inherit the patch by fork")
def test_a_source_that_kills_its_worker_fails_alone(
    many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefcli.store import index as engine

    sources = _sources(many, 40)
    analyse = engine.analyse_task

    def deadly(task: Task, *args: Any) -> Outcome:
        if task.spec == sources[5]:
            os.kill(os.getpid(), signal.SIGKILL)
        return analyse(task, *args)

    monkeypatch.setattr(engine, "analyse_task", deadly)
    db = tmp_path / "s.db"
    code, err = index(*sources, "--db", str(db), "-j", "2")
    assert code == ExitCode.PARTIAL
    assert f"{sources[5]}: the worker process analysing it died (killed by signal 9)" in err
    assert "39 added, 0 replaced, 0 unchanged, 1 failed of 40 articles" in err
    assert counts(db)["articles"] == 39


def test_a_chunk_sent_to_a_worker_that_just_died_is_not_lost() -> None:
    """The worker died after its last answer and before the parent sent it more: sending fails
    with a broken pipe, which is the worker's death (read next as EOF, its chunks handed on),
    not the parent's standard output closing (which would stop the run and exit 0)."""
    import multiprocessing

    from briefcli.store import index as engine

    tasks = [Task(f"a{i}.txt") for i in range(8)]
    workers = engine._Workers(tasks, 1, (None, frozenset(), 1.0, False))
    ours, theirs = multiprocessing.Pipe()
    theirs.close()  # as the end of a worker killed by SIGKILL
    worker = engine._Worker(multiprocessing.current_process(), ours)
    workers.feed(worker)
    assert [task.spec for chunk in worker.chunks for task in chunk] == ["a0.txt", "a1.txt"]
    with pytest.raises(EOFError):
        ours.recv()
