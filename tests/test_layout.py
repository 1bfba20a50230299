"""Plain-text layout: title, date line, paragraphs and normalisation."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcli.errors import InputError
from briefcli.model import Article, Source
from briefcli.text.layout import build_article, normalise

SRC = Source("file", "test.txt")

# An article of our own, in the corpus layout.
ARTICLE = (
    "Minister Rossi visits the Port Authority of Valparaíso\n"
    "\n"
    "12 March 2024\n"
    "\n"
    "On 11 March 2024, Mr. Paolo Rossi, Minister of Transport of Italy, visited the Port Authority "
    "of Valparaíso, Chile. He met with the Director, Ms. Carla Núñez.\n"
    "\n"
    "Ms. Núñez said that the port would double its capacity by 2030. “We are ready,” she added.\n"
    "\n"
    "Both sides agreed to meet again in Rome.\n"
)
BODY_PARAGRAPHS = [
    "On 11 March 2024, Mr. Paolo Rossi, Minister of Transport of Italy, visited the Port Authority "
    "of Valparaíso, Chile. He met with the Director, Ms. Carla Núñez.",
    "Ms. Núñez said that the port would double its capacity by 2030. “We are ready,” she added.",
    "Both sides agreed to meet again in Rome.",
]


def texts(article: Article) -> list[str]:
    return [article.paragraph_text(p.index) for p in article.paragraphs]


def test_corpus_layout() -> None:
    article = build_article(SRC, ARTICLE)
    assert article.title == "Minister Rossi visits the Port Authority of Valparaíso"
    assert article.published == dt.date(2024, 3, 12)
    assert article.dateline is None
    assert texts(article) == BODY_PARAGRAPHS
    assert [len(p.sentences) for p in article.paragraphs] == [2, 2, 1]


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(ARTICLE.replace("\n\n", "\n"), id="single newlines"),
        pytest.param(ARTICLE.replace("\n", "\r\n"), id="CRLF"),
        pytest.param("\ufeff" + ARTICLE, id="BOM"),
        pytest.param(
            ARTICLE.replace("Mr. Paolo", "Mr.\u00a0Paolo").replace(" visited", "\u2009visited"),
            id="odd spaces",
        ),
        pytest.param(ARTICLE.replace("\n\n", "\n  \n\n"), id="blank lines with spaces"),
        pytest.param("# " + ARTICLE, id="markdown heading"),
        pytest.param(ARTICLE.replace("Authority ", "Authori\u00adty "), id="soft hyphen"),
    ],
)
def test_layout_variants_give_the_same_article(variant: str) -> None:
    expected = build_article(SRC, ARTICLE)
    article = build_article(SRC, variant)
    assert (article.title, article.published, article.text) == (
        expected.title,
        expected.published,
        expected.text,
    )
    assert article.paragraphs == expected.paragraphs


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Title of the release\n\n"
        "On 11 March 2024, the minister visited the port\n"
        "authority and met its director, who showed him\n"
        "the new terminal.\n\n"
        "The visit ended with a lunch.\n"
    )
    article = build_article(SRC, wrapped)
    assert texts(article) == [
        "On 11 March 2024, the minister visited the port authority and met its director, who showed him "
        "the new terminal.",
        "The visit ended with a lunch.",
    ]


def test_dateline_with_place() -> None:
    article = build_article(SRC, "A title\n\nGeneva, January 24, 2003\n\nThe council met. It agreed.\n")
    assert (article.published, article.dateline) == (dt.date(2003, 1, 24), "Geneva")


def test_inline_dateline_opening_the_first_paragraph() -> None:
    text = "A title\n\nState House, Accra, Ghana, Monday 6 May 2024 – The President received the envoy.\n"
    article = build_article(SRC, text)
    assert article.published == dt.date(2024, 5, 6)
    assert article.dateline == "State House, Accra, Ghana"
    assert texts(article)[0].startswith("State House, Accra")  # nothing is cut from the text


def test_a_date_then_a_place_heads_the_event() -> None:
    """GUIDE.md: the publication line is the date the source shows; "date, Place" under the
    title is the heading of the event, the body's first paragraph."""
    text = "A title\n\n4 June 2019, Apia Samoa\n\nThe Director met the Minister.\n"
    article = build_article(SRC, text)
    assert (article.published, article.dateline) == (None, None)
    assert texts(article) == ["4 June 2019, Apia Samoa", "The Director met the Minister."]


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # the first paragraph's date line gives the place a bare date line leaves out
        (
            "A title\n\n14 March 2018\n\nSUVA, 14 March 2018 – The Director met the Minister.\n",
            (2018, 3, 14),
            "SUVA",
        ),
        ("A title\n\nLIMA, 3 MARCH 2019 The Director met the Minister.\n", (2019, 3, 3), "LIMA"),
        ("A title\n\nLomé, 4 May 2019 (ATOP) – The Director met the Minister.\n", (2019, 5, 4), "Lomé"),
        ("A title\n\nKIGALI: The Minister hosted a round table.\n", None, "KIGALI"),
        ("A title\n\nPublished 22 November 2018\n\nThe Director met the Minister.\n", (2018, 11, 22), None),
        # a label of its own, then the date line; a place and a date each closed by a dash
        (
            "A title\n\nPRESS RELEASE\n\n17 July 2019\n\nLIMA – The Director met the Minister.\n",
            (2019, 7, 17),
            "LIMA",
        ),
        ("A title\nPress release\n17 July 2019\n\nThe Director met the Minister.\n", (2019, 7, 17), None),
        # the label with the release's number
        (
            "A title\n\nPress Release No. 45/2024\n18 March 2024\n\nThe Director met the Minister.\n",
            (2024, 3, 18),
            None,
        ),
        (
            "A title\n\nNEWS RELEASE #12\n\n18 March 2024\n\nThe Director met the Minister.\n",
            (2024, 3, 18),
            None,
        ),
        (
            "A title\n\nApia, SAMOA – 26th July 2019 – The Director met the Minister.\n",
            (2019, 7, 26),
            "Apia, SAMOA",
        ),
        (
            "A title\n\nSantiago de Chile, 19.10.2021.- The Director met the Minister.\n",
            (2021, 10, 19),
            "Santiago de Chile",
        ),
        # a masthead above a first paragraph that opens with its date line
        (
            "A title\n\nSecretariat of the Reef Partnership\n\n"
            "6 November 2026, Karvo - The Director met the Minister.",
            (2026, 11, 6),
            "Karvo",
        ),
        # a masthead with a bar, above a wire's date line without a year
        (
            "A title\n\nMINISTRY OF PORTS OF TOLVARA | PRESS SERVICE\n\n"
            "KARVO, 6 November (TNA) – The Director met the Minister.",
            None,
            "KARVO",
        ),
        # a place with its country set off by "|" is no site's label
        (
            "A title\n\nApia, Samoa | 3 March 2026\n\nThe Director met the Minister.\n",
            (2026, 3, 3),
            "Apia, Samoa",
        ),
        # a site's label, then a publication word
        (
            "A title\n\nPort News | Posted on 21 June 2026\n\nThe Director met the Minister.\n",
            (2026, 6, 21),
            None,
        ),
        # a release's label before the date
        (
            "A title\n\nFor immediate release: 3 March 2026\n\nThe Director met the Minister.\n",
            (2026, 3, 3),
            None,
        ),
        # an agency's tag between slashes closes a wire's date line
        ("A title\n\nTOLVARA /KNA/ The Director met the Minister.\n", None, "TOLVARA"),
        # a date line closed by a full stop, its place too
        (
            "A title\n\nCastries, Saint Lucia. March 14, 2026. The Director met the Minister.\n",
            (2026, 3, 14),
            "Castries, Saint Lucia",
        ),
        # a publication word with "on"
        ("A title\n\nLast updated on 9 July 2026\n\nThe Director met the Minister.\n", (2026, 7, 9), None),
        # the issuing office's name in brackets closes the line, as an agency's tag does
        (
            "A title\n\nTOLVARA, 5 May 2026 (Ministry of Foreign Affairs) - The Director met the Minister.\n",
            (2026, 5, 5),
            "TOLVARA",
        ),
        # the lines naming the issuer above the date line are page furniture too
        (
            "A title\n\nOffice of the Press Secretary\nMay 2, 2025\n\nThe Director met the Minister.\n",
            (2025, 5, 2),
            None,
        ),
        (
            "A title\n\nBureau of Public Affairs\nMinistry of Ports and Shipping\nTolvara, 6 May 2025\n\n"
            "The Director met the Minister.\n",
            (2025, 5, 6),
            "Tolvara",
        ),
        # must not: a line of prose above a date is no masthead
        (
            "A title\n\nThe Director met the Minister of Ports.\n6 May 2025\n\nThe talks went well.\n",
            None,
            None,
        ),
        # must not: a heading word before a colon, an acronym the text writes again
        ("A title\n\nUPDATE: The Minister hosted a round table.\n", None, None),
        ("A title\n\nOECS – The Director met the Minister.\n\nThe OECS thanked him.\n", None, None),
        ("A title\n\nKARACHI: The OECS held a fair here.\n\nThe OECS thanked the city.\n", None, "KARACHI"),
        # a date line in the language of the release's country (Spanish, Portuguese, French)
        ("A title\n\nLima, 3 de abril de 2025 - The Minister met the envoy.\n", (2025, 4, 3), "Lima"),
        (
            "A title\n\nBrasília, 4 de março de 2025\n\nThe Minister met the envoy.\n",
            (2025, 3, 4),
            "Brasília",
        ),
        ("A title\n\nDakar, 12 février 2025 - The Minister met the envoy.\n", (2025, 2, 12), "Dakar"),
        # a wire's town in capitals no table knows, its region, then the agency's tag
        ("A title\n\nHAMMERVIK, Norland (AP) — The Minister met the envoy.\n", None, "HAMMERVIK, Norland"),
        # must not: without the tag, or a body's name in capitals
        ("A title\n\nHAMMERVIK, Norland — The Minister met the envoy.\n", None, None),
        ("A title\n\nPORT AUTHORITY, News (AP) — The Minister met the envoy.\n", None, None),
    ],
)
def test_date_line_styles(text: str, published: tuple[int, int, int] | None, place: str | None) -> None:
    article = build_article(SRC, text)
    assert article.published == (dt.date(*published) if published else None)
    assert article.dateline == place
    assert texts(article)[0].startswith(
        (
            "The Director",
            "The Minister",
            "HAMMERVIK",
            "PORT AUTHORITY",
            "Lima",
            "Dakar",
            "UPDATE",
            "OECS",
            "KARACHI",
            "KIGALI",
            "SUVA",
            "LIMA",
            "Lomé",
            "Apia",
            "Santiago",
            "TOLVARA",
            "KARVO",
            "6 November",
            "Castries",
        )
    )


