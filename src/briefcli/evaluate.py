"""The measuring stick: score the analysis against gold annotations.

A corpus is a folder of article pairs: ``<id>.txt`` (title line, optional date line, then one
paragraph per blank-line-separated block) and ``<id>.json`` (the gold annotation; see README,
"Evaluating against your own annotations"). ``evaluate_corpus()`` runs the analysis on every
``.txt`` and compares the result with its ``.json``:

- statements: precision, recall, F1. A predicted statement matches a gold one when it stands
  in the same paragraph and its text overlaps the gold text with token F1 >= 0.5, one to one
  (greedy, best overlap first); speaker accuracy among the matched;
- section kind accuracy per paragraph;
- event dates: recall and precision of the set of dates; publication date accuracy and the
  number of false publication dates;
- people: recall and precision by surname; location accuracy (the city).

Paragraphs are aligned by their text, not their index, so a predicted paragraph list that is
shifted (a date line taken for a paragraph, or the other way round), or that merges or splits
a paragraph, still lines up with the gold one.

Corpus totals are micro-averaged: counts are summed over the articles, then divided. A score
with nothing to divide by (no prediction at all for a precision) is ``None``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from typing_extensions import TypedDict  # pydantic needs it on 3.11 to generate the schema

from briefcli.contract import AnalysisDict, SchemaVersion, StatementDict
from briefcli.errors import InputError
from briefcli.model import PARAGRAPH_KINDS, ParagraphKind, SpeakerKind
from briefcli.regexes import pattern
from briefcli.text.layout import normalise

logger = logging.getLogger(__name__)

GROUP_PREFIX = "GROUP:"
# A predicted statement matches a gold one from this token F1 on.
MIN_STATEMENT_OVERLAP = 0.5
# A predicted and a gold paragraph are aligned when they share at least this share of the
# shorter one's tokens (a merged paragraph covers each gold part; a split one is covered).
MIN_PARAGRAPH_COVER = 0.5

_TOKEN = pattern(r"\w+")
_BLANK_LINE = pattern(r"\n\s*\n")
_MONTH_DATE = pattern(r"\d{4}-\d{2}")
FORMAT_HINT = "see README, 'Evaluating against your own annotations'"


# --- Gold -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldStatement:
    speaker: str  # a person's name, or "GROUP:" + the phrase as written
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One validated gold annotation, with its paragraphs' text taken from the ``.txt``."""

    id: str
    published: str | None
    location: str | None
    event_dates: tuple[str, ...]
    people: tuple[str, ...]  # names
    kinds: tuple[ParagraphKind, ...]  # per paragraph
    statements: tuple[GoldStatement, ...]
    paragraphs: tuple[str, ...]  # body paragraph texts of the .txt


class _GoldShapeError(Exception):
    """Raised inside the validators; turned into an InputError naming the file."""


