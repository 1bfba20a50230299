"""Direct quotes: quotation marks, the cue before or after, split quotes, a quote paragraph
after its speaker, and the quoted words that are no statement (scare quotes, titles, names).

Every sentence is written for these tests; each row is one pattern. The rows of the "must not"
tables are sentences that must give no quote at all.
"""

from __future__ import annotations

import pytest

from briefcli.analysis.people import find_people
from briefcli.analysis.quotes import find_quotes
from briefcli.model import Article, Source, Statement
from briefcli.text.layout import build_article


def article(*paragraphs: str) -> Article:
    return build_article(Source("stdin", "-"), "A title\n\n" + "\n\n".join(paragraphs))


def quotes(*paragraphs: str) -> tuple[Article, tuple[Statement, ...]]:
    art = article(*paragraphs)
    return art, find_quotes(art, find_people(art))


def rows(*paragraphs: str) -> list[tuple[str, str, str, int]]:
    """(speaker, cue, text, paragraph) of each quote."""
    art, found = quotes(*paragraphs)
    return [(s.speaker, s.cue, s.text_in(art), s.paragraph) for s in found]


OKAFOR = "Dr. Jane Okafor, Director General of the Regional Customs Agency, opened the forum."


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "text"),
    [
        # the cue after the quotation, inverted: "“...,” said X."
        (
            "“We will modernise our borders,” said Dr. Jane Okafor.",
            "Jane Okafor",
            "said",
            "We will modernise our borders",
        ),
        # the cue after the quotation: "“...,” X said."
        (
            "“Trade must keep flowing,” Minister Paolo Rossi said.",
            "Paolo Rossi",
            "said",
            "Trade must keep flowing",
        ),
        # a comma after the closing mark and a title as the speaker: "“...”, stressed the Minister."
        (
            "Mr. Paolo Rossi, Minister of Trade of Italy, welcomed her. "
            "“The partnership has been effective”, stressed the Minister of Trade.",
            "Paolo Rossi",
            "stressed",
            "The partnership has been effective",
        ),
        # a pronoun after the quotation: "“...,” she added."
        (
            f"{OKAFOR} “Data is the currency of modern borders,” she added.",
            "Jane Okafor",
            "added",
            "Data is the currency of modern borders",
        ),
        # the attribution goes on without content of its own: "he said in his speech"
        (
            "Mr. Paolo Rossi spoke last. “The talks were productive,” he said in his closing speech.",
            "Paolo Rossi",
            "said",
            "The talks were productive",
        ),
        # ... or how it was said: "by telephone", "via video link"
        (
            "Mr. Paolo Rossi heads the union. “The talks came late,” he said by telephone from Tarn.",
            "Paolo Rossi",
            "said",
            "The talks came late",
        ),
        # an addressee after the cue: "she told reporters"
        (
            "“The talks were productive,” Minister Paolo Rossi told reporters.",
            "Paolo Rossi",
            "told",
            "The talks were productive",
        ),
        # a question mark stays, the comma and full stop go
        (
            "“Who will pay for the new scanners?” asked Dr. Jane Okafor.",
            "Jane Okafor",
            "asked",
            "Who will pay for the new scanners?",
        ),
        # the cue before, with a colon: "X said: “...”"
        (
            "Dr. Jane Okafor said: “Our members are ready for the change.”",
            "Jane Okafor",
            "said",
            "Our members are ready for the change",
        ),
        # the cue before, with words between it and the colon
        (
            "Dr. Jane Okafor said in her opening remarks: “Our members are ready for the change.”",
            "Jane Okafor",
            "said",
            "Our members are ready for the change",
        ),
        # the cue before, with a comma: "X said, “...”"
        (
            "Dr. Jane Okafor said, “Our members are ready.”",
            "Jane Okafor",
            "said",
            "Our members are ready",
        ),
        # the cue before, with "that": "X said that “...”"
        (
            "Dr. Jane Okafor said that “our members are ready for the change.”",
            "Jane Okafor",
            "said",
            "our members are ready for the change",
        ),
        # the cue right before the quotation: "X stated “...”"
        (
            "Secretary General Amara Diallo stated “I am certain that our ports will adapt.”",
            "Amara Diallo",
            "stated",
            "I am certain that our ports will adapt",
        ),
        # an emphasis cue with a colon and an apposition: "X, ..., stressed: “...”"
        (
            "Mr. Paolo Rossi, the Minister of Trade, also stressed: “No country can do this alone.”",
            "Paolo Rossi",
            "stressed",
            "No country can do this alone",
        ),
        # a participle cue before the quotation: "..., adding: “...”"
        (
            "Dr. Jane Okafor thanked the hosts, adding: “This forum has shown what we can do together.”",
            "Jane Okafor",
            "adding",
            "This forum has shown what we can do together",
        ),
        # "According to X, “...”"
        (
            "According to Dr. Jane Okafor, “the pilot has cut clearance times by half.”",
            "Jane Okafor",
            "According",
            "the pilot has cut clearance times by half",
        ),
        # straight quotation marks
        (
            '"We are ready for the next step," said Dr. Jane Okafor.',
            "Jane Okafor",
            "said",
            "We are ready for the next step",
        ),
        # curly single quotation marks
        (
            "‘We are ready for the next step,’ said Dr. Jane Okafor.",
            "Jane Okafor",
            "said",
            "We are ready for the next step",
        ),
        # guillemets
        (
            "« We are ready for the next step », said Dr. Jane Okafor.",
            "Jane Okafor",
            "said",
            "We are ready for the next step",
        ),
        # an apostrophe inside a single-quoted quotation does not close it
        (
            "‘Our region’s traders deserve better,’ said Dr. Jane Okafor.",
            "Jane Okafor",
            "said",
            "Our region’s traders deserve better",
        ),
        # a space after the opening mark (as some sources have it) is not content
        (
            "“ We count on your support”, noted Dr. Jane Okafor.",
            "Jane Okafor",
            "noted",
            "We count on your support",
        ),
        # an apposition between the speaker and the cue after the quotation
        (
            "“We are committed to this partnership,” Mr. Paolo Rossi, Minister of Trade, said.",
            "Paolo Rossi",
            "said",
            "We are committed to this partnership",
        ),
        # the present tense, and a reported statement going on after the attribution
        (
            "“Customs is the first face of a country,” says Dr. Jane Okafor, adding that it must be fast.",
            "Jane Okafor",
            "says",
            "Customs is the first face of a country",
        ),
        # an inch mark is no quotation mark
        (
            'Shipping a 40" container costs more. Dr. Jane Okafor said: "We will lower the cost of trade."',
            "Jane Okafor",
            "said",
            "We will lower the cost of trade",
        ),
        # a colon inside the quotation
        (
            "“Our goal is simple: faster and safer trade,” Dr. Jane Okafor said.",
            "Jane Okafor",
            "said",
            "Our goal is simple: faster and safer trade",
        ),
        # a quotation of several sentences (the splitter cuts inside it)
        (
            "Dr. Jane Okafor said: “We met our targets. We will raise them next year. "
            "Nobody is left behind.”",
            "Jane Okafor",
            "said",
            "We met our targets. We will raise them next year. Nobody is left behind",
        ),
    ],
)
def test_one_quote(sentence: str, speaker: str, cue: str, text: str) -> None:
    assert rows(sentence) == [(speaker, cue, text, 0)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        # a group, kept as written
        ("“We will meet again next year,” both sides said.", "both sides", "group"),
        # the attribution's tail is not part of the group's phrase
        (
            "“The talks were frank and useful,” the two sides said in a joint statement.",
            "the two sides",
            "group",
        ),
        ("The ministers said: “Tourism is our shared priority.”", "The ministers", "group"),
        # a group whose head stands before "of"
        (
            "Representatives of the private sector said: “We need predictable rules.”",
            "Representatives of the private sector",
            "group",
        ),
        # a body that speaks as one
        ("The Council stated: “Members must apply the standard by 2025.”", "The Council", "organization"),
        # an organization the people stage knows, kept as written
        (
            "The Regional Customs Agency (RCA) hosted the event. “Borders must stay open,” the RCA said.",
            "the RCA",
            "organization",
        ),
    ],
)
def test_group_and_organization_speakers(sentence: str, speaker: str, kind: str) -> None:
    _, found = quotes(sentence)
    assert [(s.speaker, s.speaker_kind) for s in found] == [(speaker, kind)]


