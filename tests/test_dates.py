"""Dates in the body text: every form, year inference, relative dates, and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcli.analysis.dates import find_dates, resolve_year
from briefcli.analysis.tense import clause_tense
from briefcli.model import Article, DateMention, Source
from briefcli.text.layout import build_article

PUBLISHED = dt.date(2021, 10, 25)  # a Monday


def _article(body: str, published: dt.date | None = PUBLISHED) -> Article:
    """An article with a title, the date line of ``published`` (if any) and ``body``."""
    date_line = f"{published.day} {published:%B %Y}\n\n" if published else ""
    article = build_article(Source("stdin", "-"), f"A test article\n\n{date_line}{body}")
    assert article.published == published
    return article


def _dates(body: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(m.date, m.until) for m in find_dates(_article(body, published))]


def _mentions(body: str, published: dt.date | None = PUBLISHED) -> tuple[Article, tuple[DateMention, ...]]:
    article = _article(body, published)
    return article, find_dates(article)


# One row per form: the sentence, the (date, until) pairs it gives.
FORMS = [
    # absolute dates
    ("The Ministers met in Lisbon on 23 October 2021.", [("2021-10-23", None)]),
    ("The Ministers met in Lisbon on October 23, 2021.", [("2021-10-23", None)]),
    ("The agreement was signed on 23/10/2021 in Rabat.", [("2021-10-23", None)]),
    ("The agreement was signed on 23.10.2021 in Rabat.", [("2021-10-23", None)]),
    ("The agreement was signed on 10/23/2021 in Rabat.", [("2021-10-23", None)]),  # 23 > 12: a day
    ("The agreement was signed on 05/04/2021 in Rabat.", [("2021-04-05", None)]),  # both <= 12: day first
    ("The report is dated 2021-10-23.", [("2021-10-23", None)]),
    ("The Council convened on the 23rd of October 2021.", [("2021-10-23", None)]),
    ("The Council convened on the 23rd of October.", [("2021-10-23", None)]),
    ("The Council convened on Tuesday, 19 October 2021 in Brussels.", [("2021-10-19", None)]),
    ("The talks took place on 3 Sept. 2019 in Oslo.", [("2019-09-03", None)]),
    # no space after an abbreviated month's full stop
    ("The talks took place on Sept.3, 2019 in Oslo.", [("2019-09-03", None)]),
    ("The fair took place Oct.5-6, 2011 in Bergen.", [("2011-10-05", "2011-10-06")]),
    # ranges
    ("The workshop was held from 6 to 8 July 2017 in Accra.", [("2017-07-06", "2017-07-08")]),
    ("The workshop was held on 9-11 December 2013 in Lima.", [("2013-12-09", "2013-12-11")]),
    ("The workshop was held on 9–11 December 2013 in Lima.", [("2013-12-09", "2013-12-11")]),
    ("The seminar ran from 29 April— 2 May, online.", [("2021-04-29", "2021-05-02")]),
    ("The delegates met on 13 and 14 May in Vienna.", [("2021-05-13", "2021-05-14")]),
    ("The delegates met on 5, 6 and 7 May 2020 in Vienna.", [("2020-05-05", "2020-05-07")]),
    ("The mission lasted from 27 February to 2 March 2016.", [("2016-02-27", "2016-03-02")]),
    ("The mission lasted from December 28, 2020 to January 3, 2021.", [("2020-12-28", "2021-01-03")]),
    ("The mission lasted from January 30 to February 1, 2013.", [("2013-01-30", "2013-02-01")]),
    ("The fair took place September 7-8, 2011 in Bergen.", [("2011-09-07", "2011-09-08")]),
    ("The experts met from 9-11 April 2014.", [("2014-04-09", "2014-04-11")]),
    ("The trip ran from 28 December to 2 January 2022.", [("2021-12-28", "2022-01-02")]),
    # months
    ("The two leaders first met in June 2019 in Osaka.", [("2019-06", None)]),
    ("The June 2019 meeting adopted the plan.", [("2019-06", None)]),
    ("The strategy was adopted in March.", [("2021-03", None)]),
    ("The campaign ran June–July 2019 in ten provinces.", [("2019-06", "2019-07")]),
    ("The reform has been in force since mid-April.", [("2021-04", None)]),
    ("The office will open in March.", [("2022-03", None)]),  # future: on or after publication
    # no year: the year of the publication date, kept in the past for a past clause
    ("The prizes were awarded on 6 July at the Town Hall.", [("2021-07-06", None)]),
    ("The Summit, which will begin on 14 December, is the main event.", [("2021-12-14", None)]),
    ("The Conference will open on 3 January in Geneva.", [("2022-01-03", None)]),
    ("The review held on 10 December found gaps.", [("2020-12-10", None)]),
    ("The Ministers met on October 11 in Zagreb.", [("2021-10-11", None)]),
    # relative to the publication date (Monday 25 October 2021)
    ("The Ministers met yesterday in Quito.", [("2021-10-24", None)]),
    ("At a staff assembly today, the Director praised the team.", [("2021-10-25", None)]),
    ("Today, the Director opened the new office.", [("2021-10-25", None)]),
    ("The talks will continue tomorrow.", [("2021-10-26", None)]),
    # a week is told as the month holding most of its days (its Thursday's)
    ("The Council met last week to review the budget.", [("2021-10", None)]),
    ("The Council will meet next week.", [("2021-11", None)]),
    ("The Council met late last week.", [("2021-10", None)]),
    # ... and not at all when the text dates its days
    ("The Minister met the envoy this week. On 27 October, they signed a pact.", [("2021-10-27", None)]),
    ("The Council met last week. It meets again on 3 November.", [("2021-10", None), ("2021-11-03", None)]),
    # "today" of a comment, or meaning "nowadays" as a possessive, is no date
    ("Mr Ortiz said today that the port is ready.", []),
    ("The port is ready, the Director today announced.", []),
    # ... but a speech verb with a partner after it is a conversation, a happening
    ("Chancellor Ida Varga spoke today with the Premier of Ostland.", [("2021-10-25", None)]),
    ("The Chancellor today spoke by telephone with Premier Ole Brandt.", [("2021-10-25", None)]),
    ("The Director opened the office today.", [("2021-10-25", None)]),
    ("The reforms will help traders in today's economy.", []),
    ("Trade grew, and the Council met yesterday's deadline.", [("2021-10-24", None)]),
    # a month inside a quotation still counts; a day does not
    ('"We signed the charter last month," she said.', [("2021-09", None)]),
    ('"We will build it tomorrow," she said.', []),
    # a typo gluing the range word to the day
    ("The delegates met on 13 and14 May in Vienna.", [("2021-05-13", "2021-05-14")]),
    # a past date a few days after the publication date (a time zone, a release written ahead)
    ("He spoke after his call on the Minister on 26 October.", [("2021-10-26", None)]),
    ("The treaty was signed on 3 November.", [("2020-11-03", None)]),  # over three days: last year
    # a date in a phrase without a verb takes the tense of the clause it belongs to
    ("A meeting on 19 September, in Geneva, will review the plan.", [("2022-09-19", None)]),
    ("A meeting on 19 September, in Geneva, reviewed the plan.", [("2021-09-19", None)]),
    ("The Council adopted the text last month.", [("2021-09", None)]),
    ("The summit will take place next month.", [("2021-11", None)]),
    ("The Minister arrived on Friday.", [("2021-10-22", None)]),
    ("The Minister will arrive on Friday.", [("2021-10-29", None)]),
    ("The Minister arrived last Monday.", [("2021-10-18", None)]),
    ("The Minister will arrive next Monday.", [("2021-11-01", None)]),
    # relative to the date the text gave last
    (
        "The Forum opened on 5 May 2021. The following day, the Ministers signed the accord.",
        [("2021-05-05", None), ("2021-05-06", None)],
    ),
    # "until" ends a state that lasts: the coming day or month, unless its own words are past
    ("The fair, which runs until Friday, has drawn 600 traders.", [("2021-10-29", None)]),
    ("Mr. Brenn holds the chair until December.", [("2021-12", None)]),
    ("The envoy stayed until Friday and then left for Apia.", [("2021-10-22", None)]),
    ("The fair runs until Friday.", [("2021-10-29", None)]),
    # a part of the day after the one the text gave last
    (
        "The Minister toured a clinic in Varo on 4 March 2021. The following morning, she met the Governor.",
        [("2021-03-04", None), ("2021-03-05", None)],
    ),
    (
        "The Council closed on 9 June 2021. The previous evening, the delegates dined at the Palace.",
        [("2021-06-09", None), ("2021-06-08", None)],
    ),
    (
        "The Forum ran from 5 to 7 May 2021. The next day, the experts met.",
        [("2021-05-05", "2021-05-07"), ("2021-05-08", None)],
    ),
    (
        "The Forum opened on 5 May 2021. The day before, the experts met.",
        [("2021-05-05", None), ("2021-05-04", None)],
    ),
    # with an object, "the day after" counts from that occasion, not from the date given last
    (
        "The Forum opened on 5 May 2021. The plan was adopted the day after a long debate.",
        [("2021-05-05", None)],
    ),
    (
        "The accord was signed in May 2021. The next month, it entered into force.",
        [("2021-05", None), ("2021-06", None)],
    ),
    # ... the last one with a day: a month alone has no following day
    (
        "The Board met on 12 May 2021 and will review the plan in August 2021. "
        "The following day, the delegates toured the port.",
        [("2021-05-12", None), ("2021-08", None), ("2021-05-13", None)],
    ),
    (
        "The Board met on 4 March 2021 and plans a review in June. The next day, the experts met.",
        [("2021-03-04", None), ("2021-06", None), ("2021-03-05", None)],
    ),
    # a deadline is no date, and leaves the anchor of "the next day" alone
    (
        "The Council met on 2 June 2021 and asked members to report by 30 June. "
        "The next day, the experts met.",
        [("2021-06-02", None), ("2021-06-03", None)],
    ),
    # a month without a year: the next one in a clause that looks ahead, the last one in a past one
    ("The Council agreed on the text in July.", [("2021-07", None)]),
    ("The Council agreed to adopt the text at its session in July.", [("2022-07", None)]),
    ("The Board proposed that the code be signed in Geneva in July.", [("2022-07", None)]),
    ("The ministers will meet again in July.", [("2022-07", None)]),
    # ... or after the participle that fixes an event's time
    ("The next round of talks is scheduled for July.", [("2022-07", None)]),
    ("A second workshop is planned for July in Orla.", [("2022-07", None)]),
    # a day that opens or closes a meeting of a given length is its first or last day
    ("The Council on Friday concluded a three-day session in Oslo.", [("2021-10-20", "2021-10-22")]),
    # ... the day between the verb and its object
    ("The Minister concluded on Friday a three-day visit to Oslo.", [("2021-10-20", "2021-10-22")]),
    # a timetable's present before a weekday tells the coming one
    ("The conference ends on Thursday.", [("2021-10-28", None)]),
    ("The conference ended on Thursday.", [("2021-10-21", None)]),
    # ... a short complement between them too
    ("The delegation leaves for Tarn on Thursday.", [("2021-10-28", None)]),
    ("The delegation left for Tarn on Thursday.", [("2021-10-21", None)]),
    # a month that someone looks forward to is a coming one
    ("The Mayor looked forward to the first cohort of apprentices in July.", [("2022-07", None)]),
    # ... and so does one a relative clause after the meeting's length opens or closes on it
    ("The delegates met at a two-day meeting that ended on Friday.", [("2021-10-21", "2021-10-22")]),
    ("The three-day forum, which opened on Monday, adopted a plan.", [("2021-10-25", "2021-10-27")]),
    # a range of weekdays (25 October 2021 was a Monday); its closing weekday is no date of its own
    ("The fair ran from Wednesday to Friday in Tarn.", [("2021-10-20", "2021-10-22")]),
    ("The talks took place between Tuesday and Thursday.", [("2021-10-19", "2021-10-21")]),
    # "this" before a weekday points as "on" does: the last one, or the next in a future clause
    ("The Minister received the envoy this Friday.", [("2021-10-22", None)]),
    ("The envoy will travel to Tarn this Thursday.", [("2021-10-28", None)]),
    # two weekdays in a row after "on" are both days; two apart stay the first one's
    ("The envoy held talks in Tarn on Thursday and Friday.", [("2021-10-21", "2021-10-22")]),
    ("The envoy will hold talks in Tarn on Tuesday and Wednesday.", [("2021-10-26", "2021-10-27")]),
    ("The envoy held talks in Tarn on Tuesday and Friday.", [("2021-10-19", None), ("2021-10-22", None)]),
    ("The envoy held talks in Tarn last Thursday and Friday.", [("2021-10-21", "2021-10-22")]),
    # a weekend is its Saturday and Sunday, the last one or the next (25 October 2021 was a Monday)
    ("The envoy toured the coast over the weekend.", [("2021-10-23", "2021-10-24")]),
    ("The envoy will tour the coast this weekend.", [("2021-10-30", "2021-10-31")]),
    # days counted back in words
    ("The envoy arrived in Tarn two days ago.", [("2021-10-23", None)]),
    # ... or the meeting's own verb, and a place with its country between them
    ("The three-day workshop opened on Monday.", [("2021-10-25", "2021-10-27")]),
    (
        "The Mayor is on a four-day visit to Tarn, Lesotho, which began on Monday.",
        [("2021-10-25", "2021-10-28")],
    ),
    ("The two-day talks that opened in Oslo went well, the Minister said on Friday.", [("2021-10-22", None)]),
    ("The Ministers opened a two-day forum in Rabat on 12 May 2021.", [("2021-05-12", "2021-05-13")]),
    (
        "At the close of a 3-day meeting on 4 June 2021, the delegates adopted a plan. "
        "The day before the meeting opened, the Chair met the press.",
        [("2021-06-02", "2021-06-04"), ("2021-06-01", None)],
    ),
    ("The Council adopted the three-day agenda on 4 June 2021.", [("2021-06-04", None)]),
    # "the following day" counts from the scene's date, not from a background date after it
    (
        "The Minister on 8 May 2021 received the envoy, two days after the summit held in Rome "
        "on 5 and 6 May. The following day, the envoy toured the port.",
        [("2021-05-08", None), ("2021-05-05", "2021-05-06"), ("2021-05-09", None)],
    ),
    (
        "The envoy arrived on 3 May 2021 and was received on 4 May. The next day, he left.",
        [("2021-05-03", None), ("2021-05-04", None), ("2021-05-05", None)],
    ),
    # a quotation counts from when the speaker spoke, not from the publication date
    (
        "“A road we build today saves a bridge tomorrow,” the Minister said on Friday.",
        [("2021-10-22", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0][:50] for f in FORMS])
def test_date_forms(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(sentence) == expected


# Sentences that hold no event date.
NOT_DATES = [
    "The Council may decide to postpone the vote.",
    "May I add that the delegation was warmly received.",
    "Thousands march in the capital every year.",
    "The March Forward campaign reached schools.",
    "The office has hosted the Regional Centre since 1953.",
    "The first meeting took place in 1994.",
    "The Accord of 2008 remains the reference.",
    "The agency celebrated its 40th anniversary in 2015.",
    "The Ministers prepared MC12 with care.",
    "Over 160 representatives and 30 officers attended the 76th session.",
    "The course lasted nine months and trained 30 officers.",
    "The hotline is open 24/7 for traders.",
    "The tariff fell by 12.5 per cent in two years.",
    "Version 3.10.2 of the software was released.",
    "Ms. Theresa May 2019 campaign papers were archived.",
    "June Smith spoke about the reform.",
    "The challenges Customs face today are complex.",  # nowadays, present tense
    "“We face new risks today,” said the Director.",
    "The Commission will report in due course.",
    "Members met in recent years to discuss it.",
    # deadlines: nothing takes place on them
    "The Board asked all agencies to file their plans by December.",
    "Members must submit their reports by 30 June 2021.",
    "The plan is to be ready by the end of March.",
    "Comments are due no later than 15 November.",
    "The office must reopen by next week.",
    # relative words in a quotation: the speaker's time, not the publication's
    "“A clinic opened today is a life saved tomorrow,” she said.",
    "“We will decide next week. Our partners’ views matter tomorrow,” she said.",
    '"The Council meets on Monday," the Director said.',
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert _dates(sentence) == []


def test_relative_dates_need_a_publication_date() -> None:
    assert _dates("The Ministers met yesterday in Quito.", published=None) == []


def test_without_a_publication_date_the_year_comes_from_the_text() -> None:
    body = (
        "The Committee met on 24 and 25 September 2018 in Windhoek.\n\n"
        "The Ministers recalled the treaty signed in March by the Heads of State.\n\n"
        "They discussed the findings of the auditors who met from 10 to 12 September."
    )
    assert _dates(body, published=None) == [
        ("2018-09-24", "2018-09-25"),
        ("2018-03", None),
        ("2018-09-10", "2018-09-12"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a wire's date line without a year is the day relative dates count from; its year is the
        # text's (12 March 2019 was a Tuesday)
        (
            "KARACHI, 12 MARCH (APP) – The envoy called on the Governor here on Monday. "
            "The forum will be held in Lahore on 3 May 2019.",
            [("2019-03-11", None), ("2019-05-03", None)],
        ),
        (
            "Lusaka, Mar 12 (ZANIS) The Minister said yesterday the talks of 2019 went well.",
            [("2019-03-11", None)],
        ),
        (
            "NAIROBI, 12th March – The envoys, who arrived today, met the Minister on Friday. "
            "They recalled the summit of 9 February 2019.",
            [("2019-03-12", None), ("2019-03-12", None), ("2019-03-08", None), ("2019-02-09", None)],
        ),
        # the release is written after what its past clauses tell, and its day is the
        # reference of a month without a year (3 June 2025 was a Tuesday)
        (
            "TOLVO, June 3 (KNA) - The chiefs met on Tuesday in Tolvo. They will continue the talks "
            "in September. The two services last met in November 2024.",
            [("2025-06-03", None), ("2025-09", None), ("2024-11", None)],
        ),
        # must not: a date line without a date, or no year anywhere in the text
        ("KARACHI (APP) – The envoy called on the Governor here on Monday in 2019.", []),
        ("KARACHI, 12 MARCH (APP) – The envoy called on the Governor here on Monday.", []),
    ],
)
def test_a_yearless_date_line_is_the_day_relative_dates_count_from(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(body, published=None) == expected


def test_a_date_without_any_year_to_take_is_dropped() -> None:
    assert _dates("The Ministers met on 2 July in Rome.", published=None) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one year a sentence names, as an event's name does
        ("The 2019 Pacific Ports Expo, held on June 3-4, drew 300 firms.", [("2019-06-03", "2019-06-04")]),
        ("The Ports Expo 2019 was held in Suva on 3 June.", [("2019-06-03", None)]),
        # must not: two years, or none
        ("The 2019 Expo, held on June 3-4, recalled the 2015 charter.", []),
        ("The Expo, held on June 3-4, drew 300 firms.", []),
    ],
)
def test_without_any_date_the_year_is_the_one_the_sentence_names(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(body, published=None) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The forum ran from 3 to 5 May 2019. On the second and third days, experts met in panels.",
            [("2019-05-03", "2019-05-05"), ("2019-05-04", "2019-05-05")],
        ),
        (
            "The forum ran from 3 to 5 May 2019. The first day opened with a ceremony. "
            "On the final day, the ministers signed the accord.",
            [("2019-05-03", "2019-05-05"), ("2019-05-03", None), ("2019-05-05", None)],
        ),
        # must not: a day past the meeting's end, or a meeting of one day
        (
            "The forum ran from 3 to 4 May 2019. On the third day, experts met.",
            [("2019-05-03", "2019-05-04")],
        ),
        ("The forum opened on 3 May 2019. On the second day, experts met.", [("2019-05-03", None)]),
        # a day told in between leaves the visit the one "the last day" counts in
        (
            "The envoy concluded on 5 May 2019 a three-day visit. On 4 May 2019 she met the Mayor. "
            "On the last day of the visit, she signed the accord.",
            [("2019-05-03", "2019-05-05"), ("2019-05-04", None), ("2019-05-05", None)],
        ),
        # a part of the meeting an ordinal names: the opening ceremony, the closing session
        (
            "The forum ran from 3 to 5 May 2019. At the opening ceremony, the Mayor spoke. "
            "In the closing session, delegates adopted a plan.",
            [("2019-05-03", "2019-05-05"), ("2019-05-03", None), ("2019-05-05", None)],
        ),
        # ... never of a meeting of one day
        (
            "The forum opened on 3 May 2019. In the closing session, delegates adopted a plan.",
            [("2019-05-03", None)],
        ),
        # a day of the programme by its number: "day two", "Day 3"
        (
            "The mission ran from 3 to 5 May 2019. On day two, the traders met the Mayor. "
            "Day 3 of the mission took them to the port.",
            [("2019-05-03", "2019-05-05"), ("2019-05-04", None), ("2019-05-05", None)],
        ),
        (
            "The fair ran from 3 to 5 May 2019. On day one, the Minister opened it.",
            [("2019-05-03", "2019-05-05"), ("2019-05-03", None)],
        ),
        # ... not past the programme's end
        ("The fair ran from 3 to 4 May 2019. On day five, it closed.", [("2019-05-03", "2019-05-04")]),
    ],
)
def test_the_days_of_a_meeting_by_their_order(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body, published=None) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the day of the return from a trip of N days is its last day
        (
            "The delegation returned on Sunday from a four-day trade mission to Tarvia.",
            [("2021-10-21", "2021-10-24")],
        ),
        (
            "The Governor returned home on Sunday after a three-day visit to Tarvia.",
            [("2021-10-22", "2021-10-24")],
        ),
        # must not: a length of something else than the trip
        ("The Governor returned on Sunday after a two-day delay.", [("2021-10-24", None)]),
        ("The Governor returned on Sunday to a two-day backlog of files.", [("2021-10-24", None)]),
    ],
)
def test_the_return_from_a_trip_of_days_ends_it(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # the gathering's name is part of the phrase, whole: never cut after its first word
        (
            "The Harbour Week ran from 3 to 7 May 2019. The ministers met on the second day of "
            "the Harbour Week Conference to discuss port security.",
            "the second day of the Harbour Week Conference",
        ),
        # a common noun: one word, as before
        (
            "The visit ran from 3 to 7 May 2019. On the last day of the visit, ministers met.",
            "the last day of the visit",
        ),
    ],
)
def test_a_day_by_order_spans_its_gathering_name(body: str, span: str) -> None:
    article, mentions = _mentions(body, published=None)
    assert [article.text[m.start : m.end] for m in mentions][-1] == span


def test_spans_paragraphs_and_sentences() -> None:
    article, mentions = _mentions(
        "The Board met in Rome.\n\nIt opened on 4 May 2020. The visit ended on 6 May 2020."
    )
    assert [(article.text[m.start : m.end], m.paragraph, m.sentence) for m in mentions] == [
        ("4 May 2020", 1, 1),
        ("6 May 2020", 1, 2),
    ]


def test_an_inline_date_line_is_a_date() -> None:
    assert _dates("Lima, Peru, Thursday 9 June 2022 – The Minister met his counterpart.") == [
        ("2022-06-09", None)
    ]


def test_an_inline_date_lines_day_is_no_day_of_the_meeting_its_sentence_tells() -> None:
    """The day the release was filed, not the first of "a two-day visit" told after it."""
    assert _dates("Nairobi, 22 March 2024 – The Minister concluded a two-day visit on 21 March.") == [
        ("2024-03-22", None),
        ("2021-03-20", "2021-03-21"),  # (the helper's publication year)
    ]


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("which will begin on 14 December", 1),
        ("the treaty signed in March", -1),
        ("the experts met on 2 May", -1),
        ("the office opens on 2 May", 0),
    ],
)
def test_clause_tense(clause: str, tense: int) -> None:
    article = _article(clause)
    assert clause_tense(article, 0, len(clause)) == tense


# A verb that looks ahead governs the date after it: its infinitive or "that" clause is future.
@pytest.mark.parametrize(
    ("clause", "month", "tense"),
    [
        ("the ministers agreed to present their plan at the summit in October", "October", 1),
        ("the Board recommended that the code be adopted at the Assembly in November", "November", 1),
        ("the Minister invited the investors to visit the port in June", "June", 1),
        ("the Board met in May and agreed to meet again", "May", -1),  # the verb comes after the date
        ("the delegates agreed to the plan drafted in May", "May", -1),  # "to the": a preposition
        # ... not a date of the occasion the decision was taken at, introduced or told as held
        ("the ministers agreed to harmonise their policies at a meeting in Abuja in May", "May", -1),
        ("the two sides decided to set up a group at talks held in Lima in May", "May", -1),
        ("the ministers agreed to meet at a summit in May", "May", 1),  # the meeting planned
        # "to" an event it names: the event's date, to come
        ("the envoy invited the Minister to the Harbour Trade Fair in Tarn in October", "October", 1),
    ],
)
def test_a_verb_that_looks_ahead(clause: str, month: str, tense: int) -> None:
    start = clause.index(month)
    assert clause_tense(_article(clause), start, start + len(month)) == tense


@pytest.mark.parametrize(
    ("month", "day", "reference", "tense", "exact", "year"),
    [
        (12, 10, dt.date(2013, 1, 15), 0, True, 2012),  # nearest
        (11, 30, dt.date(2021, 6, 3), 1, True, 2021),  # future
        (3, None, dt.date(2018, 9, 20), -1, False, 2018),  # past, reference from the text
        (9, 22, dt.date(2018, 9, 20), -1, False, 2018),  # past, but within the slack
        (2, 29, dt.date(2021, 3, 1), 0, True, 2020),  # the leap year
    ],
)
def test_resolve_year(
    month: int, day: int | None, reference: dt.date, tense: int, exact: bool, year: int
) -> None:
    assert resolve_year(month, day, reference, tense, exact=exact) == year


def test_a_long_unpunctuated_text_is_fast() -> None:
    import time

    body = "the delegation met 12 officials and 30 May 2019 " * 20000
    started = time.perf_counter()
    mentions = find_dates(_article(body))
    assert time.perf_counter() - started < 5
    assert len(mentions) == 20000


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # no publication date, no full date: the latest year the text names in running words
        (
            "The Speaker received the envoy in Hanoi on December 4.\n\n"
            "She described 2019 as a good year for the two parliaments, after the accord signed in 2017.",
            [("2019-12-04", None)],
        ),
        ("In 2018 the fund grew.\n\nThe board met on 3 May in Suva.", [("2018-05-03", None)]),
        # a year in a name is not the year the text speaks from
        ("The board met on 3 May in Suva to review the 2030 Agenda and Vision 2050.", []),
        # nor one a span since runs from: the text speaks from a later year
        ("The board met on 3 May in Suva.\n\nTrade has tripled since 2020.", []),
        # the sentence's own year (several: which one is unknown) wins over the text's
        ("The 2019 Expo, held on June 3-4, recalled the 2015 charter.\n\nIn 2018 the fund grew.", []),
    ],
)
def test_without_any_date_the_year_is_the_latest_the_text_names(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(body, published=None) == expected


# What the years' words were read with before: one regex that tried a word before a year at
# every word of the text. The faster reading must find the same words.
_ONE_REGEX = r"(?P<before>[\w-]+)?\s*(?<![\w/.-])(?P<year>(?:19|20)\d\d)(?![\w/-])\s*(?P<after>\w+)?"


def _by_one_regex(text: str) -> list[tuple[str | None, int, int, str | None]]:
    import re

    return [(m["before"], m.start("year"), m.end("year"), m["after"]) for m in re.finditer(_ONE_REGEX, text)]


@pytest.mark.parametrize(
    "text",
    [
        "She described 2019 as a good year, after the accord signed in 2017.",
        "(2019 2020) and 2021 2022 2023, Agenda 2063-2070 and mid-2024 in 2025-ab 2026",
        "2019\n\n2020, in 1999 ab-cd 2000 x2001 2002_ 2003",
    ],
)
def test_the_words_around_years_are_those_one_regex_read(text: str) -> None:
    from briefcli.analysis.dates import _years_in_words

    assert [tuple(y) for y in _years_in_words(text)] == _by_one_regex(text)


def test_the_words_around_years_on_random_text() -> None:
    import random

    from briefcli.analysis.dates import _years_in_words

    rng = random.Random(7)
    atoms = ["2019", "2020", "1999", " ", "\n", "\t", "\u00a0", "-", "/", ".", ",", "("]
    atoms += ["a", "Ab", "_", "é", "20", "1"]
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(1, 14)))
        assert [tuple(y) for y in _years_in_words(text)] == _by_one_regex(text), repr(text)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The new office, which was opened last evening, will serve traders.", [("2021-10-24", None)]),
        (
            "The Minister arrived last night and met the Governor today.",
            [("2021-10-24", None), ("2021-10-25", None)],
        ),
    ],
)
def test_evening_and_night_before(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire copy drops the "on" before a weekday (the publication date, 25 October 2021, is a
        # Monday): between a subject and its verb, after a verb, before a part of the day
        ("Richard Roe Thursday congratulated the Minister.", [("2021-10-21", None)]),
        ("The ministers took part Wednesday in the symposium.", [("2021-10-20", None)]),
        ("The envoy met the Minister Friday night in Lima.", [("2021-10-22", None)]),
        ("The Governor, who arrived Sunday, met the Mayor.", [("2021-10-24", None)]),
        # a weekday that opens a date is no date of its own
        ("On Tuesday the 18th of May, the envoy met the Minister.", [("2021-05-18", None)]),
        ("The envoy met the Minister on Monday, the 3rd of May.", [("2021-05-03", None)]),
        # an occasion named by its weekday's possessive, after "at"
        ("The ministers agreed on the plan at Thursday's meeting in Apia.", [("2021-10-21", None)]),
        ("The envoy signed the accord after Friday's talks.", [("2021-10-22", None)]),
        # must not: a habit, a possessive, a name, a weekday as a subject
        ("The market is closed every Friday at noon.", []),
        ("He recalled Monday's meeting with the envoy.", []),
        ("The Good Friday Agreement was recalled by the Minister.", []),
        ("Tuesday was a busy day for the Minister.", []),
        ("The Monday Club met the envoy.", []),
    ],
)
def test_a_weekday_without_its_on(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a "that" after the date opens what was said or decided, with a time of its own: the
        # saying is past (the publication date, 25 October 2021, is a Monday)
        ("The Minister announced on Thursday that Kenya will host the expo.", [("2021-10-21", None)]),
        ("The Minister said on Tuesday that talks would resume.", [("2021-10-19", None)]),
        ("On Friday, the Governor confirmed that she will attend the summit.", [("2021-10-22", None)]),
        ("The envoys agreed Wednesday that the next round will be held in Accra.", [("2021-10-20", None)]),
        # must not: a future clause before the "that", or no "that"
        ("The Minister will announce on Thursday that the deal was signed.", [("2021-10-28", None)]),
        ("The summit will open on Thursday in Accra.", [("2021-10-28", None)]),
        ("It was agreed that the next round will be held on Thursday.", [("2021-10-28", None)]),
    ],
)
def test_what_was_said_has_a_time_of_its_own(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "and" before a finite verb joins a predicate with a time of its own (25 October 2021
        # was a Monday)
        (
            "The delegation arrived on Wednesday and will remain in Karvo until Saturday.",
            [("2021-10-20", None), ("2021-10-30", None)],  # "until" a weekday: the coming one
        ),
        (
            "The envoy had earlier visited Apia and Suva and is expected in Karvo on Sunday.",
            [("2021-10-31", None)],
        ),
        # must not: "and" between two names
        ("The envoy visited Apia and Suva on Friday.", [("2021-10-22", None)]),
    ],
)
def test_a_predicate_joined_by_and_has_its_own_tense(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "tense"),
    [
        # a date set off by an apposition belongs to the clause before it
        ("The two ministers agreed to convene a trade fair in Olvik, the Tarnese capital, in October.", 1),
        ("The envoys decided to meet in Brask, a port town, in March.", 1),
        ("The Council held its session in Olvik, the Tarnese capital, in October.", -1),
        # must not: a phrase with a verb of its own keeps its own tense
        ("The Minister agreed to visit Olvik, which hosted the games in October.", -1),
    ],
)
def test_a_date_after_an_apposition_takes_the_tense_of_its_clause(body: str, tense: int) -> None:
    article = _article(body)
    at = article.text.rindex(" in ") + 4
    assert clause_tense(article, at, at + 5) == tense


@pytest.mark.parametrize(
    ("body", "tense"),
    [
        # an invitation to an event named by its host's possessive is to come
        ("The Mayor invited the visitors to Olvik's harvest festival in September.", 1),
        ("The Mayor invited the visitors to the harvest festival in September.", 1),
        ("The Mayor invited the visitors to Olvik Harvest Fair in September.", 1),  # a name without "the"
        # must not: a past event the possessive names without a verb that looks ahead
        ("The Mayor opened Olvik's harvest festival in September.", -1),
    ],
)
def test_an_invitation_to_a_possessive_event_looks_ahead(body: str, tense: int) -> None:
    article = _article(body)
    at = article.text.rindex(" in ") + 4
    assert clause_tense(article, at, at + 9) == tense


def test_without_a_publication_date_a_weekday_counts_from_a_date_given_with_its_own() -> None:
    body = "The Reef Forum opened in Lorvik on Sunday, 21 June 2026. The Forum continues until Wednesday."
    assert _dates(body, published=None) == [("2026-06-21", None), ("2026-06-24", None)]
    # must not: a date whose weekday the text does not give fixes no week
    assert _dates(body.replace("Sunday, ", ""), published=None) == [("2026-06-21", None)]


def test_a_past_weekday_is_in_the_week_of_a_date_given_with_its_own() -> None:
    # a weekday names a day of the reference's week: with no publication date, that of the day
    # the text dates with its weekday (left undated, the meeting took the Monday of the opening)
    body = "The Reef Forum opened in Lorvik on Monday, 22 June 2026. On Tuesday, the ministers met."
    assert _dates(body, published=None) == [("2026-06-22", None), ("2026-06-23", None)]
    body = "The Envoy met the Mayor on Thursday, 25 June 2026. On Monday, she had toured the port."
    assert _dates(body, published=None) == [("2026-06-25", None), ("2026-06-22", None)]
    # ... not one told as "last" or "next", nor without a weekday given beside a date
    body = "The Reef Forum opened in Lorvik on Monday, 22 June 2026. Last Tuesday, the ministers met."
    assert _dates(body, published=None) == [("2026-06-22", None)]
    body = "The Reef Forum opened in Lorvik on 22 June 2026. On Tuesday, the ministers met."
    assert _dates(body, published=None) == [("2026-06-22", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Forum Is Due To open in May",
        "ministers WILL meet in Apia",
        "the UPCOMING summit",
        "talks are to resume",
        "Ministers met in Apia on Monday",
        "café talks will resume",
    ],
)
def test_the_look_up_before_the_future_pattern_never_hides_a_marker(text: str) -> None:
    from briefcli.analysis.tense import _FUTURE, _may_be_future

    assert _may_be_future(text) or _FUTURE.search(text) is None
    assert _may_be_future(text) is not ("met in Apia" in text)


def test_the_same_day_of_a_past_scene_counts_from_the_story_not_a_plan() -> None:
    # 25 October 2021 is a Monday: "on Thursday" in a future clause is the 28th
    body = (
        "The envoy, Ms. Ana Lind, opened the forum in Tolvik on 22 October.\n\n"
        "She said she will travel to Velsk on Thursday to meet the Governor.\n\n"
        "Earlier the same day, Ms. Lind met the Mayor of Tolvik."
    )
    assert _dates(body) == [("2021-10-22", None), ("2021-10-28", None), ("2021-10-22", None)]
    # must not: a plan's own "same day" still counts from the plan
    plan = "She will travel to Velsk on Thursday. The same day, she will open a trade office."
    assert _dates(plan) == [("2021-10-28", None), ("2021-10-28", None)]


def test_the_same_day_skips_a_day_told_in_a_relative_clause() -> None:
    body = (
        "Ms. Ana Lind spoke at the forum in Tolvik on 22 October.\n\n"
        "The forum, which opened on 21 October, drew 300 people.\n\n"
        "She said she will travel to Velsk on Thursday.\n\n"
        "Earlier the same day, she met the Mayor of Tolvik."
    )
    assert _dates(body)[-1] == ("2021-10-22", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a noun's future after the date does not make the clause's past verb future: Thursday
        # before the release
        ("The Ministry on Thursday held a consultation ahead of the rainy season.", "2021-10-21"),
        ("The Council on Thursday approved a budget for the upcoming fair.", "2021-10-21"),
        # must not: the noun's date ("ahead of the summit on Thursday"), a future verb
        ("The ministers met in Lima ahead of the summit on Thursday.", "2021-10-28"),
        ("The ministers will meet on Thursday ahead of the summit.", "2021-10-28"),
    ],
)
def test_a_nouns_future_after_the_date_leaves_a_past_verb_past(body: str, expected: str) -> None:
    assert [d for d, _ in _dates(body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a travel plan's present before a weekday, a few words between: the coming weekday
        ("The Minister returns home on Saturday.", "2021-10-30"),
        ("The delegation arrives in Port Vila on Thursday for the talks.", "2021-10-28"),
        # must not: a past verb
        ("The Minister returned home on Saturday.", "2021-10-23"),
    ],
)
def test_a_travel_plans_present_tells_the_coming_weekday(body: str, expected: str) -> None:
    assert [d for d, _ in _dates(body)] == [expected]


def test_the_same_day_after_a_span_holding_the_day_is_that_day() -> None:
    body = (
        "The Minister held talks on 19 May as part of his official visit from 18 to 20 May.\n\n"
        "The same day, he called on the President."
    )
    assert _dates(body) == [("2021-05-19", None), ("2021-05-18", "2021-05-20"), ("2021-05-19", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a week named after a weekday or a range of them holds them, and is no date of its own
        ("The Director opened the workshop on Monday last week.", [("2021-10-18", None)]),
        ("The Director held a workshop from Monday to Wednesday last week.", [("2021-10-18", "2021-10-20")]),
        ("The envoy will visit Tolvo on Thursday next week.", [("2021-11-04", None)]),
        # a past range of weekdays cannot end after the release: the week before (a Tuesday's)
        ("The Director held a workshop from Monday to Wednesday.", [("2021-10-18", "2021-10-20")]),
        # must not: a present range runs this week; a three-day event opened on Monday
        ("The workshop runs from Monday to Wednesday.", [("2021-10-25", "2021-10-27")]),
        ("The three-day workshop opened on Monday.", [("2021-10-25", "2021-10-27")]),
    ],
)
def test_weekdays_in_a_named_week_or_before_the_release(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    published = dt.date(2021, 10, 26)  # a Tuesday
    assert _dates(body, published) == expected


# A quoted question or exclamation ends its clause: its "will" is no tense of the reporting one.
@pytest.mark.parametrize(
    ("clause", "day", "tense"),
    [
        ("“How will the new bridge be paid for?” the Minister asked on Monday.", "Monday", -1),
        ('"Who will pay for the new wells?" a farmer asked the envoy on Monday.', "Monday", -1),
        ("“We will never give up!” the Mayor told the crowd on Monday.", "Monday", -1),
        ("“Will the bridge open on Monday?” she asked.", "Monday", 1),  # the date inside the question
    ],
)
def test_a_quoted_question_is_no_tense_of_its_attribution(clause: str, day: str, tense: int) -> None:
    start = clause.index(day)
    assert clause_tense(_article(clause), start, start + len(day)) == tense
