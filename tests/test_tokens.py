"""The token table: cut once per article, shared by every stage."""

from __future__ import annotations

import pytest

from briefcli.model import Source
from briefcli.text.layout import build_article
from briefcli.text.tokens import _TOKEN, _split, is_word, tokenize, word


def _article(body: str):  # type: ignore[no-untyped-def]
    return build_article(Source("stdin", "-"), f"A title line\n\n{body}")


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        (
            "Dr. Ana Ortiz stressed that trade grew.",
            ["Dr", ".", "Ana", "Ortiz", "stressed", "that", "trade", "grew", "."],
        ),
        (
            "Egypt's high-level team met the U.S. side.",
            ["Egypt's", "high-level", "team", "met", "the", "U.S", ".", "side", "."],
        ),
        # an abbreviation's full stop before a hyphen and a capital is inside the word; not
        # before a lowercase word
        (
            "The U.S.-Chile Trade Council met U.S.-based firms.",
            ["The", "U.S.-Chile", "Trade", "Council", "met", "U.S", ".", "-", "based", "firms", "."],
        ),
        (
            "It cost 1,500 dollars (about 3.5%).",
            ["It", "cost", "1", ",", "500", "dollars", "(", "about", "3.5", "%", ")", "."],
        ),
        ("“We agree,” she said.", ["“", "We", "agree", ",", "”", "she", "said", "."]),
        ("Two  spaces\tand a tab.", ["Two", "spaces", "and", "a", "tab", "."]),
        # an en dash between letters joins a name as a hyphen does; between digits it is a range
        ("The Vell–Maro road 6–8 May.", ["The", "Vell–Maro", "road", "6", "–", "8", "May", "."]),
        # a past mark glued to a title by a hyphen is a word of its own; not another first part
        (
            "A then-Governor and a Vice-Mayor came.",
            ["A", "then", "Governor", "and", "a", "Vice-Mayor", "came", "."],
        ),
    ],
)
def test_words_and_offsets(sentence: str, tokens: list[str]) -> None:
    article = _article(sentence)
    t = article.tokens
    assert list(t.texts) == tokens
    for i in range(len(t)):
        assert article.text[t.starts[i] : t.ends[i]] == t.texts[i]


def test_tokens_never_cross_a_sentence() -> None:
    article = _article("The Minister arrived on Monday. He met the Mayor. They signed an accord.")
    t = article.tokens
    sentences = article.paragraphs[0].sentences
    assert len(sentences) == 3
    assert [t.texts[i] for i in t.sentence(1)] == ["He", "met", "the", "Mayor", "."]
    assert t.sentence_first[-1] == len(t)
    for s in sentences:
        assert list(t.within(s.start, s.end)) == list(t.sentence(s.index))


def test_a_spelling_is_one_word_shared_by_its_tokens() -> None:
    article = _article("The talks went well and the talks will go on.")
    t = article.tokens
    firsts = [w for w in t.words if w.text == "talks"]
    assert len(firsts) == 2 and firsts[0] is firsts[1]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Stressing", {"low": "stressing", "lemma": "stress", "form": "ing", "cap": True}),
        ("emphasised", {"lemma": "emphasize", "form": "past"}),
        ("said", {"lemma": "say", "form": "past"}),
        ("attended", {"lemma": None, "form": None}),
        ("Egypt’s", {"base": "Egypt", "poss": True}),
        ("WCO", {"acro": True, "alpha": True}),
        ("MSMEs", {"acro": True}),
        ("Oct", {"month": 10, "weekday": False}),
        ("Thursday", {"weekday": True, "month": None}),
        ("2021", {"digit": True, "alpha": False}),
        ("Ortiz", {"acro": False, "cap": True, "poss": False, "lower": False, "punct": False}),
        ("stressed", {"lower": True, "cap": False, "punct": False}),
        ("“", {"punct": True, "lower": False, "cap": False}),
        ("_id", {"punct": False}),  # a word starts with a word character
    ],
)
def test_word_facts(text: str, facts: dict[str, object]) -> None:
    w = word(text)
    for name, value in facts.items():
        assert getattr(w, name) == value, name


def test_empty_sentences_give_an_empty_table() -> None:
    t = tokenize("", ())
    assert len(t) == 0 and t.sentence_first == (0,)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister stressed that the plan was ready.",
        "Dr. Alma Reyes (WHO) noted, however, that Egypt's high-level U.S. talks went well;",
        "“We are ready,” she said.  Two  spaces\tand a tab.",
        "He added: the e-mail_list, v2.0 and ‘quoted’ words -- all “fine”!",
        "İstanbul’s mayor said so.",
        "The U.S.-Chile Council met U.S.-based firms.",
        "",
    ],
)
def test_sentence_split_matches_the_word_pattern(text: str) -> None:
    # the split on spaces with hand-cut pieces must find exactly the words the regex finds
    padded = "x " + text + " y"
    start, end = 2, 2 + len(text)
    expected = [(m.group(), m.start()) for m in _TOKEN.finditer(padded, start, end)]
    words, starts = _split(padded, start, end)
    assert list(zip(words, starts, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Lopez", True),
        ("O'Brien", True),
        ("U.S", True),
        ("_id", True),
        ("Jr.", False),
        ("Lopez Ruiz", False),
        ("(", False),
    ],
)
def test_is_word(text: str, one: bool) -> None:
    assert is_word(text) is one


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Egypt's", {"base_low": "egypt", "low": "egypt's", "place_word": False, "name_word": True}),
        ("her", {"pronoun": "female", "honorific_start": False}),
        ("His", {"pronoun": "male", "honorific_start": True, "honorific": False}),  # "His Excellency"
        ("his's", {"pronoun": None}),
        ("Dr", {"honorific": True, "honorific_start": True, "name_word": False}),
        ("dr", {"honorific": True, "honorific_start": False}),
        ("Minister", {"title_word": True, "title_start": True, "name_word": False, "org_word": True}),
        # a modifier only ("Deputy" is a head too, a parliament's Deputy before a name)
        ("Vice", {"title_start": True, "title_word": False, "org_word": True}),
        ("Vice-Chair", {"title_start": True}),
        ("representative", {"role_start": True, "title_start": False}),
        ("late", {"role_start": True}),
        ("Service", {"org_cue": True, "org_word": True, "place_word": False, "name_word": False}),
        ("Sub-Committee", {"org_cue": True}),
        ("service", {"org_cue": False}),
        ("Development", {"org_word": True}),  # a portfolio's suffix
        ("WCO", {"org_word": True, "name_word": False, "place_word": False}),
        ("KURAMOTO", {"name_word": True}),  # four letters or more, no full stop
        ("Lisbon", {"place_word": True, "name_word": True, "org_word": False}),
        ("May", {"place_word": False}),
        ("Thursday", {"name_word": False, "place_word": False}),
        ("R2D2", {"name_word": False}),
    ],
)
def test_word_facts_of_names_titles_and_places(text: str, facts: dict[str, object]) -> None:
    w = word(text)
    for name, value in facts.items():
        assert getattr(w, name) == value, name