def test_a_person_speaker_has_kind_person() -> None:
    _, found = quotes("“We are ready for the change,” said Dr. Jane Okafor.")
    assert [(s.speaker_kind, s.direct) for s in found] == [("person", True)]


@pytest.mark.parametrize(
    ("paragraph", "pieces", "joined"),
    [
        # "“A,” he said, “B.”": one statement of two pieces
        (
            "“Customs is changing,” Dr. Jane Okafor said, “and we must change with it.”",
            ("Customs is changing", "and we must change with it"),
            "Customs is changing and we must change with it",
        ),
        # the second piece after a full stop: "“A,” she said. “B.”", joined by " … "
        (
            f"{OKAFOR} “Customs is changing,” she said. “We must change with it.”",
            ("Customs is changing", "We must change with it"),
            "Customs is changing … We must change with it",
        ),
        # the second piece without a cue of its own, right after the first
        (
            "Dr. Jane Okafor said: “Customs is changing.” “We must change with it.”",
            ("Customs is changing", "We must change with it"),
            "Customs is changing … We must change with it",
        ),
        # the attribution goes on after its cue: "“A,” X said in her opening speech, “B.”"
        (
            "“Customs is changing,” Dr. Jane Okafor said in her opening speech, “and so are we.”",
            ("Customs is changing", "and so are we"),
            "Customs is changing and so are we",
        ),
        # a bare surname after the quote, the person named before
        (
            f"{OKAFOR} “Customs is changing,” Okafor said at the gala, “and so are we.”",
            ("Customs is changing", "and so are we"),
            "Customs is changing and so are we",
        ),
    ],
)
def test_split_quotes_are_joined(paragraph: str, pieces: tuple[str, ...], joined: str) -> None:
    art, found = quotes(paragraph)
    assert len(found) == 1
    s = found[0]
    assert s.speaker == "Jane Okafor"
    assert [art.span(a, b) for a, b in s.parts] == list(pieces)
    assert s.text_in(art) == " ".join(pieces)  # as the annotation guide joins them
    # for a reader, " … " when the second piece opens a sentence: "changing We must" is garble
    assert s.text_in(art, " …") == joined
    assert (s.start, s.end) == (s.parts[0][0], s.parts[-1][1])


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a bare surname as the speaker, after a sentence on something else
        (
            (
                OKAFOR,
                "On 3 May, the Agency signed a memorandum with the Port of Tema. “This plan gives our "
                "work a calendar,” Okafor said. The deal was welcomed by traders.",
            ),
            [("Jane Okafor", "said", "This plan gives our work a calendar", 1)],
        ),
        # the inverted order
        (
            (OKAFOR, "“This plan gives our work a calendar,” said Okafor."),
            [("Jane Okafor", "said", "This plan gives our work a calendar", 1)],
        ),
    ],
)
def test_a_bare_surname_speaks_for_the_person_named_before(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    "body",
    [
        # two people share the surname: it names no one
        "Dr. Jane Okafor met Mr. Sam Okafor. “This plan gives our work a calendar,” Okafor said.",
        # a place, a street or an attribute named after the person is no mention of them
        f"{OKAFOR} “This plan gives our work a calendar,” Port Okafor said.",
        # the surname modifying a noun: "Okafor officials", "Okafor report"
        f"{OKAFOR} “This plan gives our work a calendar,” Okafor report says.",
    ],
)
def test_a_bare_surname_that_names_no_one(body: str) -> None:
    assert rows(body) == []


