"""Reported speech that runs on past its cue (``briefcli.present.speech``): the key points keep
such sentences with their speaker, and leave them in nobody's mouth when the speaker is
uncertain."""

from __future__ import annotations

import pytest

from briefcli.present.speech import backshifted, inference, own_voice
from briefcli.present.views import summary_view
from briefings import briefing_of

HEAD = (
    "Ferry talks in Varna\n\n3 May 2023\n\n"
    "Ms. Irena Kostova, Minister of Transport of Bulgaria, met Mr. Tomas Lind, Director of the "
    "Baltic Ports Council, in Varna on 2 May 2023.\n\n"
)


def _lines(body: str) -> list[str]:
    view = summary_view(briefing_of(HEAD + body), max_words=1000)
    return [p["line"] for s in view["sections"] for p in s["points"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Freight costs would also fall by a third.", True),
        ("Further, traffic through improved berths would be possible.", True),  # "improved": no verb
        ("As long as fuel stayed dear, fares would rise.", True),  # the fronted clause's verb
        ("They toured the quay where a terminal would stand.", False),  # a relative clause's
        ("The forum discussed how small ports could share data.", False),  # the narrator's verb first
        ("Would fares rise?", False),
        ("Freight costs fell by a third.", False),
    ],
)
def test_the_tense_of_reported_speech_is_read_in_the_main_clause(sentence: str, expected: bool) -> None:
    assert backshifted(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is vital that the two ports act before winter.", True),
        ("In these hard times, we must work together.", True),
        ("“We act now,” the poster read. The port is old.", False),  # a quotation's "we" is its own
        ("The port handles five million tonnes a year.", False),
    ],
)
def test_a_speakers_own_voice(sentence: str, expected: bool) -> None:
    assert own_voice(sentence) is expected


def test_backshifted_sentences_stay_with_their_speaker() -> None:
    lines = _lines(
        "Ms. Kostova said the new ferry line would open in June. "
        "Freight costs would also fall by a third.\n\n"
        "The line would also ensure reduced waiting times. Fares would stay low.\n\n"
        "The delegation then toured the harbour, where a new terminal would be built.\n"
    )
    assert (
        "Kostova said the new ferry line would open in June. Freight costs would also fall by a third."
        in lines
    )
    assert (
        "Kostova (continuing): The line would also ensure reduced waiting times. Fares would stay low."
        in lines
    )
    # the narrator's relative clause: no speaker
    assert "The delegation then toured the harbour, where a new terminal would be built." in lines


def test_the_speakers_own_voice_between_two_of_their_statements() -> None:
    lines = _lines(
        "Mr. Lind stressed that small ports needed support. It is vital to act before the winter.\n\n"
        "In these hard times, we must pool our dredging fleets. "
        "He added that the Council would fund two pilots.\n"
    )
    assert "Lind stressed that small ports needed support. It is vital to act before the winter." in lines
    assert "Lind (continuing): In these hard times, we must pool our dredging fleets." in lines


def test_the_speakers_own_voice_with_no_statement_after_keeps_no_speaker() -> None:
    lines = _lines(
        "Mr. Lind stressed that small ports needed support. It is vital to act before the winter.\n"
    )
    assert "Lind stressed that small ports needed support" in lines
    assert "It is vital to act before the winter." in lines


def test_a_sentence_naming_another_person_ends_the_speech() -> None:
    lines = _lines("Ms. Kostova said the ferry line would open in June. Mr. Lind would chair its board.\n")
    assert "Kostova said the ferry line would open in June" in lines
    assert not any("Lind would chair" in line and line.startswith("Kostova") for line in lines)


# --- A statement whose pronouns point into the clause before it ---------------------------------


def test_a_participial_statement_stays_with_the_statement_it_hangs_on() -> None:
    lines = _lines(
        "Ms. Kostova congratulated the Mayor of Varna saying that under his leadership "
        "the port had doubled its trade.\n"
    )
    assert (
        "Kostova congratulated the Mayor of Varna saying that under his leadership "
        "the port had doubled its trade" in lines
    )
    assert not any(line.startswith("Kostova said") for line in lines)  # "his" would be hers


def test_the_clause_a_second_conjuncts_pronoun_points_to_leads_its_point() -> None:
    lines = _lines("The ferry link works well in summer, and ministers agreed that it should run all year.\n")
    assert "The ferry link works well in summer, and ministers agreed that it should run all year" in lines


def test_a_that_typed_twice_after_the_cue_reads_once() -> None:
    lines = _lines("Ms. Kostova noted that that the ferry plan was ready.\n")
    assert "Kostova noted that the ferry plan was ready" in lines


def test_a_second_speech_verb_joined_by_and_shares_the_point() -> None:
    lines = _lines(
        "Ms. Kostova noted that winter storms close the port for weeks and made clear "
        "Bulgaria is ready to fund a new breakwater.\n"
    )
    assert (
        "Kostova noted that winter storms close the port for weeks and made clear "
        "Bulgaria is ready to fund a new breakwater" in lines
    )


def test_a_quotation_that_opens_mid_clause_keeps_the_words_before_it() -> None:
    lines = _lines("By 2030, the region will “need twice as many berths,” Ms. Kostova said.\n")
    assert "Kostova said by 2030, the region will “need twice as many berths”" in lines


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As a result, fares may rise next year.", (13, 13)),
        ("Therefore the two ports should share one timetable.", (10, 10)),
        ("As a result, if Mr. Lind acts soon, fares could fall.", (13, 34)),  # the fronted condition
        ("As a result, the talks were put off until June.", None),  # told in the past: the narrator's
        ("The ferry may run twice a day.", None),  # no consequence drawn
    ],
)
def test_an_inference_is_a_consequence_with_a_modal(sentence: str, expected: tuple[int, int] | None) -> None:
    assert inference(sentence) == expected


def test_an_inference_drawn_right_after_a_statement_is_the_speakers() -> None:
    """ "She noted A. | As a result, [if Lind acts,] fares may fall.": the inference goes on
    with her statement, though it names another person in its condition; a consequence told in
    the past stays the narrator's."""
    lines = _lines(
        "Ms. Kostova noted that the ferry line runs at a loss every winter. As a result, if Mr. Lind "
        "backs the plan, fares may rise next year.\n\n"
        "Mr. Lind stressed that the harbour needs a new quay. As a result, the talks were put off until "
        "June.\n"
    )
    assert any(
        line.startswith("Kostova noted that the ferry line runs at a loss every winter. As a result, if Mr.")
        for line in lines
    ), lines
    assert "As a result, the talks were put off until June." in lines, lines
