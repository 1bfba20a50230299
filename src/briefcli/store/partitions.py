"""The store as a folder of partitions (``briefcli index --out DIR``), for archives too large for
one SQLite file, and reading it back (``briefcli index DIR --db FILE``).

The folder holds ``briefcli-rows.json`` (what it is: the format, its version, each table's
columns) and one folder per partition, ``part-00000``, ``part-00001``, ..., each with one file per
table (``articles.jsonl``, ``statements.jsonl``, ...; or ``.parquet``) holding the rows
``briefcli.store.rows.analyse_to_rows`` gives, for up to ``PARTITION_ARTICLES`` whole articles:
JSON Lines, one object per row with the column names as keys; or Parquet, with the column types
of the SQLite tables. DuckDB, pandas or Spark read them as they are
(``read_json('DIR/part-*/statements.jsonl')``). The person ids the store gives are not there:
they are decided across all the articles, when the rows are loaded into a store.

A partition is written into a hidden folder and renamed when complete, so a killed run leaves
only whole partitions; the next run into the same folder skips the articles they hold (by content
hash) and adds partitions after them.
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from briefcli.errors import InputError, OutputError, UsageError
from briefcli.store.rows import (
    APPEARANCE_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    EVENT_PERSON_COLUMNS,
    ORGANIZATION_COLUMNS,
    PARAGRAPH_COLUMNS,
    SECTION_COLUMNS,
    STATEMENT_COLUMNS,
    ArticleRows,
)

if TYPE_CHECKING:
    from briefcli.store.rows import Row

FileFormat = Literal["jsonl", "parquet"]

MANIFEST = "briefcli-rows.json"
FORMAT = "briefcli rows"
VERSION = 1
PARTITION_ARTICLES = 500  # a few MB of rows in memory at once, whatever the archive's size

# The tables, in the order of ArticleRows' fields (``articles`` holds its one ``article`` row).
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
    "article_people": APPEARANCE_COLUMNS,
    "organizations": ORGANIZATION_COLUMNS,
    "sections": SECTION_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "events": EVENT_COLUMNS,
    "event_people": EVENT_PERSON_COLUMNS,
}
PARQUET_HINT = "pip install pyarrow"


def is_rows_folder(spec: str) -> bool:
    """``spec`` names a folder ``--out`` wrote (it holds ``briefcli-rows.json``)."""
    return "://" not in spec and spec != "-" and (Path(spec) / MANIFEST).is_file()


def require_parquet() -> None:
    """Parquet needs pyarrow (about 100 MB installed, so not a dependency of briefcli)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError(f"Parquet needs pyarrow, which is not installed: {PARQUET_HINT}") from None


def _partitions(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("part-*") if p.is_dir())


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path} ({exc}); give a folder `briefcli index --out` wrote") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(
            f"{path} is not a briefcli rows manifest; give a folder `briefcli index --out` wrote"
        )
    if manifest.get("version") != VERSION:
        raise InputError(
            f"{folder} holds rows of version {manifest.get('version')}, this briefcli reads version "
            f"{VERSION}; index the articles again"
        )
    return manifest


# --- Writing --------------------------------------------------------------------------------------


@cache
def _integer_columns() -> frozenset[tuple[str, str]]:
    """(table, column) of every INTEGER column of the store's tables: the Parquet files get the
    SQLite schema's types (the rest is text), whatever the values of one partition."""
    import sqlite3

    from briefcli.store.schema import SCHEMA

    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        found = {
            (table, row[1])
            for table in TABLES
            for row in conn.execute(f"PRAGMA table_info({table})")
            if row[2] == "INTEGER"
        }
    finally:
        conn.close()
    return frozenset(found | {("event_people", "event_number")})  # the store keeps event ids