def test_a_surname_after_an_article_is_an_attribute() -> None:
    found = rows(f"{OKAFOR} “This plan gives our work a calendar,” the Okafor team said.")
    assert [speaker for speaker, _, _, _ in found] == ["the Okafor team"]


def test_two_speakers_in_one_paragraph_stay_apart() -> None:
    assert rows(
        "Ms. Jane Okafor met Mr. Paolo Rossi. “We share the same goals,” she said. "
        "“Our ministries will work together,” he replied."
    ) == [
        ("Jane Okafor", "said", "We share the same goals", 0),
        ("Paolo Rossi", "replied", "Our ministries will work together", 0),
    ]


def test_a_quote_paragraph_takes_the_speaker_given_just_before() -> None:
    # the cue is the speech act that gave the speaker; the paragraph is the quotation's own
    assert rows(
        "Dr. Jane Okafor stressed the role of data in risk management.",
        "“Data is the currency of modern borders, and we must share it.”",
    ) == [("Jane Okafor", "stressed", "Data is the currency of modern borders, and we must share it", 1)]


def test_a_quote_sentence_takes_the_speaker_of_the_sentence_before() -> None:
    assert rows(
        "Mr. Paolo Rossi praised the work of the border agencies. “They have done more with less.”"
    ) == [("Paolo Rossi", "praised", "They have done more with less", 0)]


