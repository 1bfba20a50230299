"""Date lines: the line under the title that gives the publication date, maybe a place."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcli.text.dateline import heading_place, inline_dateline, parse_dateline, publication_line


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("25 October 2021", dt.date(2021, 10, 25), None),
        ("07 March 2019", dt.date(2019, 3, 7), None),
        ("Geneva, January 24, 2003", dt.date(2003, 1, 24), "Geneva"),
        ("21 December 2021, Bangkok Thailand", dt.date(2021, 12, 21), "Bangkok Thailand"),
        ("Thursday 9 June 2022", dt.date(2022, 6, 9), None),
        # two places of a joint release, the slash with or without spaces
        ("Lorvik / Brask, 3 May 2026", dt.date(2026, 5, 3), "Lorvik / Brask"),
        ("Lorvik/Brask, 3 May 2026", dt.date(2026, 5, 3), "Lorvik / Brask"),
        ("LORVIK/BRASK, 3 May 2026", dt.date(2026, 5, 3), "LORVIK / BRASK"),
        # a site's publication line naming its author before the date: no place
        ("Posted by Press Office on 14/05/2026", dt.date(2026, 5, 14), None),
        ("Published by the Ministry on 3 May 2019", dt.date(2019, 5, 3), None),
        ("Posted by: Ana Roel | May 14, 2026", dt.date(2026, 5, 14), None),
        ("Nairobi, Kenya, Friday, 4 June 2021", dt.date(2021, 6, 4), "Nairobi, Kenya"),
        # a dash between the place and the date, not after a day: no range
        ("Apia, Samoa – 7 March 2022", dt.date(2022, 3, 7), "Apia, Samoa"),
        ("Geneva - 7 March 2022", dt.date(2022, 3, 7), "Geneva"),
        ("Sept. 3, 2019", dt.date(2019, 9, 3), None),
        ("1st of April 2020", dt.date(2020, 4, 1), None),
        ("2021-10-25", dt.date(2021, 10, 25), None),
        ("2021-10-25 21:14:05", dt.date(2021, 10, 25), None),  # a time with seconds
        ("2021-10-25T21:14:05Z", dt.date(2021, 10, 25), None),  # ISO 8601 with its time
        ("25-Oct-2021", dt.date(2021, 10, 25), None),
        (
            "Addis Ababa, February 14/2024(ENA)",
            dt.date(2024, 2, 14),
            "Addis Ababa",
        ),  # a slash before the year
        # a Hijri date beside the Gregorian one; an agency's tag without brackets
        ("Riyadh, Rajab 3, 1446, Jan 3, 2025, SPA", dt.date(2025, 1, 3), "Riyadh"),
        # a word saying what the date is, numbers day first, an agency's tag, a colon, brackets
        ("Published 22 November 2018", dt.date(2018, 11, 22), None),
        ("Posted on: 3 May 2019", dt.date(2019, 5, 3), None),
        ("Date Published: 29 August 2023", dt.date(2023, 8, 29), None),
        ("Last updated 14 Feb. 2020", dt.date(2020, 2, 14), None),
        ("23/02/2017", dt.date(2017, 2, 23), None),
        ("07.11.2016", dt.date(2016, 11, 7), None),
        ("21-07-2017, Geneva (Switzerland)", dt.date(2017, 7, 21), "Geneva, Switzerland"),
        ("Sep. 22, 2016", dt.date(2016, 9, 22), None),
        ("Sep.22, 2016", dt.date(2016, 9, 22), None),  # no space after the full stop
        ("Lomé, 4 May 2019 (ATOP)", dt.date(2019, 5, 4), "Lomé"),
        ("HOUSTON, June 3, 2024 /PRNewswire/", dt.date(2024, 6, 3), "HOUSTON"),
        ("Doha-Qatar: 15 May, 2013", dt.date(2013, 5, 15), "Doha-Qatar"),
        ("SUVA 25 June 2018", dt.date(2018, 6, 25), "SUVA"),
        ("Victoria (Seychelles), 3 May 2019", dt.date(2019, 5, 3), "Victoria, Seychelles"),
        # a site's publication line: its category or author after the date is no place
        ("Posted on 3 March 2019 in News", dt.date(2019, 3, 3), None),
        ("Published 3 March 2019 by the Press Office", dt.date(2019, 3, 3), None),
        ("Posted 3 March 2019 | Statements", dt.date(2019, 3, 3), None),
        # a site's label set off by "|", a time after the date, the year first
        ("Press Release | 22 September 2016", dt.date(2016, 9, 22), None),
        ("22 Sep 2016 | News", dt.date(2016, 9, 22), None),
        ("Geneva | 22 September 2016", dt.date(2016, 9, 22), "Geneva"),
        # ... in sentence case, and several of them: the publisher's name, the kind of page
        ("Event report | 22 September 2016", dt.date(2016, 9, 22), None),
        ("Lakeside Institute | Event report | 22 September 2016", dt.date(2016, 9, 22), None),
        ("Lakeside Institute for Global Affairs | Event report | 22 Sep 2016", dt.date(2016, 9, 22), None),
        ("Geneva | Media advisory | 22 September 2016", dt.date(2016, 9, 22), "Geneva"),
        ("September 22, 2016 10:30 AM", dt.date(2016, 9, 22), None),
        ("Monday, September 22, 2016 - 10:30 GMT", dt.date(2016, 9, 22), None),
        ("22 September 2016 14:05", dt.date(2016, 9, 22), None),
        ("Release date: 22/09/2016", dt.date(2016, 9, 22), None),
        ("2016/09/22", dt.date(2016, 9, 22), None),
        # an ordinal in capitals; spaced slashes; a blog's author or category beside the date
        ("7TH MARCH 2026", dt.date(2026, 3, 7), None),
        ("Daily News 18 / 02 / 2026", dt.date(2026, 2, 18), None),
        ("March 7, 2026 by Admin", dt.date(2026, 3, 7), None),
        ("Written by Tove Lind on 7 March 2026", dt.date(2026, 3, 7), None),
        ("Posted in Stories on 4 March 2026", dt.date(2026, 3, 4), None),
        # a kind of release however written beside the date; a weekday after the place's dash
        ("2026-03-07 | Press release", dt.date(2026, 3, 7), None),
        ("7 Mar 2026 — News", dt.date(2026, 3, 7), None),
        ("Lorvik, Ghana - Friday, March 6, 2026", dt.date(2026, 3, 6), "Lorvik, Ghana"),
        ("Lorvik, Ghana – Friday, 6 March 2026", dt.date(2026, 3, 6), "Lorvik, Ghana"),  # an en dash
        # the issuing office or a reading time beside the date: no place
        ("7 March 2026 - Ministry of Trade", dt.date(2026, 3, 7), None),
        ("Press Office – 7 March 2026", dt.date(2026, 3, 7), None),
        # ... written in sentence case
        ("Ministry press service, 7 March 2026", dt.date(2026, 3, 7), None),
        ("Press office, 7 March 2026", dt.date(2026, 3, 7), None),
        ("7 March 2026 | 2 min read", dt.date(2026, 3, 7), None),
        # a time zone with its offset; the year first with dots; a bullet for "|"; labels after labels
        ("05 Mar 2026 11:02 GMT+8", dt.date(2026, 3, 5), None),
        ("2026.03.05", dt.date(2026, 3, 5), None),
        ("March 5, 2026 • 3 min read", dt.date(2026, 3, 5), None),
        ("5 March 2026 | Press Releases | Ministry of Trade", dt.date(2026, 3, 5), None),
        ("Date of Issue: 5.3.2026", dt.date(2026, 3, 5), None),
        # the weekday beside a numeric date that reads both ways says which (5 March 2026: a Thursday)
        ("Thu, 03/05/2026 - 10:30", dt.date(2026, 3, 5), None),
        ("Thursday 05/03/2026", dt.date(2026, 3, 5), None),
        ("Updated 5:42 PM EST, Thu March 5, 2026", dt.date(2026, 3, 5), None),  # the time first
        ("Astana, 5 March 2026, Kazinform", dt.date(2026, 3, 5), "Astana"),  # an agency's name after it
        # a release's label and number before the date
        ("Press Release No. 12/2026 | 7 March 2026", dt.date(2026, 3, 7), None),
        ("Release No. 045/2026 – 5 March 2026", dt.date(2026, 3, 5), None),
    ],
)
def test_date_lines(line: str, date: dt.date, place: str | None) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.date, parsed.place) == (date, place)


@pytest.mark.parametrize(
    "line",
    [
        "5-6 October 2011",  # a range is the event's dates, not the publication's
        "Lisbon, 12-14 May 2019",
        "Lisbon, 12 – 14 May 2019",
        "On 23 October 2021, the minister met the delegation.",  # a sentence
        "31 February 2021",  # no such day
        "October 2021",  # no day
        "The talks lasted until 3 June 2021 in the capital of the country",
        "",
        "On 3 May 2019, Apia",  # a sentence's opening word is no place
        "Published by the Ministry of Ports, Apia, 3 May 2019",  # an issuer with a place: a sign-off's
        "The Council met | 22 September 2016",  # a sentence is no label
        "Delegates adopted it | 22 September 2016",
        "Ana visited the office, 22 September 2016",  # a sentence ending on an office's noun
        "2016/13/22",  # no such month
        "21-13-2017",  # no such month, with hyphens
        "12-14-05-2019",  # a range of days, not one date
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "date_first"),
    [
        ("21 December 2021, Bangkok Thailand", True),
        ("Bangkok, 21 December 2021", False),
        ("21 December 2021", False),
        # a place set off by "|" is the page's
        ("6 March 2026 | Brussels", False),
    ],
)
def test_a_date_before_its_place_is_marked(line: str, date_first: bool) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert parsed.date_first is date_first


@pytest.mark.parametrize(
    ("paragraph", "date", "place", "rest"),
    [
        ("Accra, 9 June 2022 – The President received the envoy.", dt.date(2022, 6, 9), "Accra", "The"),
        # a full stop after an agency's tag or the date line's closing bracket
        ("Lorvik, Tuesday 3 March 2026 (MRREE). The Minister met him.", dt.date(2026, 3, 3), "Lorvik", "The"),
        ("(Lorvik, March 3, 2026). The Minister met him.", dt.date(2026, 3, 3), "Lorvik", "The"),
        ("LIMA, 3 MARCH 2019 The Director met the Minister.", dt.date(2019, 3, 3), "LIMA", "The"),
        ("Lomé, 4 May 2019 (ATOP) – The Director met the Minister.", dt.date(2019, 5, 4), "Lomé", "The"),
        ("Doha-Qatar: 15 May, 2013 – The forum opened.", dt.date(2013, 5, 15), "Doha-Qatar", "The"),
        ("23/02/2017 - The Director met the Minister.", dt.date(2017, 2, 23), None, "The"),
        ("21-07-2017, Geneva: The Director met the Minister.", dt.date(2017, 7, 21), "Geneva", "The"),
        ("MANILA 25 June 2018 – The Board met.", dt.date(2018, 6, 25), "MANILA", "The"),
        # a place alone: known, or in capitals
        ("KIGALI: The Minister hosted a round table here on Monday.", None, "KIGALI", "The"),
        ("Apia - The Director General met the Minister.", None, "Apia", "The"),
        ("PORT VILA: The Minister opened the fair.", None, "PORT VILA", "The"),
        # an agency's tag of several words
        ("GENEVA (ILO News) – The Director-General met the Minister.", None, "GENEVA", "The"),
        ("Tunis, 4 May 2019 (TAP Wire) – The forum opened.", dt.date(2019, 5, 4), "Tunis", "The"),
        # the date in brackets after the place, as the UN writes it
        (
            "NEW YORK (12 May 2016) – The Under-Secretary met the envoy.",
            dt.date(2016, 5, 12),
            "NEW YORK",
            "The",
        ),
        ("Vienna (3 March 2021) - The Director spoke.", dt.date(2021, 3, 3), "Vienna", "The"),
        # a place and its country, in capitals or not
        ("BRUSSELS, Belgium – The Commissioner met the Minister.", None, "BRUSSELS, Belgium", "The"),
        ("Addis Ababa, Ethiopia - The Minister met the envoy.", None, "Addis Ababa, Ethiopia", "The"),
        # a date without a year: the place only (the date is the text's)
        ("KARACHI, Mar 3 (APP): The Governor met the envoy.", None, "KARACHI", "The"),
        ("Karachi, March 3: The Governor met the envoy.", None, "Karachi", "The"),
        ("ADDIS ABABA, Ethiopia, May 12 (ENA) - The Minister met.", None, "ADDIS ABABA, Ethiopia", "The"),
        ("NAIROBI, 12th May – The Minister met the envoy.", None, "NAIROBI", "The"),
        # a town no table knows, its country in brackets (wire copy), a space before the colon
        ("Port Harlow [Kenya], June 3 : The Minister met the envoy.", None, "Port Harlow, Kenya", "The"),
        ("New Lindow (Ghana), 3 June: The Minister met the envoy.", None, "New Lindow, Ghana", "The"),
        ("Mombasa [Kenya], June 3 : The Minister met the envoy.", None, "Mombasa, Kenya", "The"),
        # a wire's agency tag closes the date line where no dash follows it
        ("Lusaka, Nov 8 (ZANIS) In talks with the envoy, the Minister agreed.", None, "Lusaka", "In"),
        ("NEW DELHI, Nov. 8 (IANS) The Minister met the envoy.", None, "NEW DELHI", "The"),
        ("Hanoi (VNA) Vietnamese leaders received the delegation.", None, "Hanoi", "Vietnamese"),
        ("Accra, 9 June 2022 (GNA) The President received the envoy.", dt.date(2022, 6, 9), "Accra", "The"),
        ("LAGOS (Reuters) “We agree,” the Governor said.", None, "LAGOS", "“We"),
        # a dash touching a place in capitals
        ("GENEVA- The Director-General met the delegates.", None, "GENEVA", "The"),
        ("NAIROBI– The Cabinet Secretary received the envoy.", None, "NAIROBI", "The"),
        # a known city with its country in words no table knows, a date vouching for the line
        (
            "Kingstown, St. Vincent – March 3rd, 2026 – The Minister met the envoy.",
            dt.date(2026, 3, 3),
            "Kingstown, St. Vincent",
            "The",
        ),
        # a place and a date closed by a dash and a colon
        ("Suva, Fiji - March 03, 2026: The Minister met him.", dt.date(2026, 3, 3), "Suva, Fiji", "The"),
        # a date line in brackets
        (
            "(Lorvik, Thursday 9 April 2026) The Speaker received the envoy.",
            dt.date(2026, 4, 9),
            "Lorvik",
            "The",
        ),
        ("(Apia, 3 May 2026) - The Minister met the envoy.", dt.date(2026, 5, 3), "Apia", "The"),
        # the building the release was issued from, then the city, then the date
        (
            "State House, Maseru – 4th March 2019 – The King received the envoy.",
            dt.date(2019, 3, 4),
            "State House, Maseru",
            "The",
        ),
        # a place no table knows, in brackets, its date after a dash
        (
            "(Kestrel Bay) – March 4, 2026 – The University signed a pact.",
            dt.date(2026, 3, 4),
            "Kestrel Bay",
            "The",
        ),
    ],
)
def test_inline_date_lines(paragraph: str, date: dt.date | None, place: str | None, rest: str) -> None:
    found = inline_dateline(paragraph)
    assert found is not None
    assert (found.date, found.place) == (date, place)
    assert paragraph[found.end :].startswith(rest)


@pytest.mark.parametrize(
    ("paragraph", "month_day"),
    [
        ("KARACHI, Mar 3 (APP): The Governor met the envoy.", (3, 3)),
        ("Lusaka, Nov. 18 (ZANIS) The Minister met the envoy.", (11, 18)),
        ("ISLAMABAD, 19 MAY (APP) – The envoy called on the Minister.", (5, 19)),
        ("NAIROBI, 2nd June – The Minister met the envoy.", (6, 2)),
        ("Port Harlow [Kenya], June 3 : The Minister met the envoy.", (6, 3)),
        # must not: a date with its year (the publication date), or a place alone
        ("Accra, 9 June 2022 – The President received the envoy.", None),
        ("ISLAMABAD: The envoy called on the Minister.", None),
    ],
)
def test_a_date_line_without_a_year_keeps_its_day(paragraph: str, month_day: tuple[int, int] | None) -> None:
    found = inline_dateline(paragraph)
    assert found is not None
    assert found.month_day == month_day


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE: The Council met again on Friday.",  # a heading word, not a place
        "Note: the figures are provisional.",
        "On 3 May 2019 The Council met.",  # no wire date line: the place is not in capitals
        "In Lima, 3 May 2019 – the Council met.",
        "The Council met on 3 May 2019 - and agreed a plan.",  # a sentence before the dash
        "Background: Fernhill hosted the fair.",
        "UPDATE, May 3: The Council met again.",  # a heading word with a date
        "In March 3 - the Council met again.",
        "On May 3 - the Council met again in Lima.",
        "Notice, Kenya - the Council met again.",  # a heading word before a country
        # brackets after words that are no place: an organization's acronym, a heading word
        "The World Customs Organization (WCO) The Secretary General spoke.",
        "UPDATE (AP) The Council met again.",
        "Members of the Board (MB) Agreed on the plan.",
        # a hyphen touching a word elsewhere: a compound, not a date line
        "The EU- and UN-funded plan - a new one - works.",
        "Vice-President Ana Ruiz - the new chair - met the envoy.",
        # a known city and words no table knows, no date to vouch for them
        "Kingstown, the old port – The Minister met the envoy.",
        # brackets that hold no date line: an aside, a date in a sentence
        "(Updated) The Council met again.",
        "(Kestrel Bay) – The University signed a pact on 4 March 2026.",
        "(The Council met on 3 May 2019.) It agreed a plan.",
        # a body's name in capitals, a masthead, not a place
        "TARNA HARBOUR AUTHORITY — NEWS",
        "NORLAND TRADE OFFICE - Press release",
    ],
)
def test_not_inline_date_lines(paragraph: str) -> None:
    assert inline_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Victoria (Seychelles), 3-4 May 2019", "Victoria, Seychelles"),
        ("4 June 2019, Apia Samoa", "Apia Samoa"),
        ("12-14 March 2024, Suva, Fiji", "Suva, Fiji"),
        ("Lusaka, May 3-4, 2019", "Lusaka"),
        # must not: a sentence, a date alone, no date
        ("The Board met in Suva on 3 May 2019.", None),
        ("5-6 October 2011", None),
        ("Suva, Fiji", None),
    ],
)
def test_heading_place(paragraph: str, place: str | None) -> None:
    assert heading_place(paragraph) == place


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # a known city with its state's abbreviation, in mixed case: the line opening the lead
        ("Washington, DC: A staff team led by Ana Ruiz visited Lorvan.", "Washington, DC"),
        ("Boston, Mass. - The Governor met the envoys.", "Boston, Mass"),
    ],
)
def test_a_known_city_with_its_state_is_a_date_line(paragraph: str, place: str) -> None:
    found = inline_dateline(paragraph)
    assert found is not None and found.place == place
    assert paragraph[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "paragraph",
    [
        # must not: a name before the abbreviation, or a word no table knows as a city
        "Ana Ruiz, DC: the envoy spoke.",
        "Feeling, Ill. - The envoy rested.",
    ],
)
def test_no_date_line_of_an_unknown_word_and_a_state(paragraph: str) -> None:
    assert inline_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "month_day", "rest"),
    [
        # a wire's date line without a year closed by a full stop, its tag between slashes after it
        ("KAZAN, May 7. /TARNA/. The Minister met the envoy.", "KAZAN", (5, 7), "The Minister"),
        # the agency's name between the place and the day
        ("ULAANBAATAR, TOLVINFORM, May 7. The Minister met.", "ULAANBAATAR", (5, 7), "The Minister"),
        ("BEIJING, 7 May. The Minister met the envoy.", "BEIJING", (5, 7), "The Minister"),
    ],
)
def test_a_date_line_without_a_year_closed_by_a_full_stop(
    paragraph: str, place: str, month_day: tuple[int, int], rest: str
) -> None:
    found = inline_dateline(paragraph)
    assert found is not None
    assert (found.place, found.month_day) == (place, month_day)
    assert paragraph[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        # must not: a sentence that ends on a day, a place that is none
        "The envoy came on May 7. He met the Minister.",
        "Tolvo Harbour held talks on May 7. The Minister met the envoy.",
        "Room 4. The Minister met the envoy.",
    ],
)
def test_a_sentence_ending_on_a_day_is_no_date_line(paragraph: str) -> None:
    assert inline_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a numeric date that reads only month first is the American form: no 14th month
        ("Published: 06/14/2024", dt.date(2024, 6, 14)),
        ("Posted 11/30/2023", dt.date(2023, 11, 30)),
        # day first still wins when both read
        ("Published: 12/04/2023", dt.date(2023, 4, 12)),
    ],
)
def test_a_date_that_reads_only_month_first(line: str, date: dt.date) -> None:
    found = publication_line(line)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # a country written with its article is a known place, as the table's "the" is optional
        ("BANJUL, The Gambia, March 12 - The Minister met the envoy.", "BANJUL, The Gambia"),
        ("NASSAU, The Bahamas – The Minister met the envoy.", "NASSAU, The Bahamas"),
    ],
)
def test_a_country_with_its_article_in_a_date_line(paragraph: str, place: str) -> None:
    found = inline_dateline(paragraph)
    assert found is not None
    assert found.place == place
