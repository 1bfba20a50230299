"""`briefcli index --engine dask`, `--scheduler` and `--out DIR`: the same rows as the local run
(every table's row count and content hash), partitions that load into the same store, and one
line saying how to install what is missing. The Dask tests run a LocalCluster of two worker
processes on 127.0.0.1 (no dashboard) and skip without Dask."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode
from briefcli.store import partitions
from conftest import article_dir
from storedigest import table_digests

runner = CliRunner()


def index(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["index", *args])
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six corpus articles."""
    folder = tmp_path_factory.mktemp("news")
    for path in sorted(article_dir().glob("*.txt"))[:6]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def local_db(news: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the local engine makes of ``news``: what every other way must equal."""
    db = tmp_path_factory.mktemp("local") / "local.db"
    code, err = index(str(news), "--db", str(db), "--jobs", "2")
    assert code == 0, err
    return db


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir())


# --- Without the optional extras ------------------------------------------------------------------


def test_engine_dask_without_dask_says_how_to_install(
    news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    for option in (["--engine", "dask"], ["--scheduler", "tcp://127.0.0.1:8786"]):
        code, err = index(str(news), "--db", str(tmp_path / "s.db"), *option)
        assert code == ExitCode.USAGE
        assert err == (
            "briefcli: error: --engine dask and --scheduler need Dask, which is not installed: "
            "pip install 'briefcli[dask]'\n"
        )
    assert not (tmp_path / "s.db").exists()


def test_parquet_without_pyarrow_says_how_to_install(
    news: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, err = index(str(news), "--out", str(tmp_path / "out"), "--out-format", "parquet")
    assert code == ExitCode.USAGE
    assert err == "briefcli: error: Parquet needs pyarrow, which is not installed: pip install pyarrow\n"


def test_db_or_out_one_of_them(news: Path, tmp_path: Path) -> None:
    for args in ([], ["--db", str(tmp_path / "s.db"), "--out", str(tmp_path / "out")]):
        code, err = index(str(news), *args)
        assert code == ExitCode.USAGE and "give --db FILE" in err and "--out DIR" in err
    code, err = index(str(news), "--db", str(tmp_path / "s.db"), "--out-format", "jsonl")
    assert code == ExitCode.USAGE and "--out-format" in err


def test_dask_is_imported_only_when_asked_for(news: Path, tmp_path: Path) -> None:
    """`summary` and a local `index` do not import Dask (start-up unchanged)."""
    code = (
        "import sys\n"
        "from briefcli.cli import app\n"
        "for args in (['summary', sys.argv[1]], ['index', sys.argv[1], '--db', sys.argv[2], '-j', '1']):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit as exc:\n"
        "        assert not exc.code, exc.code\n"
        "heavy = ('dask', 'distributed', 'pyarrow')\n"
        "print(sorted(m for m, v in sys.modules.items() if v and m.split('.')[0] in heavy))\n"
    )
    article = str(sorted(news.glob("*.txt"))[0])
    done = subprocess.run(
        [sys.executable, "-c", code, article, str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


# --- Partitions (local engine) --------------------------------------------------------------------


def test_out_then_load_gives_the_same_store(
    news: Path, local_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(partitions, "PARTITION_ARTICLES", 4)
    out = tmp_path / "out"
    code, err = index(str(news), "--out", str(out), "-j", "2")
    assert code == 0, err
    assert err.startswith(f"briefcli: {out}: 6 written, 0 unchanged, 0 failed of 6 articles in ")
    assert _parts(out) == ["part-00000", "part-00001"]
    manifest = json.loads((out / "briefcli-rows.json").read_text(encoding="utf-8"))
    assert manifest["file_format"] == "jsonl" and "statements" in manifest["tables"]
    first = json.loads((out / "part-00000" / "statements.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == set(manifest["tables"]["statements"])
    # Again: every article is there already; nothing is written.
    code, err = index(str(news), "--out", str(out))
    assert code == 0 and "0 written, 6 unchanged" in err
    assert _parts(out) == ["part-00000", "part-00001"]
    loaded = tmp_path / "loaded.db"
    code, err = index(str(out), "--db", str(loaded))
    assert code == 0 and "6 added" in err, err
    assert table_digests(loaded) == table_digests(local_db)
    code, err = index(str(out), "--db", str(loaded))
    assert code == 0 and "0 added, 0 replaced, 6 unchanged" in err


def test_a_half_written_partition_is_never_read(news: Path, local_db: Path, tmp_path: Path) -> None:
    """A killed run leaves a hidden temporary folder at most: the next run removes it, carries on,
    and the folder loads whole."""
    out = tmp_path / "out"
    articles = sorted(news.glob("*.txt"))
    assert index(*map(str, articles[:2]), "--out", str(out))[0] == 0
    stale = out / ".part-00001.tmp"
    stale.mkdir()
    (stale / "articles.jsonl").write_text('{"id": "half"', encoding="utf-8")
    assert partitions.count_articles(out) == 2
    code, err = index(str(news), "--out", str(out))
    assert code == 0 and "4 written, 2 unchanged" in err, err
    assert not stale.exists() and _parts(out) == ["part-00000", "part-00001"]
    loaded = tmp_path / "loaded.db"
    assert index(str(out), "--db", str(loaded))[0] == 0
    assert table_digests(loaded) == table_digests(local_db)


def test_out_refuses_a_folder_of_something_else(news: Path, tmp_path: Path) -> None:
    code, err = index(str(news), "--out", str(news))
    assert code == ExitCode.OUTPUT and "holds other files" in err
    out = tmp_path / "out"
    assert index(str(sorted(news.glob("*.txt"))[0]), "--out", str(out))[0] == 0
    code, err = index(str(news), "--out", str(out), "--out-format", "parquet")
    assert code == ExitCode.USAGE and "holds jsonl partitions; give --out-format jsonl" in err


def test_parquet_partitions_load_into_the_same_store(news: Path, local_db: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    code, err = index(str(news), "--out", str(out), "--out-format", "parquet")
    assert code == 0, err
    schema = pq.read_schema(out / "part-00000" / "statements.parquet")
    assert str(schema.field("paragraph").type) == "int64" and str(schema.field("text").type) == "string"
    loaded = tmp_path / "loaded.db"
    assert index(str(out), "--db", str(loaded))[0] == 0
    assert table_digests(loaded) == table_digests(local_db)


# --- Dask: a LocalCluster of two worker processes -------------------------------------------------


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster, set_as_default=False) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        yield str(cluster.scheduler_address)


def test_dask_gives_the_same_rows_as_the_local_run(
    news: Path, local_db: Path, scheduler: str, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    missing = tmp_path / "missing.txt"
    code, err = index(str(news), str(missing), "--db", str(db), "--scheduler", scheduler)
    assert code == ExitCode.PARTIAL
    assert err.splitlines()[0] == f"briefcli: error: file not found: {missing} — check the path"
    assert "6 added, 0 replaced, 0 unchanged, 1 failed of 7 articles" in err
    assert table_digests(db) == table_digests(local_db)
    # The store's hashes go to the workers: nothing is analysed again.
    code, err = index(str(news), "--db", str(db), "--scheduler", scheduler)
    assert code == 0 and "0 added, 0 replaced, 6 unchanged" in err


def test_dask_out_then_load_gives_the_same_store(
    news: Path, local_db: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, err = index(str(news), "--out", str(out), "--scheduler", scheduler)
    assert code == 0 and "6 written" in err, err
    loaded = tmp_path / "loaded.db"
    assert index(str(out), "--db", str(loaded))[0] == 0
    assert table_digests(loaded) == table_digests(local_db)


def test_engine_dask_starts_a_local_cluster_of_jobs_workers(
    news: Path, local_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    started: list[dict[str, Any]] = []
    cluster = distributed.LocalCluster

    def spy(**options: Any) -> Any:
        started.append(options)
        return cluster(**options)

    monkeypatch.setattr(distributed, "LocalCluster", spy)
    db = tmp_path / "dask.db"
    code, err = index(str(news), "--db", str(db), "--engine", "dask", "--jobs", "2")
    assert code == 0, err
    assert err.count("\n") == 1  # distributed's own log lines only with --debug
    assert started and started[0]["n_workers"] == 2 and started[0]["host"] == "127.0.0.1"
    assert table_digests(db) == table_digests(local_db)


def test_an_unreachable_scheduler_is_one_line(news: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    with socket.socket() as free:  # a loopback port nobody listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    code, err = index(str(news), "--db", str(tmp_path / "s.db"), "--scheduler", address, "--timeout", "1")
    assert code == ExitCode.NETWORK
    assert err.startswith(f"briefcli: error: cannot reach the Dask scheduler at {address} (")
    assert err.count("\n") == 1


def test_jobs_with_a_scheduler_is_refused(news: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code, err = index(
        str(news), "--db", str(tmp_path / "s.db"), "--scheduler", "tcp://127.0.0.1:1", "-j", "2"
    )
    assert code == ExitCode.USAGE and "--jobs" in err


def test_the_store_does_not_depend_on_the_order_articles_are_written_in(tmp_path: Path) -> None:
    """Dask's workers finish in another order from run to run: one person with two titles on
    the same (unknown) date gets the same latest title whichever article was written first."""
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Minister meets delegation\n\nMinister for Agriculture of France Leila Tanaka met the delegation "
        "in Paris. Tanaka said that the talks were useful.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Forum opens\n\nThe Director-General of the FAO, Leila Tanaka, opened the forum in Rome. "
        "Tanaka stressed that food security matters.\n",
        encoding="utf-8",
    )
    first, second = tmp_path / "ab.db", tmp_path / "ba.db"
    assert index(str(folder / "a.txt"), str(folder / "b.txt"), "--db", str(first), "-j", "1")[0] == 0
    assert index(str(folder / "b.txt"), str(folder / "a.txt"), "--db", str(second), "-j", "1")[0] == 0
    assert table_digests(first)["people"][0] == 1
    assert table_digests(first) == table_digests(second)