def test_a_colon_closing_the_paragraph_before_introduces_the_quote() -> None:
    assert rows(
        "Closing the forum, Dr. Jane Okafor said:",
        "“We leave this city with a clear plan and the will to carry it out.”",
    ) == [("Jane Okafor", "said", "We leave this city with a clear plan and the will to carry it out", 0)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a cue after "and" shares the subject of the clause it is coordinated with
        (
            (
                "Ms. Ilse Brandt thanked her hosts for the visit and said: “We will come back with "
                "more firms.”",
            ),
            [("Ilse Brandt", "said", "We will come back with more firms", 0)],
        ),
        # the subject, not the object: a role holder thanking a named person
        (
            (
                "Ms. Ilse Brandt met the visitors. The Governor thanked Ms. Brandt for the visit and "
                "added: “Our doors stay open to investors.”",
            ),
            [("Governor", "added", "Our doors stay open to investors", 0)],
        ),
        # the same before a quotation paragraph: the cue the colon closes, not the first verb
        (
            (
                "Mr. Teo Vance praised the new customs portal and concluded:",
                "“Two days at the border have become two hours, and that changes everything.”",
            ),
            [
                (
                    "Teo Vance",
                    "concluded",
                    "Two days at the border have become two hours, and that changes everything",
                    0,
                )
            ],
        ),
    ],
)
def test_a_coordinated_cue_introduces_a_quote(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


def test_a_quote_carried_over_a_paragraph_break_is_one_statement() -> None:
    art, found = quotes(
        "Dr. Jane Okafor said: “We leave this city with a clear plan.",
        "“The next step is to put it into practice.”",
    )
    assert [(s.speaker, s.paragraph, s.text_in(art)) for s in found] == [
        ("Jane Okafor", 0, "We leave this city with a clear plan The next step is to put it into practice")
    ]
    assert len(found[0].parts) == 2


def test_a_quote_left_open_is_the_statement_of_the_piece_that_closes_it() -> None:
    """The first paragraph of a quotation has no attribution; the next paragraph's piece, taken
    up by its first mark, has one: one statement of that speaker, in the cue's paragraph."""
    art, found = quotes(
        "Dr. Jane Okafor met the Minister in Suva.",
        "“We leave this city with a clear plan.",
        "“The next step is to put it into practice,” Dr. Okafor said.",
    )
    assert [(s.speaker, s.paragraph, s.text_in(art)) for s in found] == [
        ("Jane Okafor", 2, "We leave this city with a clear plan The next step is to put it into practice")
    ]


def test_a_quote_left_open_before_text_is_no_statement() -> None:
    art, found = quotes(
        "Dr. Jane Okafor met the Minister in Suva.",
        "“We leave this city with a clear plan.",
        "Later, “the next step is to put it into practice,” Dr. Okafor said.",
    )
    assert [s.text_in(art) for s in found] == ["the next step is to put it into practice"]


def test_a_pronoun_after_the_quote_is_not_someone_the_quote_names() -> None:
    # "he" must not go to the person named inside the quotation
    assert rows("Dr. Paolo Rossi met Dr. Jane Okafor. “I thank Dr. Okafor for this visit,” he said.") == [
        ("Paolo Rossi", "said", "I thank Dr. Okafor for this visit", 0)
    ]


def test_offsets_point_into_the_article_text() -> None:
    art, found = quotes(OKAFOR, "Later, Dr. Jane Okafor said: “The reform is on track.”")
    (s,) = found
    assert art.span(s.start, s.end) == "The reform is on track"
    assert s.paragraph == 1
    assert art.sentences[s.sentence].paragraph == 1
    assert s.parts == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # the title of a document
        "The report entitled “Customs in the 21st Century” was launched in Brussels.",
        "Dr. Jane Okafor presented “Customs in the 21st Century” to the delegates.",
        "Dr. Jane Okafor highlighted “Green Ports, Fast Borders”.",
        # the name of a programme or an event
        "Dr. Jane Okafor described the “Single Window” programme to the delegates.",
        "The forum, called “Borders of Tomorrow”, drew five hundred delegates.",
        "The programme known as ‘Green Lane’ has cut delays at the port.",
        "The session was themed “Trade for a better future for all of us”.",
        # a session's title before a reported statement (that one is reported speech, not a quote)
        "At the session on “Rules for Open Markets”, Dr. Jane Okafor said that cooperation was vital.",
        "At the session on “Rules for Open Markets”, Dr. Jane Okafor said.",
        # scare quotes inside a sentence
        "Dr. Jane Okafor said the “green lane” had cut delays by half.",
        "She stressed the “whole of government” approach to border management.",
        # apostrophes are no quotation marks
        "The members’ priorities and the agencies’ roles were discussed at length.",
        "Dr. Jane Okafor visited the traders' association and the brokers' office.",
        # a comparison, not a quotation
        "Dr. Jane Okafor described the initiative as “a model for the whole region”.",
        # a document does not speak
        "“Trade must keep flowing in all circumstances,” the report says.",
        # a quotation with no speaker anywhere before it
        "The meeting took place in Geneva. “A better future for every trader in the region.”",
    ],
)
def test_no_quote(sentence: str) -> None:
    assert rows(sentence) == []