def _require(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise _GoldShapeError(f'{where} has no "{key}" key')
    return data[key]


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _GoldShapeError(
            f"{where} must be a non-empty string, not {json.dumps(value, ensure_ascii=False)}"
        )
    return value


def _optional_str(value: Any, where: str) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        shown = json.dumps(value, ensure_ascii=False)
        raise _GoldShapeError(f"{where} must be a non-empty string or null, not {shown}")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _GoldShapeError(f"{where} must be an integer, not {json.dumps(value, ensure_ascii=False)}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _GoldShapeError(f"{where} must be a list")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _GoldShapeError(f"{where} must be an object")
    return value


def _iso_date(value: Any, where: str, *, allow_month: bool = False) -> str:
    text = _str(value, where)
    try:
        if allow_month and _MONTH_DATE.fullmatch(text):
            dt.date.fromisoformat(text + "-01")
        else:
            dt.date.fromisoformat(text)
        if len(text) not in (7, 10):
            raise ValueError(text)
    except ValueError:
        shape = '"YYYY-MM-DD" or "YYYY-MM"' if allow_month else '"YYYY-MM-DD"'
        raise _GoldShapeError(f"{where} must be an ISO date {shape}, not {json.dumps(text)}") from None
    return text


def _parse_gold(data: Any) -> GoldArticle:
    """The gold annotation, without its id and paragraph texts."""
    top = _object(data, "the annotation")
    published = _require(top, "published", "the annotation")
    published = None if published is None else _iso_date(published, "published")
    location = _optional_str(_require(top, "location", "the annotation"), "location")
    event_dates = tuple(
        _iso_date(d, f"event_dates[{i}]", allow_month=True)
        for i, d in enumerate(_list(_require(top, "event_dates", "the annotation"), "event_dates"))
    )
    people = tuple(
        _str(_require(_object(p, f"people[{i}]"), "name", f"people[{i}]"), f"people[{i}].name")
        for i, p in enumerate(_list(_require(top, "people", "the annotation"), "people"))
    )
    kinds: list[ParagraphKind] = []
    for i, p in enumerate(_list(_require(top, "paragraphs", "the annotation"), "paragraphs")):
        where = f"paragraphs[{i}]"
        p = _object(p, where)
        if _int(_require(p, "index", where), f"{where}.index") != i:
            raise _GoldShapeError(f"{where}.index must be {i}: paragraphs are listed in order from 0")
        kind = _require(p, "kind", where)
        if kind not in PARAGRAPH_KINDS:
            raise _GoldShapeError(
                f"{where}.kind must be one of {', '.join(PARAGRAPH_KINDS)}, not {json.dumps(kind)}"
            )
        kinds.append(kind)
    statements: list[GoldStatement] = []
    for i, s in enumerate(_list(_require(top, "statements", "the annotation"), "statements")):
        where = f"statements[{i}]"
        s = _object(s, where)
        speaker = _str(_require(s, "speaker", where), f"{where}.speaker")
        if speaker.startswith(GROUP_PREFIX) and not speaker[len(GROUP_PREFIX) :].strip():
            raise _GoldShapeError(f'{where}.speaker must give the phrase after "GROUP:"')
        paragraph = _int(_require(s, "paragraph", where), f"{where}.paragraph")
        if not 0 <= paragraph < len(kinds):
            raise _GoldShapeError(
                f"{where}.paragraph is {paragraph}, but the annotation lists {len(kinds)} paragraphs"
            )
        text = _str(_require(s, "text", where), f"{where}.text")
        statements.append(GoldStatement(speaker, paragraph, text))
    return GoldArticle(
        id="",
        published=published,
        location=location,
        event_dates=event_dates,
        people=people,
        kinds=tuple(kinds),
        statements=tuple(statements),
        paragraphs=(),
    )


_NUMBER = pattern(r"\d+")


def _is_gold_date_line(block: str, published: str | None) -> bool:
    if published is None or len(block) > 100:
        return False
    year, _month, day = [*published.split("-"), ""][:3]
    numbers = set(_NUMBER.findall(block))  # "5th April 2023": the day with its ordinal suffix
    return year in numbers and (not day or str(int(day)) in {n.lstrip("0") for n in numbers})


def gold_paragraphs(text: str, count: int, published: str | None = None) -> list[str] | None:
    """The body paragraphs of a corpus ``.txt``: the blocks after the title line and, when
    there is one, the date line ("25 October 2021"). None when they are not ``count``.

    Whether the second block is a date line is read off the gold (GUIDE.md: `published` is
    set when the text shows a date line): a short block holding the gold date's day and year.
    briefcli's own date-line parser is not used: the instrument must not lean on the code it
    measures."""
    text = normalise(text)
    for blocks in (
        [b for b in _BLANK_LINE.split(text) if b.strip()],
        # A file with single newlines between paragraphs: one paragraph per line.
        [line for line in text.split("\n") if line.strip()],
    ):
        body = blocks[1:]  # the title line
        if body and _is_gold_date_line(body[0], published):
            body = body[1:]
        if len(body) == count:
            return [" ".join(b.split("\n")) for b in body]
    return None


def load_gold(txt_path: Path, json_path: Path) -> GoldArticle:
    """Read and validate one gold pair. Raises InputError naming the file on a bad annotation."""
    try:
        raw = json_path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except OSError as exc:
        raise InputError(f"{json_path}: cannot read the gold annotation ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{json_path}: the gold annotation is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{json_path}: the gold annotation is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno})"
        ) from None
    except RecursionError:
        # '[[[[...' 100,000 deep: json's decoder recurses once per level.
        raise InputError(
            f"{json_path}: the gold annotation is nested too deeply to be an annotation; {FORMAT_HINT}"
        ) from None
    try:
        gold = _parse_gold(data)
    except _GoldShapeError as exc:
        raise InputError(f"{json_path}: bad gold annotation: {exc}; {FORMAT_HINT}") from None
    try:
        text = txt_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{txt_path}: cannot read the article ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{txt_path}: the article is not UTF-8 text") from None
    count = len(gold.kinds)
    paragraphs = gold_paragraphs(text, count, gold.published)
    if paragraphs is None:
        body = [b for b in _BLANK_LINE.split(normalise(text)) if b.strip()][1:]
        after = "the title line"
        if body and _is_gold_date_line(body[0], gold.published):
            body, after = body[1:], "the title and date lines"
        raise InputError(
            f"{txt_path}: {json_path.name} annotates {count} paragraphs, but the article has {len(body)} "
            f"(blank-line-separated blocks after {after}); make the two agree"
        )
    return replace(gold, id=txt_path.stem, paragraphs=tuple(paragraphs))


def find_gold_pairs(corpus: Path) -> list[tuple[Path, Path]]:
    """The ``(<id>.txt, <id>.json)`` pairs of a corpus folder, sorted by id. A ``.txt`` without
    its ``.json`` (or the other way round) is not a pair and is skipped."""
    if not corpus.exists():
        raise InputError(f"{corpus}: no such directory; give a folder of <id>.txt + <id>.json gold pairs")
    if not corpus.is_dir():
        raise InputError(f"{corpus}: not a directory; give a folder of <id>.txt + <id>.json gold pairs")
    pairs = []
    for txt in sorted(corpus.glob("*.txt")):
        annotation = txt.with_suffix(".json")
        if annotation.is_file():
            pairs.append((txt, annotation))
        else:
            logger.debug("%s: no %s beside it, skipped", txt, annotation.name)
    if not pairs:
        raise InputError(
            f"{corpus}: no gold pairs found (an <id>.txt article beside its <id>.json annotation); "
            f"{FORMAT_HINT}"
        )
    return pairs


# --- Matching ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Casefolded, accents stripped: "Núñez" -> "nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Lowercase word tokens (``\\w+``)."""
    return _TOKEN.findall(text.casefold())


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 of two texts' lowercase word tokens; 0.0 when either has none."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if common == 0:
        return 0.0
    precision = common / sum(tb.values())
    recall = common / sum(ta.values())
    return 2 * precision * recall / (precision + recall)


def surname(name: str) -> str:
    """The last word of a name, casefolded, accents stripped: "Dr. Kunio Mikuriya" -> "mikuriya"."""
    words = _TOKEN.findall(_fold(name))
    return words[-1] if words else ""


def group_heads(gold_speaker: str) -> set[str]:
    """The head nouns a predicted group speaker may carry: the last word of the gold phrase
    ("panellists" of "GROUP:Other panellists") and, when the phrase goes on after a comma, the
    last word before it ("experts" of "GROUP:a range of experts, including scholars")."""
    phrase = gold_speaker.removeprefix(GROUP_PREFIX)
    return {head for head in (surname(phrase), surname(phrase.split(",")[0])) if head}


def speaker_matches(gold_speaker: str, predicted: str, predicted_kind: SpeakerKind) -> bool:
    """Whether a predicted speaker is the gold one.

    A person: the surnames agree, or the predicted speaker contains the gold surname as a word
    ("Secretary General Mikuriya" for "Kunio Mikuriya"). A group ("GROUP:Other panellists"):
    the prediction is a group or an organization whose phrase contains the gold phrase's head
    noun, its last word ("panellists"; see ``group_heads``).
    """
    words = _TOKEN.findall(_fold(predicted))
    if gold_speaker.startswith(GROUP_PREFIX):
        return predicted_kind in ("group", "organization") and bool(group_heads(gold_speaker) & set(words))
    gold_surname = surname(gold_speaker)
    return bool(words) and (words[-1] == gold_surname or gold_surname in words)


def city(location: str | None) -> str | None:
    """The part of a location before its first comma, casefolded: "Moscow, Russia" -> "moscow"."""
    if location is None:
        return None
    return " ".join(_fold(location.split(",")[0]).split()) or None


@dataclass(frozen=True, slots=True)
class ParagraphAlignment:
    """How predicted paragraphs line up with gold ones, by shared text.

    ``gold_of[j]``: the gold paragraphs predicted paragraph ``j`` covers or lies in (several
    when it merges them). ``best_of[i]``: the predicted paragraph holding most of gold
    paragraph ``i``, None when none holds any of it.
    """

    gold_of: tuple[frozenset[int], ...]
    best_of: tuple[int | None, ...]


def align_paragraphs(gold: Sequence[str], predicted: Sequence[str]) -> ParagraphAlignment:
    """Align two paragraph lists by their word tokens in order (difflib on the token
    streams): each shared token counts for the gold and the predicted paragraph it stands in."""
    gold_tokens = [(i, t) for i, p in enumerate(gold) for t in tokens(p)]
    pred_tokens = [(j, t) for j, p in enumerate(predicted) for t in tokens(p)]
    shared = _shared_tokens(gold_tokens, pred_tokens, len(gold), len(predicted))
    gold_len = Counter(i for i, _ in gold_tokens)
    pred_len = Counter(j for j, _ in pred_tokens)
    gold_of = tuple(
        frozenset(
            i
            for i in range(len(gold))
            if shared[i][j] and shared[i][j] >= MIN_PARAGRAPH_COVER * min(gold_len[i], pred_len[j])
        )
        for j in range(len(predicted))
    )
    return ParagraphAlignment(gold_of=gold_of, best_of=tuple(_most_shared(row) for row in shared))


def _shared_tokens(
    gold_tokens: Sequence[tuple[int, str]], pred_tokens: Sequence[tuple[int, str]], gold: int, predicted: int
) -> list[list[int]]:
    """``shared[i][j]``: the tokens gold paragraph ``i`` and predicted paragraph ``j`` share
    where the two token streams match (tokens as (paragraph, token))."""
    shared = [[0] * predicted for _ in range(gold)]
    matcher = SequenceMatcher(None, [t for _, t in gold_tokens], [t for _, t in pred_tokens], autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            shared[gold_tokens[block.a + k][0]][pred_tokens[block.b + k][0]] += 1
    return shared


def _most_shared(row: Sequence[int]) -> int | None:
    """The index of the largest count (the first on a tie), None when all are 0."""
    best: int | None = None
    for j, count in enumerate(row):
        if count and (best is None or count > row[best]):
            best = j
    return best


def match_statements(
    gold: Sequence[GoldStatement], predicted: Sequence[StatementDict], alignment: ParagraphAlignment
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: same paragraph (by alignment), token
    F1 >= 0.5, greedy by best F1 first (ties: earlier gold, then earlier prediction)."""
    candidates: list[tuple[float, int, int]] = []
    for p_index, p in enumerate(predicted):
        paragraphs = alignment.gold_of[p["paragraph"]] if 0 <= p["paragraph"] < len(alignment.gold_of) else ()
        for g_index, g in enumerate(gold):
            if g.paragraph not in paragraphs:
                continue
            score = token_f1(g.text, p["text"])
            if score >= MIN_STATEMENT_OVERLAP:
                candidates.append((score, g_index, p_index))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g_index, p_index in candidates:
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append((g_index, p_index))
    return sorted(pairs)


def match_surnames(gold: Iterable[str], predicted: Iterable[str]) -> tuple[list[str], list[str], int]:
    """Match people by surname, one to one: (gold names missed, predicted names spurious,
    matched). Among people sharing a surname, the same full name pairs first, so the miss
    reported is the right one; then the same words in another order ("TANAKA Hiroshi", family
    name first, is "Hiroshi Tanaka")."""
    gold_left, pred_left = list(gold), list(predicted)
    matched = 0
    for key in (
        lambda n: " ".join(_TOKEN.findall(_fold(n))),
        lambda n: " ".join(sorted(_TOKEN.findall(_fold(n)))),
        surname,
    ):
        unmatched = []
        for name in pred_left:
            same = next((g for g in gold_left if key(g) == key(name)), None)
            if same is None:
                unmatched.append(name)
            else:
                gold_left.remove(same)
                matched += 1
        pred_left = unmatched
    return gold_left, pred_left, matched


# --- Results ----------------------------------------------------------------------------------


class Tally(TypedDict):
    """Counts for a precision and a recall."""

    matched: int
    predicted: int
    gold: int


class Hits(TypedDict):
    """Counts for an accuracy."""

    correct: int
    total: int


class Counts(TypedDict):
    statements: Tally
    speakers: Hits  # among the matched statements
    kinds: Hits  # gold paragraphs
    event_dates: Tally
    published: Hits  # articles
    false_published: int  # articles with a predicted publication date that is not the gold one
    people: Tally
    location: Hits  # articles


class Scores(TypedDict):
    statement_precision: float | None
    statement_recall: float | None
    statement_f1: float | None
    speaker_accuracy: float | None
    kind_accuracy: float | None
    event_date_recall: float | None
    event_date_precision: float | None
    published_accuracy: float | None
    false_published: int
    people_recall: float | None
    people_precision: float | None
    location_accuracy: float | None


# Scores where higher is better (the floors), and counts where lower is (the ceilings).
RATIO_SCORES: tuple[str, ...] = (
    "statement_precision",
    "statement_recall",
    "statement_f1",
    "speaker_accuracy",
    "kind_accuracy",
    "event_date_recall",
    "event_date_precision",
    "published_accuracy",
    "people_recall",
    "people_precision",
    "location_accuracy",
)
COUNT_SCORES: tuple[str, ...] = ("false_published",)

MissKind = Literal[
    "missed statement",
    "spurious statement",
    "wrong speaker",
    "wrong kind",
    "missed date",
    "spurious date",
    "wrong publication date",
    "missed person",
    "spurious person",
    "wrong location",
]


class Miss(TypedDict):
    what: MissKind
    paragraph: int | None  # the gold paragraph it concerns, when it concerns one
    gold: str | None  # the gold value (statement text, speaker, kind, date, name, place)
    predicted: str | None


class ArticleResult(TypedDict):
    id: str
    counts: Counts
    scores: Scores
    misses: list[Miss]


class EvalResult(TypedDict):
    """What `briefcli eval --format json` prints (its schema: `briefcli schema eval`)."""

    schema_version: SchemaVersion
    corpus: str
    articles: list[ArticleResult]
    counts: Counts  # summed over the articles
    scores: Scores  # micro-averaged: from the summed counts


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def scores(counts: Counts) -> Scores:
    """Scores from counts. F1 = 2·matched / (predicted + gold)."""
    st = counts["statements"]
    return {
        "statement_precision": _ratio(st["matched"], st["predicted"]),
        "statement_recall": _ratio(st["matched"], st["gold"]),
        "statement_f1": _ratio(2 * st["matched"], st["predicted"] + st["gold"]),
        "speaker_accuracy": _ratio(counts["speakers"]["correct"], counts["speakers"]["total"]),
        "kind_accuracy": _ratio(counts["kinds"]["correct"], counts["kinds"]["total"]),
        "event_date_recall": _ratio(counts["event_dates"]["matched"], counts["event_dates"]["gold"]),
        "event_date_precision": _ratio(counts["event_dates"]["matched"], counts["event_dates"]["predicted"]),
        "published_accuracy": _ratio(counts["published"]["correct"], counts["published"]["total"]),
        "false_published": counts["false_published"],
        "people_recall": _ratio(counts["people"]["matched"], counts["people"]["gold"]),
        "people_precision": _ratio(counts["people"]["matched"], counts["people"]["predicted"]),
        "location_accuracy": _ratio(counts["location"]["correct"], counts["location"]["total"]),
    }


def _tally(matched: int, predicted: int, gold: int) -> Tally:
    return {"matched": matched, "predicted": predicted, "gold": gold}


def _hits(correct: int, total: int) -> Hits:
    return {"correct": correct, "total": total}


def _add_tallies(tallies: Iterable[Tally]) -> Tally:
    items = list(tallies)
    return _tally(
        sum(t["matched"] for t in items), sum(t["predicted"] for t in items), sum(t["gold"] for t in items)
    )


def _add_hits(hits: Iterable[Hits]) -> Hits:
    items = list(hits)
    return _hits(sum(h["correct"] for h in items), sum(h["total"] for h in items))


def sum_counts(many: Iterable[Counts]) -> Counts:
    """The counts of several articles, added up."""
    items = list(many)
    return {
        "statements": _add_tallies(c["statements"] for c in items),
        "speakers": _add_hits(c["speakers"] for c in items),
        "kinds": _add_hits(c["kinds"] for c in items),
        "event_dates": _add_tallies(c["event_dates"] for c in items),
        "published": _add_hits(c["published"] for c in items),
        "false_published": sum(c["false_published"] for c in items),
        "people": _add_tallies(c["people"] for c in items),
        "location": _add_hits(c["location"] for c in items),
    }


def _event_dates(prediction: AnalysisDict) -> set[str]:
    dates = set()
    for event in prediction["events"]:
        dates.add(event["date"])
        if event["end"] is not None:
            dates.add(event["end"])
    return dates


def _miss(what: MissKind, paragraph: int | None, gold: str | None, predicted: str | None) -> Miss:
    return {"what": what, "paragraph": paragraph, "gold": gold, "predicted": predicted}


def _score_statements(
    gold: GoldArticle, prediction: AnalysisDict, alignment: ParagraphAlignment
) -> tuple[Tally, Hits, list[Miss]]:
    predicted = prediction["statements"]
    pairs = match_statements(gold.statements, predicted, alignment)
    misses = []
    speakers_correct = 0
    for g_index, p_index in pairs:
        g, p = gold.statements[g_index], predicted[p_index]
        if speaker_matches(g.speaker, p["speaker"], p["speaker_kind"]):
            speakers_correct += 1
        else:
            misses.append(
                _miss("wrong speaker", g.paragraph, g.speaker, f"{p['speaker']} ({p['speaker_kind']})")
            )
    matched_gold = {g for g, _ in pairs}
    misses += [
        _miss("missed statement", g.paragraph, f"{g.speaker}: {g.text}", None)
        for g_index, g in enumerate(gold.statements)
        if g_index not in matched_gold
    ]
    matched_pred = {p for _, p in pairs}
    for p_index, p in enumerate(predicted):
        if p_index not in matched_pred:
            covered = (
                alignment.gold_of[p["paragraph"]] if 0 <= p["paragraph"] < len(alignment.gold_of) else ()
            )
            paragraph = min(covered) if covered else None
            misses.append(_miss("spurious statement", paragraph, None, f"{p['speaker']}: {p['text']}"))
    tally = _tally(len(pairs), len(predicted), len(gold.statements))
    return tally, _hits(speakers_correct, len(pairs)), misses


def _score_kinds(
    gold: GoldArticle, prediction: AnalysisDict, alignment: ParagraphAlignment
) -> tuple[Hits, list[Miss]]:
    """Each gold paragraph's kind against the kind of the predicted paragraph holding most of it."""
    correct = 0
    misses = []
    for i, kind in enumerate(gold.kinds):
        best = alignment.best_of[i]
        predicted = prediction["paragraphs"][best]["kind"] if best is not None else None
        if predicted == kind:
            correct += 1
        else:
            misses.append(_miss("wrong kind", i, kind, predicted))
    return _hits(correct, len(gold.kinds)), misses


def _score_dates(gold: GoldArticle, prediction: AnalysisDict) -> tuple[Tally, Hits, int, list[Miss]]:
    gold_dates = set(gold.event_dates)
    pred_dates = {e["date"] for e in prediction["events"]}
    pred_dates |= {e["end"] for e in prediction["events"] if e["end"] is not None}
    misses = [_miss("missed date", None, d, None) for d in sorted(gold_dates - pred_dates)]
    misses += [_miss("spurious date", None, None, d) for d in sorted(pred_dates - gold_dates)]
    published = prediction["published"]
    published_ok = published == gold.published
    if not published_ok:
        misses.append(_miss("wrong publication date", None, gold.published, published))
    false_published = int(published is not None and not published_ok)
    tally = _tally(len(gold_dates & pred_dates), len(pred_dates), len(gold_dates))
    return tally, _hits(int(published_ok), 1), false_published, misses


def _score_people(gold: GoldArticle, prediction: AnalysisDict) -> tuple[Tally, Hits, list[Miss]]:
    names = [p["name"] for p in prediction["people"]]
    missed, spurious, matched = match_surnames(gold.people, names)
    misses = [_miss("missed person", None, n, None) for n in missed]
    misses += [_miss("spurious person", None, None, n) for n in spurious]
    location_ok = city(prediction["location"]) == city(gold.location)
    if not location_ok:
        misses.append(_miss("wrong location", None, gold.location, prediction["location"]))
    return _tally(matched, len(names), len(gold.people)), _hits(int(location_ok), 1), misses


def evaluate_article(gold: GoldArticle, prediction: AnalysisDict) -> ArticleResult:
    """Score one article's analysis (the analysis contract) against its gold annotation."""
    alignment = align_paragraphs(gold.paragraphs, [p["text"] for p in prediction["paragraphs"]])
    statements, speakers, statement_misses = _score_statements(gold, prediction, alignment)
    kinds, kind_misses = _score_kinds(gold, prediction, alignment)
    event_dates, published, false_published, date_misses = _score_dates(gold, prediction)
    people, location, people_misses = _score_people(gold, prediction)
    counts: Counts = {
        "statements": statements,
        "speakers": speakers,
        "kinds": kinds,
        "event_dates": event_dates,
        "published": published,
        "false_published": false_published,
        "people": people,
        "location": location,
    }
    misses = statement_misses + kind_misses + date_misses + people_misses
    return {"id": gold.id, "counts": counts, "scores": scores(counts), "misses": misses}


Predictor = Callable[[Path], AnalysisDict]


def predict_file(path: Path) -> AnalysisDict:
    """The analysis of an article file, as ``briefcli analyze --format json`` prints it."""
    from briefcli.analysis import analyse
    from briefcli.present.views import analysis_view
    from briefcli.text.load import load

    return analysis_view(analyse(load(str(path))))


def evaluate_corpus(corpus: Path, predict: Predictor | None = None) -> EvalResult:
    """Analyse every gold pair of ``corpus`` and score it. ``predict`` (for tests) replaces
    the analysis: it gets the ``.txt`` path and returns the analysis contract."""
    predictor = predict_file if predict is None else predict
    results = []
    for txt, annotation in find_gold_pairs(corpus):
        gold = load_gold(txt, annotation)
        results.append(evaluate_article(gold, predictor(txt)))
    total = sum_counts(r["counts"] for r in results)
    from briefcli.present.views import SCHEMA_VERSION

    return {
        "schema_version": SCHEMA_VERSION,
        "corpus": str(corpus),
        "articles": results,
        "counts": total,
        "scores": scores(total),
    }