def test_range_line_stays_a_paragraph() -> None:
    text = "A title\n\n6 October 2011\n\n5-6 October 2011\n\nThe symposium took place.\n"
    article = build_article(SRC, text)
    assert article.published == dt.date(2011, 10, 6)
    assert texts(article) == ["5-6 October 2011", "The symposium took place."]


def test_metadata_title_drops_its_copy_in_the_text() -> None:
    text = "Minister Rossi visits the port\n25 October 2021\nThe minister came.\nHe left.\n"
    article = build_article(SRC, text, title="Minister Rossi visits the port", published=dt.date(2021, 1, 1))
    assert article.title == "Minister Rossi visits the port"
    assert article.published == dt.date(2021, 10, 25)  # the date line wins over metadata
    assert texts(article) == ["The minister came.", "He left."]


def test_metadata_date_used_without_date_line() -> None:
    article = build_article(SRC, "The minister came.\n", title="T", published=dt.date(2021, 1, 1))
    assert article.published == dt.date(2021, 1, 1)
    assert texts(article) == ["The minister came."]


def test_a_long_first_line_is_body_not_title() -> None:
    first = "The minister of transport met the director of the port authority on Monday to discuss " * 2
    article = build_article(SRC, first.strip() + ".\n\nShe agreed.\n")
    assert article.title is None
    assert len(article.paragraphs) == 2


