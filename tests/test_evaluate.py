"""The measuring stick: token F1, matching, speaker rules, paragraph alignment, dates, people,
place, gold validation, and `briefcli eval` on small corpora of our own."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.analysis import analyse
from briefcli.cli import app
from briefcli.contract import AnalysisDict, EventDict, ParagraphDict, StatementDict
from briefcli.errors import ExitCode, InputError
from briefcli.evaluate import (
    GROUP_PREFIX,
    RATIO_SCORES,
    GoldArticle,
    GoldStatement,
    align_paragraphs,
    city,
    evaluate_article,
    evaluate_corpus,
    find_gold_pairs,
    gold_paragraphs,
    load_gold,
    match_statements,
    match_surnames,
    speaker_matches,
    surname,
    token_f1,
)
from briefcli.model import ParagraphKind, Source, SpeakerKind
from briefcli.present.views import analysis_view
from briefcli.text.layout import build_article
from conftest import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_ID = "wco-2021-10-moscow-customs-forum"
REFERENCE_GOLD = Path(__file__).resolve().parent / "data" / f"{REFERENCE_ID}.json"

# --- Helpers: small gold and predictions of our own ---------------------------------------------


def predicted(
    paragraphs: Sequence[str],
    *,
    kinds: Sequence[ParagraphKind] | None = None,
    statements: Sequence[StatementDict] = (),
    people: Sequence[str] = (),
    events: Sequence[tuple[str, str | None]] = (),
    published: str | None = None,
    location: str | None = None,
) -> AnalysisDict:
    """An analysis (the contract) with only what the evaluation reads filled in."""
    kinds = kinds or ["other"] * len(paragraphs)
    paras: list[ParagraphDict] = [
        {"index": i, "text": text, "kind": kind, "sentences": []}
        for i, (text, kind) in enumerate(zip(paragraphs, kinds, strict=True))
    ]
    event_dicts: list[EventDict] = [
        {"date": date, "end": end, "paragraph": 0, "what": "", "where": None, "who": [], "who_ids": []}
        for date, end in events
    ]
    return {
        "schema_version": "1",
        "title": None,
        "published": published,
        "location": location,
        "dateline": None,
        "source": {"kind": "file", "name": "test.txt", "format": "text"},
        "paragraphs": paras,
        "sections": [],
        "people": [
            {"id": f"p{i}", "name": n, "title": None, "org": None, "mentions": [], "took_part": True}
            for i, n in enumerate(people, 1)
        ],
        "statements": list(statements),
        "events": event_dicts,
        "participants": [],
        "organizations": [],
        "places": [],
        "summary": {
            "bottom_line": [],
            "bottom_line_text": "",
            "sections": [],
            "max_words": 150,
            "words": 0,
            "omitted": 0,
            "omitted_paragraphs": [],
            "more_sections": 0,
            "more_sections_paragraphs": None,
        },
    }


def said(speaker: str, text: str, paragraph: int, kind: SpeakerKind = "person") -> StatementDict:
    return {
        "speaker": speaker,
        "speaker_id": None,
        "speaker_kind": kind,
        "cue": "said",
        "text": text,
        "paragraph": paragraph,
        "sentence": 0,
        "direct": False,
    }


def gold_article(
    paragraphs: Sequence[str],
    *,
    kinds: Sequence[ParagraphKind] | None = None,
    statements: Sequence[tuple[str, int, str]] = (),
    people: Sequence[str] = (),
    event_dates: Sequence[str] = (),
    published: str | None = None,
    location: str | None = None,
) -> GoldArticle:
    return GoldArticle(
        id="test",
        published=published,
        location=location,
        event_dates=tuple(event_dates),
        people=tuple(people),
        kinds=tuple(kinds or ["other"] * len(paragraphs)),
        statements=tuple(GoldStatement(s, p, t) for s, p, t in statements),
        paragraphs=tuple(paragraphs),
    )


def gold_as_prediction(gold: GoldArticle, paragraphs: Sequence[str] | None = None) -> AnalysisDict:
    """A perfect analysis: the gold itself, in the shape of the analysis contract."""
    statements = [
        said(
            s.speaker.removeprefix(GROUP_PREFIX),
            s.text,
            s.paragraph,
            "group" if s.speaker.startswith(GROUP_PREFIX) else "person",
        )
        for s in gold.statements
    ]
    return predicted(
        paragraphs if paragraphs is not None else gold.paragraphs,
        kinds=gold.kinds,
        statements=statements,
        people=gold.people,
        events=[(d, None) for d in gold.event_dates],
        published=gold.published,
        location=gold.location,
    )


# An article of our own, in the corpus layout, and its gold annotation.
PORT_TXT = (
    "Minister Rossi visits the Port Authority of Valparaíso\n"
    "\n"
    "12 March 2024\n"
    "\n"
    "On 11 March 2024, Mr. Paolo Rossi, Minister of Transport of Italy, visited the Port Authority "
    "of Valparaíso, Chile. He met with the Director, Ms. Carla Núñez.\n"
    "\n"
    "Ms. Núñez said that the port [sic] would double its capacity by 2030. “We are ready,” she added.\n"
    "\n"
    "Both sides agreed to meet again in Rome.\n"
)
PORT_PARAGRAPHS = [
    "On 11 March 2024, Mr. Paolo Rossi, Minister of Transport of Italy, visited the Port Authority "
    "of Valparaíso, Chile. He met with the Director, Ms. Carla Núñez.",
    "Ms. Núñez said that the port [sic] would double its capacity by 2030. “We are ready,” she added.",
    "Both sides agreed to meet again in Rome.",
]
PORT_GOLD: dict[str, Any] = {
    "id": "port-2024-03-valparaiso",
    "source": "written for the tests",
    "title": "Minister Rossi visits the Port Authority of Valparaíso",
    "title_from": "text",
    "published": "2024-03-12",
    "location": "Valparaíso, Chile",
    "event_dates": ["2024-03-11"],
    "people": [
        {
            "name": "Paolo Rossi",
            "title": "Minister of Transport",
            "org": "Italy",
            "mentions": ["Mr. Paolo Rossi"],
        },
        {
            "name": "Carla Núñez",
            "title": "Director",
            "org": "Port Authority",
            "mentions": ["Ms. Carla Núñez"],
        },
    ],
    "paragraphs": [
        {"index": 0, "kind": "bilateral"},
        {"index": 1, "kind": "bilateral"},
        {"index": 2, "kind": "bilateral"},
    ],
    "statements": [
        {
            "speaker": "Carla Núñez",
            "paragraph": 1,
            "cue": "said",
            "direct": False,
            "text": "the port [sic] would double its capacity by 2030",
        },
        {"speaker": "Carla Núñez", "paragraph": 1, "cue": "added", "direct": True, "text": "We are ready,"},
        {
            "speaker": "GROUP:Both sides",
            "paragraph": 2,
            "cue": "agreed",
            "direct": False,
            "text": "to meet again in Rome",
        },
    ],
    "events": [{"date": "2024-03-11", "paragraph": 0, "what": "Rossi visits the Port Authority"}],
}


def write_pair(folder: Path, article_id: str, text: str, gold: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
    annotation = folder / f"{article_id}.json"
    annotation.write_text(
        gold if isinstance(gold, str) else json.dumps(gold, ensure_ascii=False), encoding="utf-8"
    )
    return annotation


def port_gold() -> GoldArticle:
    return gold_article(
        PORT_PARAGRAPHS,
        kinds=["bilateral"] * 3,
        statements=[(s["speaker"], s["paragraph"], s["text"]) for s in PORT_GOLD["statements"]],
        people=["Paolo Rossi", "Carla Núñez"],
        event_dates=["2024-03-11"],
        published="2024-03-12",
        location="Valparaíso, Chile",
    )


# --- Token F1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("the port would double", "the port would double", 1.0),
        ("The Port, would double.", "the port would double", 1.0),  # case and punctuation
        ("a b c d", "a b e f", 0.5),
        ("a b", "c d", 0.0),
        ("", "a b", 0.0),
        ("a b", "", 0.0),
        ("the port", "the the port", 0.8),  # a bag of words: P 2/3, R 1
        ("Núñez said", "núñez said", 1.0),
    ],
)
def test_token_f1(gold: str, pred: str, expected: float) -> None:
    assert token_f1(gold, pred) == pytest.approx(expected)


# --- Statements: matching and speakers --------------------------------------------------------

IDENTITY = align_paragraphs(
    ["p zero words", "p one words", "p two words"], ["p zero words", "p one words", "p two words"]
)


@pytest.mark.parametrize(
    ("gold", "pred", "pairs"),
    [
        # Same paragraph, enough overlap.
        (
            [("A", 1, "the port would double its capacity")],
            [said("A", "the port would double its capacity", 1)],
            [(0, 0)],
        ),
        # Same text, another paragraph: no match.
        (
            [("A", 1, "the port would double its capacity")],
            [said("A", "the port would double its capacity", 2)],
            [],
        ),
        # Token F1 exactly 0.5 matches; below does not.
        ([("A", 0, "a b c d")], [said("A", "a b e f", 0)], [(0, 0)]),
        ([("A", 0, "a b c d")], [said("A", "a e f g", 0)], []),
        # One to one: two predictions of one gold statement match once.
        ([("A", 0, "we are ready")], [said("A", "we are ready", 0), said("B", "we are ready", 0)], [(0, 0)]),
        # Best first: the prediction goes to the gold statement it overlaps most, not the first.
        (
            [
                ("A", 0, "the port would double its capacity by 2030"),
                ("A", 0, "the port would double its capacity"),
            ],
            [said("A", "the port would double its capacity", 0)],
            [(1, 0)],
        ),
        # ... and the other gold statement still gets its own best prediction.
        (
            [
                ("A", 0, "the port would double its capacity by 2030"),
                ("A", 0, "the port would double its capacity"),
            ],
            [
                said("A", "the port would double its capacity", 0),
                said("A", "the port would double its capacity by 2030", 0),
            ],
            [(0, 1), (1, 0)],
        ),
        # A prediction pointing at a paragraph that does not exist matches nothing.
        ([("A", 0, "we are ready")], [said("A", "we are ready", 7)], []),
    ],
)
def test_match_statements(
    gold: list[tuple[str, int, str]], pred: list[StatementDict], pairs: list[tuple[int, int]]
) -> None:
    statements = [GoldStatement(s, p, t) for s, p, t in gold]
    assert match_statements(statements, pred, IDENTITY) == pairs


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kunio Mikuriya", "mikuriya"),
        ("Dr. Kunio Mikuriya", "mikuriya"),
        ("Carla Núñez", "nunez"),
        ("Lê Quốc Thịnh", "thinh"),
        ("", ""),
    ],
)
def test_surname(name: str, expected: str) -> None:
    assert surname(name) == expected


@pytest.mark.parametrize(
    ("gold", "pred", "kind", "ok"),
    [
        ("Kunio Mikuriya", "Kunio Mikuriya", "person", True),
        ("Kunio Mikuriya", "Dr. Mikuriya", "person", True),
        ("Kunio Mikuriya", "Mikuriya (WCO)", "person", True),  # contains the surname
        ("Kunio Mikuriya", "Secretary General Mikuriya", "person", True),
        ("Goran Petrovic", "Goran Petrović", "person", True),  # accents
        ("Carla Núñez", "MS. NUNEZ", "person", True),  # case
        ("Kunio Mikuriya", "Anton Siluanov", "person", False),
        ("Kunio Mikuriya", "Kunio", "person", False),  # a first name is not a surname
        ("Kunio Mikuriya", "", "person", False),
        ("GROUP:Other panellists", "Other panellists", "group", True),
        ("GROUP:Other panellists", "The panellists", "organization", True),
        ("GROUP:Other panellists", "Other panellists", "person", False),  # a group needs a group
        ("GROUP:Both sides", "Both sides", "group", True),
        ("GROUP:Both sides", "The two delegations", "group", False),  # head noun missing
        ("GROUP:Both sides", "Mikuriya", "person", False),
        ("GROUP:The Council", "the council", "organization", True),
        # A phrase going on after a comma: its head noun stands before the comma.
        (
            "GROUP:a range of experts, including senior diplomats and scholars",
            "The experts",
            "group",
            True,
        ),
        ("GROUP:a range of experts, including senior diplomats and scholars", "scholars", "group", True),
    ],
)
def test_speaker_matches(gold: str, pred: str, kind: SpeakerKind, ok: bool) -> None:
    assert speaker_matches(gold, pred, kind) is ok


# --- Paragraph alignment ------------------------------------------------------------------------

P0 = "On 11 March the minister visited the port of Valparaíso. He met the director of the port."
P1 = "The director said the port would double its capacity within six years."
P2 = "Both sides agreed to meet again in Rome next spring."
GOLD_PARAGRAPHS = [P0, P1, P2]


@pytest.mark.parametrize(
    ("pred", "gold_of", "best_of"),
    [
        pytest.param([P0, P1, P2], [{0}, {1}, {2}], (0, 1, 2), id="identity"),
        # A date line taken for a paragraph shifts every index by one.
        pytest.param(["12 March 2024", P0, P1, P2], [set(), {0}, {1}, {2}], (1, 2, 3), id="shifted"),
        # The first paragraph taken for a date line (or lost): the rest still line up.
        pytest.param([P1, P2], [{1}, {2}], (None, 0, 1), id="first-dropped"),
        pytest.param([P0, f"{P1} {P2}"], [{0}, {1, 2}], (0, 1, 1), id="merged"),
        pytest.param(
            [
                "On 11 March the minister visited the port of Valparaíso.",
                "He met the director of the port.",
                P1,
                P2,
            ],
            [{0}, {0}, {1}, {2}],
            (0, 2, 3),
            id="split",
        ),
        # Normalised differently (spaces, case): tokens still align.
        pytest.param([P0.upper(), P1.replace(" ", "  "), P2], [{0}, {1}, {2}], (0, 1, 2), id="normalised"),
        pytest.param([], [], (None, None, None), id="nothing-predicted"),
    ],
)
def test_align_paragraphs(pred: list[str], gold_of: list[set[int]], best_of: tuple[int | None, ...]) -> None:
    alignment = align_paragraphs(GOLD_PARAGRAPHS, pred)
    assert [set(g) for g in alignment.gold_of] == gold_of
    assert alignment.best_of == best_of


@pytest.mark.parametrize(
    ("pred_paragraphs", "pred_statement_paragraph", "kinds"),
    [
        pytest.param([P0, P1, P2], 1, ["meeting", "bilateral", "other"], id="identity"),
        pytest.param(
            ["12 March 2024", P0, P1, P2], 2, ["other", "meeting", "bilateral", "other"], id="shifted"
        ),
        pytest.param([f"{P0} {P1}", P2], 0, ["meeting", "other"], id="merged"),
    ],
)
def test_statements_and_kinds_survive_a_shifted_or_merged_paragraph_list(
    pred_paragraphs: list[str], pred_statement_paragraph: int, kinds: list[ParagraphKind]
) -> None:
    gold = gold_article(
        GOLD_PARAGRAPHS,
        kinds=["meeting", "bilateral", "other"],
        statements=[("The director", 1, "the port would double its capacity within six years")],
    )
    prediction = predicted(
        pred_paragraphs,
        kinds=kinds,
        statements=[
            said(
                "The director",
                "the port would double its capacity within six years",
                pred_statement_paragraph,
            )
        ],
    )
    result = evaluate_article(gold, prediction)
    assert result["counts"]["statements"] == {"matched": 1, "predicted": 1, "gold": 1}
    # Merged: gold ¶1 lies in the predicted ¶0, a meeting; the other two kinds line up.
    expected_kinds = 2 if len(pred_paragraphs) == 2 else 3
    assert result["counts"]["kinds"] == {"correct": expected_kinds, "total": 3}


# --- One article, every score -----------------------------------------------------------------


def test_evaluate_article_counts_every_score() -> None:
    prediction = predicted(
        PORT_PARAGRAPHS,
        kinds=["bilateral", "other", "bilateral"],
        statements=[
            said("Carla Núñez", "the port [sic] would double its capacity by 2030", 1),  # matched
            said("Paolo Rossi", "We are ready", 1),  # matched, wrong speaker
            said("Paolo Rossi", "with the Director, Ms. Carla Núñez", 0),  # spurious
        ],
        people=["Paolo Rossi", "Carla Nunez", "Mario Bianchi"],
        events=[("2024-03-11", "2024-03-12")],
        published="2024-03-11",
        location="Valparaiso",
    )
    result = evaluate_article(port_gold(), prediction)
    counts, scores = result["counts"], result["scores"]
    assert counts["statements"] == {"matched": 2, "predicted": 3, "gold": 3}
    assert counts["speakers"] == {"correct": 1, "total": 2}
    assert counts["kinds"] == {"correct": 2, "total": 3}
    assert counts["event_dates"] == {"matched": 1, "predicted": 2, "gold": 1}
    assert counts["published"] == {"correct": 0, "total": 1}
    assert counts["false_published"] == 1
    assert counts["people"] == {"matched": 2, "predicted": 3, "gold": 2}
    assert counts["location"] == {"correct": 1, "total": 1}
    assert scores["statement_precision"] == pytest.approx(2 / 3)
    assert scores["statement_recall"] == pytest.approx(2 / 3)
    assert scores["statement_f1"] == pytest.approx(2 / 3)
    assert scores["speaker_accuracy"] == pytest.approx(0.5)
    assert scores["event_date_recall"] == 1.0
    assert scores["event_date_precision"] == 0.5
    assert scores["people_recall"] == 1.0
    assert scores["people_precision"] == pytest.approx(2 / 3)
    misses = {(m["what"], m["paragraph"], m["gold"], m["predicted"]) for m in result["misses"]}
    assert misses == {
        ("wrong speaker", 1, "Carla Núñez", "Paolo Rossi (person)"),
        ("missed statement", 2, "GROUP:Both sides: to meet again in Rome", None),
        ("spurious statement", 0, None, "Paolo Rossi: with the Director, Ms. Carla Núñez"),
        ("wrong kind", 1, "bilateral", "other"),
        ("spurious date", None, None, "2024-03-12"),
        ("wrong publication date", None, "2024-03-12", "2024-03-11"),
        ("spurious person", None, None, "Mario Bianchi"),
    }


def test_nothing_predicted_scores_zero_recall_and_no_precision() -> None:
    result = evaluate_article(port_gold(), predicted(PORT_PARAGRAPHS))
    scores = result["scores"]
    assert scores["statement_recall"] == 0.0
    assert scores["statement_f1"] == 0.0
    assert scores["statement_precision"] is None  # nothing to divide by
    assert scores["speaker_accuracy"] is None
    assert scores["people_precision"] is None
    assert scores["event_date_precision"] is None
    assert scores["false_published"] == 0


@pytest.mark.parametrize(
    ("gold", "pred", "correct", "false"),
    [
        (None, None, 1, 0),
        ("2021-10-25", "2021-10-25", 1, 0),
        (None, "2021-10-25", 0, 1),
        ("2021-10-25", None, 0, 0),  # missed, not false
        ("2021-10-25", "2021-10-23", 0, 1),
    ],
)
def test_publication_date(gold: str | None, pred: str | None, correct: int, false: int) -> None:
    result = evaluate_article(gold_article([P0], published=gold), predicted([P0], published=pred))
    assert result["counts"]["published"] == {"correct": correct, "total": 1}
    assert result["counts"]["false_published"] == false


@pytest.mark.parametrize(
    ("gold", "events", "matched", "n_pred"),
    [
        (["2017-07-06", "2017-07-08"], [("2017-07-06", "2017-07-08")], 1 + 1, 2),  # a range: start and end
        (["2019-06"], [("2019-06", None)], 1, 1),  # a month without a day
        (["2019-06"], [("2019-06-01", None)], 0, 1),  # a day is not the month
        (["2021-10-23"], [("2021-10-23", None), ("2021-10-23", None)], 1, 1),  # a set: counted once
        ([], [("2021-10-23", None)], 0, 1),
    ],
)
def test_event_dates(
    gold: list[str], events: list[tuple[str, str | None]], matched: int, n_pred: int
) -> None:
    result = evaluate_article(gold_article([P0], event_dates=gold), predicted([P0], events=events))
    assert result["counts"]["event_dates"] == {"matched": matched, "predicted": n_pred, "gold": len(gold)}


@pytest.mark.parametrize(
    ("gold", "pred", "missed", "spurious", "matched"),
    [
        (["Kunio Mikuriya", "Anton Siluanov"], ["Dr. Kunio Mikuriya", "Anton Siluanov"], [], [], 2),
        (["Kunio Mikuriya"], ["Mikuriya"], [], [], 1),
        (["Carla Núñez"], ["Carla Nunez"], [], [], 1),
        (["Kunio Mikuriya", "Anton Siluanov"], ["Kunio Mikuriya"], ["Anton Siluanov"], [], 1),
        (["Kunio Mikuriya"], ["Kunio Mikuriya", "Mikhail Mishustin"], [], ["Mikhail Mishustin"], 1),
        # One to one: two people sharing a surname need two predictions.
        (["Ana Silva", "Rui Silva"], ["Ana Silva"], ["Rui Silva"], [], 1),
        (["Ana Silva"], ["Ana Silva", "Ana Silva"], [], ["Ana Silva"], 1),
        # A family name written first, in capitals, is the same person.
        (["Kenji Morita"], ["MORITA Kenji"], [], [], 1),
        (["Kenji Morita"], ["MORITA Hideo"], ["Kenji Morita"], ["MORITA Hideo"], 0),
    ],
)
def test_people_by_surname(
    gold: list[str], pred: list[str], missed: list[str], spurious: list[str], matched: int
) -> None:
    assert match_surnames(gold, pred) == (missed, spurious, matched)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Moscow, Russia", "moscow"),
        ("Belgium", "belgium"),
        ("  Valparaíso , Chile", "valparaiso"),
        ("New  York, USA", "new york"),
        (None, None),
        ("", None),
    ],
)
def test_city(location: str | None, expected: str | None) -> None:
    assert city(location) == expected


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("Moscow, Russia", "Moscow, Russia", True),
        ("Moscow, Russia", "Moscow", True),
        ("Moscow, Russia", "moscow, Russian Federation", True),
        ("Moscow, Russia", "Russia", False),
        ("Moscow, Russia", None, False),
        (None, None, True),  # virtual or not stated: saying nothing is right
        (None, "Geneva, Switzerland", False),
    ],
)
def test_location_accuracy(gold: str | None, pred: str | None, ok: bool) -> None:
    result = evaluate_article(gold_article([P0], location=gold), predicted([P0], location=pred))
    assert result["counts"]["location"] == {"correct": int(ok), "total": 1}


# --- Gold files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "published", "expected"),
    [
        pytest.param(PORT_TXT, 3, "2024-03-12", PORT_PARAGRAPHS, id="with-date-line"),
        pytest.param(
            PORT_TXT.replace("12 March 2024\n\n", ""), 3, None, PORT_PARAGRAPHS, id="without-date-line"
        ),
        # A first block that is a paragraph, not the gold's date line, is kept.
        pytest.param(
            "Title\n\n5-6 October 2011\n\nOne.\n\nTwo.\n",
            3,
            None,
            ["5-6 October 2011", "One.", "Two."],
            id="range",
        ),
        # The gold's date line is a date line, whatever the count: the annotation does not fit.
        pytest.param(
            "Title\n\n12 March 2024\n\nOne.\n\nTwo.\n", 3, "2024-03-12", None, id="date-line-is-no-paragraph"
        ),
        # A date line with an ordinal day is the gold's date line too.
        pytest.param(
            "Title\n\n5th April 2023\n\nOne.\n\nTwo.\n", 2, "2023-04-05", ["One.", "Two."], id="ordinal"
        ),
        # One block too many, and it is no date line: the annotation does not fit.
        pytest.param("Title\n\nZero.\n\nOne.\n\nTwo.\n", 2, None, None, id="extra-paragraph"),
        pytest.param("Title\n\nOne.\n", 2, None, None, id="too-few"),
        pytest.param(
            "Title\n12 March 2024\nOne.\nTwo.\n", 2, "2024-03-12", ["One.", "Two."], id="single-newlines"
        ),
    ],
)
def test_gold_paragraphs(text: str, count: int, published: str | None, expected: list[str] | None) -> None:
    assert gold_paragraphs(text, count, published) == expected


def test_load_gold(tmp_path: Path) -> None:
    annotation = write_pair(tmp_path, "port", PORT_TXT, PORT_GOLD)
    assert load_gold(annotation.with_suffix(".txt"), annotation) == replace(port_gold(), id="port")


def _mutated(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(json.dumps(PORT_GOLD))
    for key, value in changes.items():
        if value is KeyError:
            del gold[key]
        else:
            gold[key] = value
    return gold


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ('{"published": ', "not valid JSON (Expecting value at line 1, column 15)"),
        ("[" * 100_000, "nested too deeply"),
        ('{"people": ' + "[" * 100_000, "nested too deeply"),
        ([], "the annotation must be an object"),
        (_mutated(location=KeyError), 'the annotation has no "location" key'),
        (_mutated(published="25 October 2021"), 'published must be an ISO date "YYYY-MM-DD"'),
        (_mutated(published="2024-03"), 'published must be an ISO date "YYYY-MM-DD"'),
        (_mutated(event_dates=["2024-03-11", "2024-13"]), "event_dates[1] must be an ISO date"),
        (_mutated(event_dates="2024-03-11"), "event_dates must be a list"),
        (_mutated(people=[{"title": "Director"}]), 'people[0] has no "name" key'),
        (_mutated(paragraphs=[{"index": 1, "kind": "meeting"}]), "paragraphs[0].index must be 0"),
        (
            _mutated(paragraphs=[{"index": 0, "kind": "forum"}]),
            "paragraphs[0].kind must be one of meeting, panel",
        ),
        (_mutated(paragraphs=[{"index": True, "kind": "meeting"}]), "paragraphs[0].index must be an integer"),
        (
            _mutated(statements=[{"speaker": "Carla Núñez", "paragraph": 9, "text": "x"}]),
            "statements[0].paragraph is 9, but the annotation lists 3 paragraphs",
        ),
        (
            _mutated(statements=[{"speaker": "Carla Núñez", "paragraph": 0, "text": ""}]),
            "statements[0].text must be",
        ),
        (
            _mutated(statements=[{"speaker": "GROUP: ", "paragraph": 0, "text": "x"}]),
            'the phrase after "GROUP:"',
        ),
        (
            _mutated(statements=[{"speaker": "Carla Núñez", "text": "x"}]),
            'statements[0] has no "paragraph" key',
        ),
    ],
)
def test_bad_gold_names_the_file_and_the_field(tmp_path: Path, gold: Any, message: str) -> None:
    annotation = write_pair(tmp_path, "port", PORT_TXT, gold)
    with pytest.raises(InputError) as excinfo:
        load_gold(annotation.with_suffix(".txt"), annotation)
    assert str(annotation) in str(excinfo.value)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)


def test_gold_that_does_not_fit_its_article_says_so(tmp_path: Path) -> None:
    gold = _mutated(paragraphs=[{"index": i, "kind": "meeting"} for i in range(4)])
    annotation = write_pair(tmp_path, "port", PORT_TXT, gold)
    with pytest.raises(InputError, match=r"port.json annotates 4 paragraphs, but the article has 3 "):
        load_gold(annotation.with_suffix(".txt"), annotation)


def test_find_gold_pairs(tmp_path: Path) -> None:
    write_pair(tmp_path, "b", PORT_TXT, PORT_GOLD)
    write_pair(tmp_path, "a", PORT_TXT, PORT_GOLD)
    (tmp_path / "unannotated.txt").write_text(PORT_TXT, encoding="utf-8")
    (tmp_path / "results.json").write_text("{}", encoding="utf-8")
    assert [t.name for t, _ in find_gold_pairs(tmp_path)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "no such directory"),
        (lambda p: (p / "file.txt").write_text("x") and p / "file.txt", "not a directory"),
        (lambda p: p, "no gold pairs found"),
    ],
)
def test_find_gold_pairs_errors(tmp_path: Path, make: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        find_gold_pairs(make(tmp_path))


# --- The gold as a prediction scores 1.0 everywhere ----------------------------------------------


def _perfect(result_scores: Any) -> None:
    for name in RATIO_SCORES:
        assert result_scores[name] == 1.0, name
    assert result_scores["false_published"] == 0


def test_gold_as_prediction_on_the_reference_article(tmp_path: Path) -> None:
    """The reference article, laid out by briefcli itself (paragraphs from the real layout,
    everything else from the gold): every score is 1.0."""
    text = files("briefcli.data").joinpath("sample.txt").read_text(encoding="utf-8")
    (tmp_path / f"{REFERENCE_ID}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{REFERENCE_ID}.json").write_bytes(REFERENCE_GOLD.read_bytes())

    def predict(txt: Path) -> AnalysisDict:
        article = build_article(Source("file", str(txt)), txt.read_text(encoding="utf-8"))
        laid_out = [p["text"] for p in analysis_view(analyse(article))["paragraphs"]]
        return gold_as_prediction(load_gold(txt, txt.with_suffix(".json")), laid_out)

    result = evaluate_corpus(tmp_path, predict)
    _perfect(result["scores"])
    assert result["counts"]["statements"] == {"matched": 10, "predicted": 10, "gold": 10}
    assert result["counts"]["kinds"] == {"correct": 6, "total": 6}
    assert result["articles"][0]["misses"] == []


@pytest.mark.skipif(
    not corpus_dir().is_dir(),
    reason="no gold corpus at ../shared/corpus (set BRIEFCLI_CORPUS to point elsewhere)",
)
def test_gold_as_prediction_on_the_wholecorpus_dir() -> None:
    result = evaluate_corpus(
        corpus_dir(), lambda txt: gold_as_prediction(load_gold(txt, txt.with_suffix(".json")))
    )
    _perfect(result["scores"])


# --- briefcli eval --------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    write_pair(corpus, "port-2024-03-valparaiso", PORT_TXT, PORT_GOLD)
    return corpus


def test_eval_prints_the_scores(tiny_corpus: Path) -> None:
    result = runner.invoke(app, ["eval", str(tiny_corpus)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    for metric in (
        "Statements: precision",
        "Statements: recall",
        "Statements: F1",
        "Speaker accuracy",
        "Section kind accuracy",
        "Event dates: recall",
        "Event dates: precision",
        "Publication date accuracy",
        "False publication dates",
        "People: recall",
        "People: precision",
        "Location accuracy",
    ):
        assert metric in out
    assert "3/3 gold" in out  # statements: the reported two and the quote
    assert "port-2024-03-valparaiso" in out
    assert "missed statement" not in out  # misses only with -v


def _with_misses(corpus: Path) -> Path:
    """The tiny corpus with a gold kind, a gold date and a gold statement the analysis cannot
    match (it now finds the real ones), so that a kind, a date and a statement miss are listed:
    the first statement is placed in the paragraph before its own."""
    gold = {
        **PORT_GOLD,
        "event_dates": ["2024-03-11", "2024-03-10"],
        "paragraphs": [*PORT_GOLD["paragraphs"][:2], {"index": 2, "kind": "other"}],
        "statements": [{**PORT_GOLD["statements"][0], "paragraph": 0}, *PORT_GOLD["statements"][1:]],
    }
    write_pair(corpus, "port-2024-03-valparaiso", PORT_TXT, gold)
    return corpus


def test_eval_verbose_lists_the_misses_as_written(tiny_corpus: Path) -> None:
    _with_misses(tiny_corpus)
    result = runner.invoke(app, ["eval", str(tiny_corpus), "-v"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "missed statement" in out
    assert "the port [sic] would double its capacity by 2030" in out  # Text, not markup
    assert "wrong kind" in out
    assert "missed date" in out and "2024-03-10" in out
    # people misses: tests/test_cli_people.py (the people stage now finds both of them here)


def test_eval_json(tiny_corpus: Path) -> None:
    _with_misses(tiny_corpus)
    result = runner.invoke(app, ["eval", str(tiny_corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["corpus"] == str(tiny_corpus)
    assert set(data["scores"]) == {*RATIO_SCORES, "false_published"}
    assert data["counts"]["statements"] == {"matched": 2, "predicted": 3, "gold": 3}
    assert data["scores"]["published_accuracy"] == 1.0
    [article] = data["articles"]
    assert article["id"] == "port-2024-03-valparaiso"
    assert {"what": "missed date", "paragraph": None, "gold": "2024-03-10", "predicted": None} in article[
        "misses"
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "no such directory"),
        (lambda p: (p / "file.txt").write_text("x") and p / "file.txt", "not a directory"),
        (lambda p: p, "no gold pairs found"),
        (lambda p: write_pair(p, "bad", PORT_TXT, _mutated(location=KeyError)).parent, "bad.json: bad gold"),
    ],
)
def test_eval_input_errors_are_one_line(tmp_path: Path, make: Any, message: str) -> None:
    result = runner.invoke(app, ["eval", str(make(tmp_path))])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.startswith("briefcli: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_eval_help_has_an_example() -> None:
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert "--verbose" in result.stdout
