"""Quality floors: the scores of `briefcli eval` on four gold sets may not drop.

- the shared corpus, ``../shared/corpus`` beside the repository (or ``$BRIEFCLI_CORPUS``),
  floors in ``tests/quality_floors.json``; without the corpus this gate is skipped, saying so;
- ``../shared/corpus2`` and ``../shared/corpus3`` beside it (real articles annotated by others),
  floors in ``tests/corpus2_floors.json`` and ``tests/corpus3_floors.json``, skipped without them;
- the dev set in ``tests/data/devset``: articles we wrote and annotated by GUIDE.md, by hand
  and without running briefcli, to see how the rules do on text they were not written from;
  floors in ``tests/devset_floors.json``.

Each floor is a score's measured value rounded down to 2 decimals, with a maximum for the count
of false publication dates.

Raise a floor whenever a score rises: ``BRIEFCLI_RAISE_FLOORS=1 pytest tests/test_quality_floors.py``
rewrites the file with the higher floors (it never lowers one). Lowering a floor is a
deliberate commit that says why.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from briefcli.evaluate import COUNT_SCORES, RATIO_SCORES, EvalResult, evaluate_corpus
from conftest import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
FLOORS_FILE = Path(__file__).resolve().parent / "quality_floors.json"
DEVSET_DIR = Path(__file__).resolve().parent / "data" / "devset"
DEVSET_FLOORS_FILE = Path(__file__).resolve().parent / "devset_floors.json"
TESTS = Path(__file__).resolve().parent
GATES = {
    "corpus": FLOORS_FILE,
    "devset": DEVSET_FLOORS_FILE,
    "corpus2": TESTS / "corpus2_floors.json",
    "corpus3": TESTS / "corpus3_floors.json",
}


def gold_dir(name: str) -> Path:
    """Where a gate's gold set lives: the shared corpora beside the shared corpus."""
    if name == "devset":
        return DEVSET_DIR
    if name == "corpus":
        return corpus_dir()
    return corpus_dir().parent / name


# A score this far above its floor asks for the floor to be raised.
RAISE_MARGIN = 0.01


def read_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def round_down(score: float) -> float:
    """2 decimals, rounded down (the epsilon keeps 0.29 from becoming 0.28)."""
    return math.floor(score * 100 + 1e-9) / 100


def below_floors(scores: Mapping[str, Any], floors: dict[str, Any]) -> list[str]:
    """One line per score under its floor (or count over its ceiling). A score with nothing
    to divide by (None: nothing predicted) counts as 0."""
    failures = []
    for name, floor in floors["floors"].items():
        value = scores[name] or 0.0
        if value < floor:
            failures.append(f"{name} = {value:.4f} fell below its floor {floor:.2f}")
    for name, ceiling in floors["ceilings"].items():
        count = scores[name]
        if count > ceiling:
            failures.append(f"{name} = {count} rose above its ceiling {ceiling}")
    return failures


def raised_floors(scores: Mapping[str, Any], floors: dict[str, Any]) -> dict[str, Any]:
    """The floors with every risen score's floor raised to it (rounded down); none lowered."""
    raised: dict[str, Any] = json.loads(json.dumps(floors))
    for name, floor in floors["floors"].items():
        raised["floors"][name] = max(floor, round_down(scores[name] or 0.0))
    for name, ceiling in floors["ceilings"].items():
        raised["ceilings"][name] = min(ceiling, scores[name])
    return raised


@pytest.fixture(scope="module", params=sorted(GATES))
def gate(request: pytest.FixtureRequest) -> tuple[str, EvalResult, Path]:
    """(name, scores, floors file) of one gold set."""
    name: str = request.param
    corpus = gold_dir(name)
    if not corpus.is_dir():
        pytest.skip(
            f"quality floors not checked: no gold corpus at {corpus} "
            f"(it lives in ../shared/{name} beside the repository; set BRIEFCLI_CORPUS to point "
            "to ../shared/corpus elsewhere)"
        )
    return name, evaluate_corpus(corpus), GATES[name]