def test_offsets_point_into_the_body() -> None:
    article = build_article(SRC, ARTICLE)
    for p in article.paragraphs:
        for s in p.sentences:
            sentence = article.span(s.start, s.end)
            assert sentence == sentence.strip()
            assert sentence in article.paragraph_text(p.index)
    assert [s.index for s in article.sentences] == list(range(5))


@pytest.mark.parametrize("text", ["Only a title\n\n25 October 2021\n", "\n \n25 October 2021"])
def test_no_body_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        build_article(SRC, text)


def test_normalise_keeps_curly_quotes_and_dashes() -> None:
    assert normalise("“Yes” – she said\u00a0 so’") == "“Yes” – she said so’"


@pytest.mark.parametrize(
    "control",
    list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"),
)
def test_normalise_drops_bidirectional_controls(control: str) -> None:
    # An override would show "Mr. Stone said" as "Mr. dias enotS" in every output; a mark is
    # invisible and would split the name from its other mentions.
    assert normalise(f"Mr.{control} Stone{control} said{control}.") == "Mr. Stone said."
    article = build_article(SRC, f"Talks in Riga{control}\n\nMr. Stone{control} said the port would open.")
    assert article.title == "Talks in Riga"
    assert texts(article) == ["Mr. Stone said the port would open."]