def test_a_quote_paragraph_without_a_speaker_before_it_is_no_statement() -> None:
    assert (
        rows(
            "The meeting took place in Geneva on 3 March.",
            "“Borders that work for everyone, every day of the year.”",
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural noun that looks like a cue gives the quote after it no speaker
        ("Envoys of 41 member states attended the fair.", []),
        ("The chairs of both panels read the closing remarks aloud.", []),
        # the same form after a subject is the cue
        (
            "The committee notes the rise in fees.",
            [("The committee", "notes", "We have never seen so many buyers in one hall", 0)],
        ),
    ],
)
def test_a_quote_after_a_plural_noun_cue_form(
    sentence: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(f"{sentence} “We have never seen so many buyers in one hall.”") == expected


def test_every_quote_is_direct_and_sorted() -> None:
    _, found = quotes(
        "“We are ready for the change,” said Dr. Jane Okafor.",
        "Mr. Paolo Rossi said: “We are ready too, and we will show it.”",
    )
    assert [s.direct for s in found] == [True, True]
    assert [s.start for s in found] == sorted(s.start for s in found)


def test_linear_on_a_long_article() -> None:
    paragraph = (
        "Dr. Jane Okafor met Mr. Paolo Rossi. “We share the same goals,” she said, “and the same means.” "
        "The “Single Window” was discussed."
    )
    art, found = quotes(*([paragraph] * 400))
    assert len(found) == 400
    assert {s.text_in(art) for s in found} == {"We share the same goals and the same means"}


def test_an_unnamed_role_holder_speaks_by_role() -> None:
    _, found = quotes(
        "The Acting Head of the Federal Customs Service attended the forum.",
        "“We are ready to share our experience with all members,” said the Acting Head of the "
        "Federal Customs Service.",
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [
        ("Acting Head of the Federal Customs Service", "person")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("“We are ready for the change,” said Dr. Jane Okafor.",), ("person", "Jane Okafor")),
        (
            (
                "The Acting Head of the Federal Customs Service attended the forum.",
                "“We are ready to share our experience with all members,” said the Acting Head of the "
                "Federal Customs Service.",
            ),
            ("participant", "Acting Head of the Federal Customs Service"),
        ),
        (
            ("The Regional Customs Agency (RCA) hosted the event. “Borders must stay open,” the RCA said.",),
            ("organization", "Regional Customs Agency"),
        ),
        (("Both sides said: “The talks were frank and useful for everyone.”",), (None, None)),
        (("The Council stated: “Members must apply the standard by 2025.”",), (None, None)),
    ],
)
def test_a_quote_speaker_refers_by_id(
    paragraphs: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    # the id names the person, the unnamed role holder or the organization; a group has none
    art = article(*paragraphs)
    who = find_people(art)
    named = (
        {p.id: ("person", p.name) for p in who.people}
        | {r.id: ("participant", r.role) for r in who.participants}
        | {o.id: ("organization", o.name) for o in who.organizations}
    )
    found = find_quotes(art, who)
    assert [named.get(s.speaker_id or "", (None, None)) for s in found] == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a quotation left open and taken up in the next paragraph with a cue of its own: two
        (
            (
                'Commenting on the visit, Dr. Jane Okafor said, "The talks were useful for both of us.',
                '"We will meet again in May to sign the accord," she added.',
            ),
            [
                ("Jane Okafor", "said", "The talks were useful for both of us", 0),
                ("Jane Okafor", "added", "We will meet again in May to sign the accord", 1),
            ],
        ),
        # "adding that," before a quotation: the participle introduces it
        (
            (
                "“The members have agreed on the way ahead,” said Dr. Jane Okafor, adding that, "
                "“their decisions will guide our work next year.”",
            ),
            [
                ("Jane Okafor", "said", "The members have agreed on the way ahead", 0),
                ("Jane Okafor", "adding", "their decisions will guide our work next year", 0),
            ],
        ),
    ],
)
def test_a_quote_with_a_cue_of_its_own(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a dash between the quotation and its attribution
        (
            (
                "Mr. Ali Diallo chaired the meeting.",
                "“The next phase will start in June with new funding” – said Mr. Diallo.",
            ),
            [("Ali Diallo", "said", "The next phase will start in June with new funding", 1)],
        ),
        # "said in his opening remarks that “...”"
        (
            (
                "Mr. Ali Diallo chaired the meeting.",
                "Mr. Diallo said in his opening remarks that “the corridor is the spine of our trade”.",
            ),
            [("Ali Diallo", "said", "the corridor is the spine of our trade", 1)],
        ),
    ],
)
def test_more_attributions(paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]) -> None:
    assert rows(*paragraphs) == expected


def test_a_title_after_that_is_no_quote() -> None:
    assert (
        rows("Mr. Ali Diallo presented the study that “Ports of the Future and Their Trade” describes.") == []
    )