@pytest.mark.parametrize("path", sorted(GATES.values()))
def test_floors_file_names_every_score(path: Path) -> None:
    floors = read_floors(path)
    assert set(floors["floors"]) == set(RATIO_SCORES)
    assert set(floors["ceilings"]) == set(COUNT_SCORES)
    assert all(0.0 <= f <= 1.0 for f in floors["floors"].values())
    assert all(isinstance(c, int) and c >= 0 for c in floors["ceilings"].values())


def test_scores_stay_at_or_above_their_floors(gate: tuple[str, EvalResult, Path]) -> None:
    name, measured, path = gate
    floors = read_floors(path)
    failures = below_floors(measured["scores"], floors)
    where = "tests/data/devset" if name == "devset" else f"../shared/{name}"
    assert not failures, (
        f"quality dropped on the {name}:\n  "
        + "\n  ".join(failures)
        + f"\nRun `briefcli eval {where} -v` to see the misses. Fix the regression, or lower the "
        f"floor in tests/{path.name} in a commit that says why."
    )
    if os.environ.get("BRIEFCLI_RAISE_FLOORS"):
        raised = raised_floors(measured["scores"], floors)
        raised["measured_on"] = f"{len(measured['articles'])} articles"
        path.write_text(json.dumps(raised, indent=2) + "\n", encoding="utf-8")
        return
    scores: Mapping[str, Any] = measured["scores"]
    risen = [
        f"{name} = {scores[name]:.4f} (floor {floor:.2f})"
        for name, floor in floors["floors"].items()
        if (scores[name] or 0.0) >= floor + RAISE_MARGIN
    ]
    if risen:
        warnings.warn(
            f"{name}: scores rose above their floors; raise them (BRIEFCLI_RAISE_FLOORS=1 pytest "
            "tests/test_quality_floors.py) and commit: " + ", ".join(risen),
            stacklevel=1,
        )


# The gate itself, on scores of our own: a drop fails, a rise does not, None counts as 0.
SCORES: dict[str, Any] = {
    "statement_precision": 0.8,
    "statement_recall": 0.7,
    "statement_f1": 0.7466,
    "speaker_accuracy": 0.9,
    "kind_accuracy": 0.6,
    "event_date_recall": 0.5,
    "event_date_precision": None,
    "published_accuracy": 1.0,
    "false_published": 1,
    "people_recall": 0.5,
    "people_precision": 0.5,
    "location_accuracy": 0.3,
}
FLOORS: dict[str, Any] = {
    "floors": {name: round_down(SCORES[name] or 0.0) for name in RATIO_SCORES},
    "ceilings": {"false_published": 1},
}


@pytest.mark.parametrize(
    ("change", "failure"),
    [
        ({}, None),
        ({"statement_f1": 0.7399}, "statement_f1 = 0.7399 fell below its floor 0.74"),
        ({"kind_accuracy": 0.95}, None),
        ({"people_recall": None}, "people_recall = 0.0000 fell below its floor 0.50"),
        ({"false_published": 2}, "false_published = 2 rose above its ceiling 1"),
        ({"false_published": 0}, None),
    ],
)
def test_the_gate_fails_on_a_drop(change: dict[str, Any], failure: str | None) -> None:
    scores = {**SCORES, **change}
    assert below_floors(scores, FLOORS) == ([failure] if failure else [])


def test_raising_never_lowers() -> None:
    scores = {**SCORES, "statement_f1": 0.9, "kind_accuracy": 0.1, "false_published": 0}
    raised = raised_floors(scores, FLOORS)
    assert raised["floors"]["statement_f1"] == 0.9
    assert raised["floors"]["kind_accuracy"] == 0.6
    assert raised["ceilings"]["false_published"] == 0


@pytest.mark.parametrize(
    ("score", "floor"), [(0.29, 0.29), (0.3076, 0.30), (0.999, 0.99), (1.0, 1.0), (0.0, 0.0)]
)
def test_round_down(score: float, floor: float) -> None:
    assert round_down(score) == floor