def test_a_single_line_is_a_one_paragraph_article() -> None:
    article = build_article(SRC, "The minister said that the port would open.")
    assert article.title is None
    assert texts(article) == ["The minister said that the port would open."]


@pytest.mark.parametrize(
    ("last", "published"),
    [
        ("Last updated: 4 March 2026", (2026, 3, 4)),
        ("Published: 21/08/2025", (2025, 8, 21)),
        ("26.01.2026", (2026, 1, 26)),
        ("Issued by the Information Office, Tolvara, 16 July 2025.", (2025, 7, 16)),
        ("KNA/ 9 February 2026", (2026, 2, 9)),
        # an issuing office's lines joined, no comma before the date
        ("Issued by: Press Office\nMinistry of Ports and Harbours\n23 April 2026", (2026, 4, 23)),
        ("Released by the Press Desk of the Tolvara Port Board April 23, 2026", (2026, 4, 23)),
        # where and when in words
        ("Issued in Tolvara on 16 July 2025", (2025, 7, 16)),
        ("Done at Apia, on 3 May 2026.", (2026, 5, 3)),
        # a closing label's line that ends on the date
        ("Media contact: Press Office, Karvo. 14 December 2026", (2026, 12, 14)),
        # "hrs" after the time; a page's review date
        ("Released on 5 March 2026 at 10:00 hrs", (2026, 3, 5)),
        ("Page last reviewed: 05/03/2026", (2026, 3, 5)),
    ],
)
def test_a_sign_off_date_line_under_the_last_paragraph(last: str, published: tuple[int, int, int]) -> None:
    text = f"A title\n\nThe Director met the Minister in Tolvara.\n\nThe talks went well.\n\n{last}\n"
    article = build_article(SRC, text)
    assert article.published == dt.date(*published)
    assert texts(article) == ["The Director met the Minister in Tolvara.", "The talks went well."]
    # must not: a last paragraph that tells a date is the article's
    told = "A title\n\n8 May 2026\n\nThe Director met the Minister.\n\nThe next meeting: Tolvara, 3 May 2027"
    assert texts(build_article(SRC, told))[-1] == "The next meeting: Tolvara, 3 May 2027"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a section's name above, set apart: page furniture, as a masthead is
        ("A title\n\nCampus News\n\nFriday, 6 March 2026\n\nThe Director met the Minister.", "The Director"),
        # a standfirst above: no paragraph of the body, which opens after the date line (GUIDE.md)
        (
            "A title\n\nIsland exporters look for markets in Tolvara\n\nTolvara | April 8, 2026\n\n"
            "The Director met the Minister.\n",
            "The Director",
        ),
        # ... nor above a first paragraph that opens with its date line; its figures are no date
        (
            "A title\n\nMission signs 14 deals worth USD 320 million\n\nMANILA, 5 June 2026 - "
            "The Director met the Minister.\n",
            "The Director",
        ),
    ],
)
def test_a_date_line_under_a_heading_of_its_own(text: str, first: str) -> None:
    article = build_article(SRC, text)
    assert article.published is not None
    assert texts(article)[0].startswith(first)
    assert texts(article)[-1] == "The Director met the Minister."


def test_a_date_line_after_a_standfirst_dates_and_places_the_release() -> None:
    article = build_article(
        SRC,
        "A title\n\nMission signs 14 deals worth USD 320 million\n\nMANILA, 5 June 2026 - The "
        "Secretary led a business mission of 40 companies to South Korea.\n\nThe talks went well.\n",
    )
    assert (article.published, article.dateline) == (dt.date(2026, 6, 5), "MANILA")
    assert texts(article)[0].startswith("The Secretary led")