# --- Round 2 (issue 12): attributions the first rules missed ---------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a quotation closing a clause of the sentence, attributed after it
        (
            (
                "Ms. Ana Ruiz spoke first.",
                "In the coming years, ports will “need to double their capacity, which takes time,” "
                "she said.",
            ),
            [("Ana Ruiz", "said", "need to double their capacity, which takes time", 1)],
        ),
        (
            ("By next year the fund will “reach every small trader in the region,” Mr. Omar Haddad added.",),
            [("Omar Haddad", "added", "reach every small trader in the region", 0)],
        ),
        # a long title (with years) between the quotation and the name
        (
            (
                "“Half of our delegates are here for the first time and the programme shows it,” "
                "2011-2013 Union President and Port of Eastbrook Executive Director Ana Ruiz said.",
            ),
            [
                (
                    "Ana Ruiz",
                    "said",
                    "Half of our delegates are here for the first time and the programme shows it",
                    0,
                )
            ],
        ),
    ],
)
def test_attributions_after_a_clause_or_a_long_title(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a name in quotation marks is no statement, even attributed
        ("Ms. Ana Ruiz spoke first.", "The project is called “Blue Ports for All,” she said."),
        # a cue before the quotation in the same clause is the quotes' introduction, not a name
        ("Ms. Ana Ruiz spoke first.", "The plan, which she called “a bridge,” will start in May."),
        # the attribution goes on with content of its own
        (
            "Ms. Ana Ruiz spoke first.",
            "The port will “grow by half in the coming years,” she said that day to us.",
        ),
    ],
)
def test_no_attribution_after_a_clause(paragraphs: tuple[str, ...]) -> None:
    assert rows(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a pronoun after a quotation that the people stage gave to a woman the text names so
        (
            (
                "Mr. Tom Berg met the press. Chairwoman Ana Ngo spoke after him.",
                "“We will double our exports to your country,” he said.",
            ),
            [("Tom Berg", "said", "We will double our exports to your country", 1)],
        ),
        # no one fits: no quote rather than a wrong speaker
        (
            ("Chairwoman Ana Ngo spoke.", "“We will double our exports to your country,” he said."),
            [],
        ),
    ],
)
def test_quote_pronouns_by_gender(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the next quotation, opening the next sentence, goes on with the one attributed after it
        (
            (
                "“Trade across the border has doubled in two years,” said Ms. Ana Ruiz, during the forum, "
                "which was held in the old customs house. “We now need new roads to the port.”",
            ),
            [
                (
                    "Ana Ruiz",
                    "said",
                    "Trade across the border has doubled in two years We now need new roads to the port",
                    0,
                )
            ],
        ),
    ],
)
def test_a_quotation_going_on_after_its_attribution(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


def test_a_person_named_between_two_quotations_ends_the_first() -> None:
    assert rows(
        "“Trade across the border has doubled in two years,” said Ms. Ana Ruiz, during the forum. "
        "Mr. Omar Haddad then spoke. “We now need new roads to the port.”"
    ) == [
        ("Ana Ruiz", "said", "Trade across the border has doubled in two years", 0),
        ("Omar Haddad", "spoke", "We now need new roads to the port", 0),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“The port will double its capacity by next year,” according to Ms. Ana Gill.",
            [("Ana Gill", "according", "The port will double its capacity by next year", 0)],
        ),
        # a document is no speaker
        ("“The port will double its capacity by next year,” according to the report.", []),
    ],
)
def test_according_to_after_a_quotation(sentence: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert rows(sentence) == expected


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said the chair of the board, Ms. Ana Ruiz.", "Ana Ruiz"),
        ("said the board's chair, Peru's Minister of Ports, Ana Ruiz.", "Ana Ruiz"),
        ("said Peru's Minister of Ports, Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_a_name_closing_an_inverted_attribution_is_the_speaker(attribution: str, speaker: str) -> None:
    """After "said", a phrase, then commas and titles, and the name ends the sentence: the name
    is an apposition of the phrase, the same person."""
    found = rows(f"Ports forum opens in Lima with 300 delegates. “We will build the berth,” {attribution}")
    assert [(r[0], r[2]) for r in found] == [(speaker, "We will build the berth")]


def test_a_name_in_a_clause_after_an_inverted_attribution_is_not_the_speaker() -> None:
    found = rows(
        "The Minister of Ports, Tom Ode, spoke. “We will build it,” said Mr. Ode, thanking Ms. Ana Ruiz."
    )
    assert [r[0] for r in found] == ["Tom Ode"]


@pytest.mark.parametrize(
    ("sentence", "cue", "text"),
    [
        (
            "Asked when the ferry would run again, Mayor Lena Strick said “not before spring.”",
            "said",
            "not before spring",
        ),
        ("Asked about the fees, Mayor Lena Strick replied “certainly not.”", "replied", "certainly not"),
    ],
)
def test_a_short_quotation_right_after_said(sentence: str, cue: str, text: str) -> None:
    """After "said" or "replied" a quotation however short is what was said: their bare
    object can be nothing else."""
    assert rows(sentence) == [("Lena Strick", cue, text, 0)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a pull quote signed after a dash, the name and an apposition without a verb
        (
            (
                "Minister Ivo Marek opened the seed fair in Dravna.",
                "“Our wells ran dry in June.” – Lena Hosk, farmer",
            ),
            [("Lena Hosk", "", "Our wells ran dry in June", 1)],
        ),
        # an em dash, a title before the name and a participle in the apposition
        (
            (
                "Minister Ivo Marek opened the seed fair in Dravna.",
                "“Nobody asked us before the rules changed.” — Dr. Lena Hosk, farmer and retired teacher",
            ),
            [("Lena Hosk", "", "Nobody asked us before the rules changed", 1)],
        ),
    ],
)
def test_a_pull_quote_signed_after_a_dash(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected
    # must not: the name after the dash opens a sentence of its own; a title, not a clause
    opening = "Minister Ivo Marek opened the seed fair in Dravna."
    assert (
        rows(opening, "“Our wells ran dry in June.” – Lena Hosk, farmer, met the minister on Monday.") == []
    )
    assert rows(opening, "“Wells and Rains” – Lena Hosk, farmer") == []


def test_a_quote_only_cue_introduces_a_quotation() -> None:
    # "She continued: “...”", "He went on, “...”": a verb of going on before the quotation
    opening = "Ms. Rut Olsen, the Minister of Ports, opened the terminal in Vardby."
    assert rows(opening, "She continued: “Every ship that docks here saves a day of sailing.”") == [
        ("Rut Olsen", "continued", "Every ship that docks here saves a day of sailing", 1)
    ]
    assert rows(opening, "The Minister went on, “Every ship that docks here saves a day of sailing.”") == [
        ("Rut Olsen", "went", "Every ship that docks here saves a day of sailing", 1)
    ]
    # must not: a subject that is no speaker
    assert rows(opening, "The works continued: “Every ship that docks here saves a day of sailing.”") == []


def test_in_the_words_of_and_had_this_to_say_introduce_a_quotation() -> None:
    # no verb of saying: whose words the quotation is, with no cue word
    opening = "Ms. Rut Olsen, the Minister of Ports, opened the terminal in Vardby."
    quoted = "Every ship that docks here saves a day of sailing"
    assert rows(opening, f"In the words of Ms. Olsen, “{quoted}.”") == [("Rut Olsen", "", quoted, 1)]
    assert rows(opening, f"In her own words, “{quoted}.”") == [("Rut Olsen", "", quoted, 1)]
    assert rows(opening, f"The Minister had this to say: “{quoted}.”") == [("Rut Olsen", "", quoted, 1)]
    assert rows(opening, f"Ms. Olsen had the following to say: “{quoted}.”") == [("Rut Olsen", "", quoted, 1)]
    # must not: the words of a song or a document are no one's statement
    assert rows(opening, f"In the words of the old harbour song, “{quoted}.”") == []


def test_a_quotation_after_that_is_no_title() -> None:
    # a cue that may present a title ("accepted “The Golden Anchor”") takes a clause after "that"
    opening = "Ms. Rut Olsen, the Minister of Ports, opened the terminal in Vardby."
    assert rows(opening, "She accepted that “with hindsight, we should have dredged sooner.”") == [
        ("Rut Olsen", "accepted", "with hindsight, we should have dredged sooner", 1)
    ]
    assert rows(opening, "She accepted “The Golden Anchor” from the pilots of Vardby.") == []


# --- Round 3: an attribution's time adjunct, a signature on the line below ------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an adjunct of time after the attribution says nothing of its own
        (
            ("“We are ready for the rains,” Minister Ivo Kask said ahead of the vote.",),
            [("Ivo Kask", "said", "We are ready for the rains", 0)],
        ),
        (
            ("“The cranes are finally here,” Ms. Ana Ruiz said following the meeting.",),
            [("Ana Ruiz", "said", "The cranes are finally here", 0)],
        ),
        # a wire's bare weekday, and "last week" (a time word and its noun, nothing more)
        (
            ("“The toll will not rise this year,” Ms. Lea Roy said Tuesday.",),
            [("Lea Roy", "said", "The toll will not rise this year", 0)],
        ),
        (
            ("“The toll will not rise this year,” Ms. Lea Roy said last week.",),
            [("Lea Roy", "said", "The toll will not rise this year", 0)],
        ),
        # a pull quote closing its paragraph, signed after a dash on the line below
        (
            (
                "Deputy Minister Ana Ruiz opened the Harbour Fair in Tarn.",
                "“We will build the new berths where the trucks already are.”",
                "— Deputy Minister Ana Ruiz",
            ),
            [("Ana Ruiz", "", "We will build the new berths where the trucks already are", 1)],
        ),
    ],
)
def test_attribution_tails_and_signatures(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


def test_a_dash_line_with_a_verb_signs_nothing() -> None:
    assert (
        rows(
            "Deputy Minister Ana Ruiz opened the Harbour Fair in Tarn.",
            "“We will build the new berths where the trucks already are.”",
            "— Ana Ruiz, who opened the fair, met the envoy from Lorvan.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a question's cue with its hearer, a manner adverb, or "aloud" after it
        (
            (
                "Minister Sara Lind met the farmers.",
                "“Why would we wait another year?” she asked the farmers.",
            ),
            [("Sara Lind", "asked", "Why would we wait another year?", 1)],
        ),
        (
            (
                "Minister Sara Lind met the farmers.",
                "“Why would we wait another year?” she asked rhetorically.",
            ),
            [("Sara Lind", "asked", "Why would we wait another year?", 1)],
        ),
        (
            ("Minister Sara Lind met the farmers.", "“Who will pay for the new wells?” she wondered aloud."),
            [("Sara Lind", "wondered", "Who will pay for the new wells?", 1)],
        ),
        # an object that announces the speech: "issued the following statement:"
        (
            (
                "At the end of the visit, Mr. Paolo Benedetti issued the following statement: "
                "“The economy has recovered strongly from the floods.”",
            ),
            [("Paolo Benedetti", "", "The economy has recovered strongly from the floods", 0)],
        ),
        # ... closing the paragraph before, the quotation going on over a paragraph break
        (
            (
                "At the end of the visit, Mr. Paolo Benedetti issued the following statement:",
                "“The economy has recovered strongly from the floods.",
                "“The authorities should now rebuild their fiscal buffers.”",
            ),
            [
                (
                    "Paolo Benedetti",
                    "",
                    "The economy has recovered strongly from the floods The authorities should now "
                    "rebuild their fiscal buffers",
                    0,
                )
            ],
        ),
    ],
)
def test_question_cues_and_announced_statements(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(*paragraphs) == expected


def test_a_hearer_with_a_request_of_its_own_is_content() -> None:
    # "asked the farmers to wait": the request is what she said, not an attribution's tail
    assert rows("Minister Sara Lind met the farmers.", "“Not yet,” she asked the farmers to wait.") == []


def test_an_inverted_attribution_names_the_speaker_before_a_relative_clause() -> None:
    found = rows(
        "“Small ports need special treatment, not special sympathy,” said Peru's trade envoy, "
        "Ambassador Ana Ruiz, who chaired the session with Mr. Omar Haddad."
    )
    assert found == [("Ana Ruiz", "said", "Small ports need special treatment, not special sympathy", 0)]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        # the possessive names whose spokesman spoke, never the speaker
        ("said the President's spokesman.", []),
        ("the President's spokesman said.", []),
        ("said the President's spokesman, Mr. Femi Okoro.", [("Femi Okoro", "The corridor will be built")]),
        ("the President's spokesman, Mr. Femi Okoro, said.", [("Femi Okoro", "The corridor will be built")]),
    ],
)
def test_a_possessive_before_the_speakers_noun_is_not_the_speaker(
    attribution: str, expected: list[tuple[str, str]]
) -> None:
    found = rows(
        "President Tunde Adeyemi received the envoy in Abuja.", f"“The corridor will be built,” {attribution}"
    )
    assert [(r[0], r[2]) for r in found] == expected


