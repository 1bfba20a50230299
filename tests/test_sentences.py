"""Sentence boundaries: abbreviations, initials and quotations must not end a sentence."""

from __future__ import annotations

import pytest

from briefcli.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Ana Ortiz met Mr. Lee in Lisbon. They agreed on a plan.",
            ["Dr. Ana Ortiz met Mr. Lee in Lisbon.", "They agreed on a plan."],
        ),
        (
            "H.E. Mr. Paolo Rossi thanked the host. The visit ended.",
            ["H.E. Mr. Paolo Rossi thanked the host.", "The visit ended."],
        ),
        # "St." inside a name does not end the sentence; at the end of a street name it may
        (
            "Mr. Paul Ste. Marie, Director of Trade, opened the forum. It ended.",
            ["Mr. Paul Ste. Marie, Director of Trade, opened the forum.", "It ended."],
        ),
        (
            "The office is on Main St. The Minister opened it.",
            ["The office is on Main St.", "The Minister opened it."],
        ),
        (
            "He thanked especially Ms. Lena Berg of the Port. She smiled.",
            ["He thanked especially Ms. Lena Berg of the Port.", "She smiled."],
        ),
        (
            "The talks were led by Amb. Ravi Patel. They ended late.",
            ["The talks were led by Amb. Ravi Patel.", "They ended late."],
        ),
        # Indian honorifics written short: "Smt." (Shrimati) and "Kum." (Kumari) open a name
        (
            "The hall was opened by the Mayor, Smt. Leela Ramanathan, and guests. It was full.",
            ["The hall was opened by the Mayor, Smt. Leela Ramanathan, and guests.", "It was full."],
        ),
        (
            "The prize went to Kum. Asha Pillai of Tirumala. She thanked her coach.",
            ["The prize went to Kum. Asha Pillai of Tirumala.", "She thanked her coach."],
        ),
        (
            "The U.S. delegation arrived early. Talks began at noon.",
            ["The U.S. delegation arrived early.", "Talks began at noon."],
        ),
        (
            "The accord was filed as Resolution No. 5 of the Council. It entered into force.",
            ["The accord was filed as Resolution No. 5 of the Council.", "It entered into force."],
        ),
        (
            "The report by J. R. Okafor was adopted. Delegates welcomed it.",
            ["The report by J. R. Okafor was adopted.", "Delegates welcomed it."],
        ),
        (
            'She said: "We will open the border." The minister agreed.',
            ['She said: "We will open the border."', "The minister agreed."],
        ),
        (
            "He said: “Trade must flow.” Then the session closed.",
            ["He said: “Trade must flow.”", "Then the session closed."],
        ),
        (
            # A source that lost the space after a full stop still splits.
            "Cooperation began in 1998.He welcomed the theme.",
            ["Cooperation began in 1998.", "He welcomed the theme."],
        ),
        ("no punctuation at all here", ["no punctuation at all here"]),
        # A number with a decimal point or a thousands comma never ends a sentence.
        (
            "Trade grew by 3.5 per cent and some 1,200 traders took part. The fair closed.",
            ["Trade grew by 3.5 per cent and some 1,200 traders took part.", "The fair closed."],
        ),
        (
            "The fund holds US$ 12.75 billion, up 0.5% on 2022. Donors met.",
            ["The fund holds US$ 12.75 billion, up 0.5% on 2022.", "Donors met."],
        ),
        (
            "Growth reached 4.2. Exports led it.",
            ["Growth reached 4.2.", "Exports led it."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_exclude_surrounding_spaces() -> None:
    text = "First one.   Second one. "
    assert split_sentences(text) == ((0, 10), (13, 24))


def test_empty_paragraph_has_no_sentences() -> None:
    assert split_sentences("") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's abbreviation ends the sentence before an honorific opens the next
        (
            "She heads Harbour Tech Ltd. Ms. Li said ports grew.",
            ["She heads Harbour Tech Ltd.", "Ms. Li said ports grew."],
        ),
        ("He visited the U.S. Dr. Berg spoke next.", ["He visited the U.S.", "Dr. Berg spoke next."]),
        # an honorific before the honorific, or an initial, ends nothing
        ("Lt. Gen. Ali met Rt. Hon. Ana Ruiz.", ["Lt. Gen. Ali met Rt. Hon. Ana Ruiz."]),
        ("H.E. Dr. Li came.", ["H.E. Dr. Li came."]),
        ("They met J. Mr. Li.", ["They met J. Mr. Li."]),
    ],
)
def test_a_full_stop_before_an_honorific_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation never closed: its opening mark goes with the sentence it opens
        (
            "Dr. Ana Rola spoke last. “Trade rose by half, the Minister stated.",
            ["Dr. Ana Rola spoke last.", "“Trade rose by half, the Minister stated."],
        ),
        ("He spoke. « Nous sommes prêts", ["He spoke.", "« Nous sommes prêts"]),
        # a closed one was right already
        ("He spoke. “We agree,” he said.", ["He spoke.", "“We agree,” he said."]),
    ],
)
def test_an_opening_quotation_mark_opens_the_next_sentence(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_an_honorific_before_a_names_particle_ends_no_sentence() -> None:
    """ "Eng. | van Rijn explained": the particle opens the name the honorific styles."""
    assert sentences("Ms. Li spoke first. Eng. van Rijn explained the plan. Dr. al Harbi agreed.") == [
        "Ms. Li spoke first.",
        "Eng. van Rijn explained the plan.",
        "Dr. al Harbi agreed.",
    ]