def test_a_place_after_a_byline_opens_the_body_as_its_date_line() -> None:
    # "By A. Yusuf" / "LAGOS — The Governor ...": the byline and the place are no words of the body
    article = build_article(
        SRC,
        "A title\n\nBy Ada Okon, Correspondent\n\nLAGOS — The Governor on Saturday toured three "
        "flooded villages.\n\nThe talks went well.\n",
    )
    assert article.dateline == "LAGOS"
    assert texts(article)[0].startswith("The Governor on Saturday")


@pytest.mark.parametrize(
    "text",
    [
        "Press release – Office of the Governor of Tarska\n\nGovernor opens ferry terminal\n\n"
        "The Governor, Mr. Ilan Vesk, opened the new ferry terminal in Tarska on Friday.\n",
        "NEWS RELEASE\n\nGovernor opens ferry terminal\n\n"
        "The Governor, Mr. Ilan Vesk, opened the new ferry terminal in Tarska on Friday.\n",
        "Governor opens ferry terminal\n\nMedia release: Tarska Port Authority\n\n"
        "The Governor, Mr. Ilan Vesk, opened the new ferry terminal in Tarska on Friday.\n",
    ],
)
def test_a_release_label_with_no_date_line_is_no_title_nor_paragraph(text: str) -> None:
    article = build_article(SRC, text)
    assert article.title == "Governor opens ferry terminal"
    assert texts(article) == [
        "The Governor, Mr. Ilan Vesk, opened the new ferry terminal in Tarska on Friday."
    ]


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Lusaka\n12 March 2026", "Lusaka"),  # a place on its own line above the date
        ("MARAVAL\n12 March 2026", "MARAVAL"),
        # must not: an issuer's name above the date is no place
        ("Office of the Spokesperson\n12 March 2026", None),
    ],
)
def test_a_place_line_above_the_date_line(head: str, place: str | None) -> None:
    article = build_article(SRC, f"A title\n\n{head}\n\nThe ministers met on Tuesday.\n\nThey agreed.\n")
    assert (article.dateline, article.published) == (place, dt.date(2026, 3, 12))
    assert texts(article) == ["The ministers met on Tuesday.", "They agreed."]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a numeric date that reads both ways is month first over a place of the United States
        ("A title\n\n03/07/2026\n\nSPRINGVALE, Ark. – The Governor met the envoy.\n", (2026, 3, 7)),
        ("A title\n\n04/11/2026\n\nTARLOW, Ohio – The Governor met the envoy.\n", (2026, 4, 11)),
        # must not: elsewhere day first; a day past twelve; dots, which no American form has
        ("A title\n\n03/07/2026\n\nSUVA – The Minister met the envoy.\n", (2026, 7, 3)),
        ("A title\n\n23/07/2026\n\nSPRINGVALE, Ark. – The Governor met the envoy.\n", (2026, 7, 23)),
        ("A title\n\n03.07.2026\n\nTarlow, Ohio – The Governor met the envoy.\n", (2026, 7, 3)),
    ],
)
def test_a_numeric_date_over_an_american_date_line(text: str, published: tuple[int, int, int]) -> None:
    assert build_article(SRC, text).published == dt.date(*published)


def test_a_publication_line_under_a_standfirst_sentence() -> None:
    text = (
        "A title\n\nThe talks focused on trade.\n\nPosted on 7 March 2026 by the Press Office\n\n"
        "The Minister met the envoy.\n\nThey agreed.\n"
    )
    article = build_article(SRC, text)
    assert article.published == dt.date(2026, 3, 7)
    assert texts(article) == ["The talks focused on trade.", "The Minister met the envoy.", "They agreed."]
    # must not: a sentence that gives a date is a paragraph
    text = "A title\n\nThe talks focused on trade.\n\nThe plan was posted on 7 March 2026.\n\nThey agreed.\n"
    assert build_article(SRC, text).published is None


def test_a_sites_fields_under_its_date_line_are_no_paragraph() -> None:
    text = "A title\n\nDate: 7 March 2026\nAuthor: Press Office\nCategory: News\n\nThe Minister met him.\n"
    article = build_article(SRC, text)
    assert (article.published, texts(article)) == (dt.date(2026, 3, 7), ["The Minister met him."])