def _write_jsonl(path: Path, columns: tuple[str, ...], rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")


def _write_parquet(path: Path, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    integers = _integer_columns()
    arrays = [
        pa.array([row[i] for row in rows], type=pa.int64() if (table, c) in integers else pa.string())
        for i, c in enumerate(columns)
    ]
    pq.write_table(pa.Table.from_arrays(arrays, names=list(columns)), path)


def _table_rows(rows: ArticleRows, table: int) -> tuple[Row, ...]:
    """An article's rows of the ``table``-th table of ``TABLES``."""
    return (rows.article,) if table == 0 else cast("tuple[Row, ...]", rows[table])


class PartitionWriter:
    """Writes articles' rows into ``folder`` (made if missing), ``PARTITION_ARTICLES`` to a
    partition. ``known`` is the content hashes of the articles the folder holds already."""

    def __init__(self, folder: Path, file_format: FileFormat = "jsonl") -> None:
        self.folder = folder
        self.file_format = file_format
        self.buffer: list[ArticleRows] = []
        self.known: frozenset[str] = frozenset()
        self._added: set[str] = set()
        self._prepare()
        self.next = 1 + max(
            (int(p.name[5:]) for p in _partitions(folder) if p.name[5:].isdigit()), default=-1
        )
        self.known = frozenset(
            str(row[0]) for part in _partitions(folder) for row in _read_table(part, "articles", ("id",))
        )

    def _prepare(self) -> None:
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"--out {folder} is a file; give a folder (new, or one --out wrote)")
        if folder.is_dir() and not (folder / MANIFEST).is_file() and any(folder.iterdir()):
            raise OutputError(
                f"--out {folder} holds other files; give a new or empty folder, or one --out wrote"
            )
        if (folder / MANIFEST).is_file():
            found = _read_manifest(folder).get("file_format")
            if found != self.file_format:
                raise UsageError(
                    f"--out {folder} holds {found} partitions; give --out-format {found} or another folder"
                )
            if found == "parquet":
                require_parquet()
            for stale in folder.glob(".part-*.tmp"):  # a partition a killed run left half-written
                shutil.rmtree(stale, ignore_errors=True)
            return
        if self.file_format == "parquet":
            require_parquet()
        if not folder.parent.is_dir():
            raise OutputError(
                f"cannot create {folder}: folder {folder.parent} does not exist; create it first"
            )
        try:
            folder.mkdir(exist_ok=True)
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "file_format": self.file_format,
                "tables": {name: list(columns) for name, columns in TABLES.items()},
            }
            (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}; check the path") from exc

    def add(self, rows: ArticleRows) -> bool:
        """Buffer one article's rows (False, and nothing, if the folder holds its content already:
        two sources with the same text are one article, as in a store)."""
        if rows.id in self.known or rows.id in self._added:
            return False
        self._added.add(rows.id)
        self.buffer.append(rows)
        if len(self.buffer) >= PARTITION_ARTICLES:
            self.flush()
        return True

    def flush(self) -> None:
        """Write the buffered articles as one partition: whole, or not at all."""
        if not self.buffer:
            return
        name = f"part-{self.next:05d}"
        tmp = self.folder / f".{name}.tmp"
        try:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir()
            for i, (table, columns) in enumerate(TABLES.items()):
                rows = [row for article in self.buffer for row in _table_rows(article, i)]
                if self.file_format == "parquet":
                    _write_parquet(tmp / f"{table}.parquet", table, columns, rows)
                else:
                    _write_jsonl(tmp / f"{table}.jsonl", columns, rows)
            tmp.replace(self.folder / name)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise OutputError(
                f"cannot write {self.folder / name}: {exc.strerror or exc}; check free space"
            ) from exc
        self.next += 1
        self.buffer.clear()


# --- Reading --------------------------------------------------------------------------------------


def _read_table(part: Path, table: str, columns: tuple[str, ...]) -> list[Row]:
    """The rows of ``table`` in partition ``part``, as tuples of ``columns``."""
    jsonl, parquet = part / f"{table}.jsonl", part / f"{table}.parquet"
    try:
        if jsonl.is_file():
            with jsonl.open(encoding="utf-8") as f:
                return [tuple(record[c] for c in columns) for record in map(json.loads, f)]
        if parquet.is_file():
            require_parquet()
            import pyarrow.parquet as pq

            data = pq.read_table(parquet, columns=list(columns)).to_pydict()
            return list(zip(*(data[c] for c in columns), strict=True))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read {part / table}: {exc}; write the folder again with --out") from exc
    raise InputError(f"{part} has no {table} file; write the folder again with --out")


def count_articles(folder: Path) -> int:
    """How many articles the partitions of ``folder`` hold."""
    _read_manifest(folder)
    return sum(len(_read_table(part, "articles", ("id",))) for part in _partitions(folder))


def read_rows(folder: Path) -> Iterator[ArticleRows]:
    """Every article's rows in ``folder``, partition by partition (one in memory at a time), in
    the order they were written."""
    _read_manifest(folder)
    for part in _partitions(folder):
        articles = _read_table(part, "articles", ARTICLE_COLUMNS)
        grouped: dict[str, dict[int, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for i, (table, columns) in enumerate(TABLES.items()):
            if i:
                for row in _read_table(part, table, columns):
                    grouped[str(row[0])][i].append(row)
        for article in articles:
            tables = grouped.pop(str(article[0]), {})
            yield ArticleRows(article, *(tuple(tables.get(i, ())) for i in range(1, len(TABLES))))
