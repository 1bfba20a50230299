"""CSV output: header, lists, and spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from briefcli.render.data import to_csv


def test_header_and_rows() -> None:
    text = to_csv(
        [{"name": "Ana Ortiz", "mentions": ["Ms. Ortiz", "She"], "n": 2}], ["name", "mentions", "n"]
    )
    assert list(csv.reader(io.StringIO(text))) == [
        ["name", "mentions", "n"],
        ["Ana Ortiz", "Ms. Ortiz; She", "2"],
    ]


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")'])
def test_formula_cells_are_neutralised(cell: str) -> None:
    rows = list(csv.reader(io.StringIO(to_csv([{"a": cell}], ["a"]))))
    assert rows[1] == ["'" + cell]


def test_plain_cells_and_none() -> None:
    rows = list(csv.reader(io.StringIO(to_csv([{"a": "Minister, Finance", "b": None}], ["a", "b"]))))
    assert rows[1] == ["Minister, Finance", ""]