def test_a_label_and_its_town_government_above_the_date_line() -> None:
    text = (
        "A title\n\nNews Release – City of Tarlow Bay\nMonday, February 23, 2026\n\n"
        "TARLOW BAY, Ore. – The Mayor met the envoy.\n\nThey agreed.\n"
    )
    article = build_article(SRC, text)
    assert (article.published, article.dateline) == (dt.date(2026, 2, 23), "TARLOW BAY, Ore")
    assert texts(article)[0].startswith("TARLOW BAY")


@pytest.mark.parametrize("mark", ["ENDS", "-ENDS-", "###", "- 30 -"])
def test_a_releases_end_mark_is_no_paragraph(mark: str) -> None:
    text = f"A title\n\nThe Director met the Minister.\n\nThey agreed.\n\nSuva, 5 May 2026\n\n{mark}\n"
    article = build_article(SRC, text)
    assert (article.published, texts(article)) == (
        dt.date(2026, 5, 5),
        ["The Director met the Minister.", "They agreed."],
    )


@pytest.mark.parametrize(
    ("field", "place"),
    [
        # a field beside the date line that gives the place: no paragraph, the date line's place
        ("Location: Tolvo Harbour, Fiji", "Tolvo Harbour, Fiji"),
        ("Venue: Apia", "Apia"),
    ],
)
def test_a_place_field_beside_the_date_line_is_its_place(field: str, place: str) -> None:
    text = (
        f"A title\n\nDate: Thursday, 14 November 2024\n{field}\n\nThe Ministers met.\n\nThey agreed a plan.\n"
    )
    article = build_article(Source("stdin", "-"), text)
    assert (article.dateline, article.published) == (place, dt.date(2024, 11, 14))
    assert article.text[article.paragraphs[0].start : article.paragraphs[0].end] == "The Ministers met."


# A page copied whole: the furniture around the article is no part of it.
_PAGE = """Home / News / Diplomacy

Minister meets her Tarvian counterpart in Rask

Share on Facebook Share on X Email

Foreign Minister Ana Ruiz (right) with Tarvian Foreign Minister Ivo Sand in Rask. (Photo: Press Office)

RASK, 12 September 2025 - Foreign Minister Ana Ruiz met her Tarvian counterpart Ivo Sand on Friday.

READ ALSO: Trade with Tarvia hits record high

Related to the talks, the two ministers signed a memorandum on consular cooperation.

Tags: Diplomacy, Tarvia

Related articles

Prime Minister to visit Tarvia in October
"""


def test_page_furniture_is_no_part_of_the_article() -> None:
    article = build_article(Source("stdin", "-"), _PAGE)
    assert article.title == "Minister meets her Tarvian counterpart in Rask"
    assert article.published == dt.date(2025, 9, 12)
    assert texts(article) == [
        "RASK, 12 September 2025 - Foreign Minister Ana Ruiz met her Tarvian counterpart Ivo Sand on Friday.",
        "Related to the talks, the two ministers signed a memorandum on consular cooperation.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a credit in a sentence that places no one in the picture is the account's
        "The ministers toured the new terminal (Photo: Port of Tolvo).",
        # two steps with no "Home", or a sentence: a headline, no path
        "Ports / Trade: the Minister's plan for 2026.",
        # a label alone early in the text is a heading of the article's own
        "Topics",
    ],
)
def test_lines_like_furniture_that_are_the_articles(line: str) -> None:
    body = "\n\n".join([line, "The Minister met the Mayor of Tolvo on Monday.", "They discussed the port."])
    article = build_article(Source("stdin", "-"), f"Port talks in Tolvo\n\n{body}\n")
    assert line.strip() in " ".join(texts(article)) or article.title == line


@pytest.mark.parametrize(
    "label", ["MINISTRY OF PORTS - PRESS RELEASE No. 45/2026", "Office of the Governor | Media release"]
)
def test_an_issuer_before_its_release_label_is_no_paragraph_nor_date_line(label: str) -> None:
    body = "Tarska, 14 May 2026 – The Governor opened the terminal."
    text = f"Governor opens ferry terminal\n\n{label}\n\n{body}\n"
    article = build_article(SRC, text)
    assert (article.published, article.dateline) == (dt.date(2026, 5, 14), "Tarska")
    assert texts(article) == [body]