def test_a_name_as_a_label_signs_the_quotation_after_its_colon() -> None:
    found = rows(
        "Ms. Lea Holm heads the Lisvik Port Authority.",
        "Holm: “Every barge will need a permit, and we expect the fees to fall.”",
    )
    assert found == [("Lea Holm", "", "Every barge will need a permit, and we expect the fees to fall", 1)]


RUIZ = "Minister Ana Ruiz opened the new terminal in Tarn on Monday."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # another person, the subject of the sentence just before, takes a stance: their words
        (
            "Ruiz said the terminal would double the port's capacity. Port director Omar Haddad was "
            "more cautious. “We have heard such promises before.”",
            [("Omar Haddad", "", "We have heard such promises before", 1)],
        ),
        (
            "Ruiz said the terminal would double the port's capacity. Mr. Omar Haddad, the port "
            "director, was more cautious: “We have heard such promises before.”",
            [("Omar Haddad", "", "We have heard such promises before", 1)],
        ),
        # ... or does something else: no one's surely
        (
            "“The terminal will double our capacity,” Ruiz said. Mr. Omar Haddad listened. "
            "“We have heard such promises before.”",
            [("Ana Ruiz", "said", "The terminal will double our capacity", 1)],
        ),
        # the speaker still the subject: hers
        (
            "“The terminal will double our capacity,” Ruiz said. She thanked Mr. Omar Haddad for "
            "his work. “It will pay for itself within ten years.”",
            [
                ("Ana Ruiz", "said", "The terminal will double our capacity", 1),
                ("Ana Ruiz", "thanked", "It will pay for itself within ten years", 1),
            ],
        ),
    ],
)
def test_a_quote_after_another_persons_sentence(
    paragraph: str, expected: list[tuple[str, str, str, int]]
) -> None:
    assert rows(RUIZ, paragraph) == expected


def test_according_to_before_a_colon_attributes_the_quotation() -> None:
    found = rows(
        "Mr. Luis Ortega briefed the press.",
        "According to Mr. Ortega: “The envoy will travel to the lake in May.”",
    )
    assert found == [("Luis Ortega", "According", "The envoy will travel to the lake in May", 1)]
