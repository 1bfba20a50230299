"""The event's location: the date line's place, a date heading's, the lead's; never a place of an
earlier event, of a visit to come, of a guest's base, or of an online meeting."""

from __future__ import annotations

import pytest

from briefcli.analysis.people import find_people
from briefcli.analysis.places import sentence_venue
from briefcli.model import Source
from briefcli.text.layout import build_article


def location(text: str) -> str | None:
    return find_people(build_article(Source("stdin", "-"), "A title\n\n" + text)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line of any style gives its place, with the country
        ("KIGALI: The Minister hosted a round table here on Monday.", "Kigali, Rwanda"),
        ("Doha-Qatar: 15 May, 2013 – The forum opened.", "Doha, Qatar"),
        ("14 March 2018\n\nSUVA, 14 March 2018 – The Director met the Minister.", "Suva, Fiji"),
        ("Lusaka, Nov 8 (ZANIS) In talks with the envoy, the Minister agreed a plan.", "Lusaka, Zambia"),
        # a first paragraph that is only a date and a place heads the event
        ("Victoria (Seychelles), 3-4 May 2019\n\nThe Council met. It agreed a plan.", "Victoria, Seychelles"),
        ("4 June 2019, Apia Samoa\n\nThe Director met the Minister.", "Apia, Samoa"),
        # the lead's own place for its event wins over the date line (the agency's city)
        (
            "Lomé, 4 May 2019 (ATOP) – The ministers take part in the forum, held this year in Accra.",
            "Accra, Ghana",
        ),
        ("Rome - The Director General visited Lima, Peru, on Monday.", "Lima, Peru"),
        # two places joined by "and"
        (
            "The ministers took part in the symposium, held this year in Athens and Lagonissi.",
            "Athens and Lagonissi, Greece",
        ),
        # must not: a place with its state, two places, a list of known cities
        ("The symposium was held in Scottsdale, Arizona, on 24 May.", "Scottsdale, Arizona, United States"),
        ("The ministers met in Lagos, Abuja and Kano over three days.", "Lagos, Nigeria"),
        # a visitor who "is visiting" a city is there: it wins over the date line's (the agency's)
        (
            "LAGOS - The Minister, who is visiting Nairobi with traders, held talks on Friday.",
            "Nairobi, Kenya",
        ),
        ("ACCRA: The envoy, currently visiting Lisbon, met the Mayor.", "Lisbon, Portugal"),
        # the destination of the lead's visit; a dated "in X on DATE" later on
        ("The Minister met the envoy this week, as part of the envoy's visit to Ottawa.", "Ottawa, Canada"),
        (
            "The Secretary-General thanked Fiji for its leadership.\n\n"
            "He spoke after his call on the Prime Minister in Suva on 12 April.",
            "Suva, Fiji",
        ),
        # a city whose name opens with a word organizations use ("Port")
        (
            "The Ambassador called on the Minister at her office in Port Moresby.",
            "Port Moresby, Papua New Guinea",
        ),
        # a known city after a venue's name; a city whose name an organisation's pattern reads
        ("The President received the envoy at State House, Entebbe, on Monday.", "Entebbe, Uganda"),
        ("The workshop was held in Port of Spain from 3 to 5 May.", "Port of Spain, Trinidad and Tobago"),
        # a signing's place wins over the date line's; a visit's city over its country; a venue
        # named after a city with "and" inside its name
        (
            "NAIROBI, 3 March 2024 (KNA) – Kenya and Uganda on Monday signed a trade pact in Kampala.",
            "Kampala, Uganda",
        ),
        (
            "The Minister is on a working visit to Japan, where she met the Foreign Minister in Tokyo.",
            "Tokyo, Japan",
        ),
        (
            "The forum opened at the Bangkok International Trade and Exhibition Centre on Monday.",
            "Bangkok, Thailand",
        ),
        # "In" opening the sentence before a known city
        (
            "In Geneva on Tuesday, the Director-General met the Minister of Health of Chile.",
            "Geneva, Switzerland",
        ),
        # a country's capital told by its demonym alone (the capital from GeoNames)
        ("The ministers met in the Kenyan capital on Monday.", "Nairobi, Kenya"),
        # a known city that owns the district after it
        ("The forum was held at a hotel in Nairobi's Westlands district on Monday.", "Nairobi, Kenya"),
        # a venue named after a known city, after an organization's possessive
        (
            "The Director met the Minister on 3 May at the Agency's Geneva headquarters.",
            "Geneva, Switzerland",
        ),
        # a state's formal name, after "the"
        ("The President concluded a state visit to the Portuguese Republic on Friday.", "Portugal"),
        # spellings of a capital
        ("The Director visited Washington DC and met the Commissioner.", "Washington DC, United States"),
        # a place the lead gives a meeting held in person, whoever joined online
        (
            "The Minister joined by videoconference the meeting, which was held in Colombo, Sri Lanka.",
            "Colombo, Sri Lanka",
        ),
        # the lead's place told as a kind of settlement, an unlisted word before it
        ("TOLVO, June 3 (KNA) - The chiefs met on Tuesday in the lakeside town of Karvo.", "Karvo"),
        # the lead's occasion, told with "at", in another city than the date line's
        (
            "TOLVARA, 5 May 2026 (KNA) - The two Prime Ministers on Monday signed a treaty fixing the "
            "boundary between their countries at a ceremony in Apia.",
            "Apia, Samoa",
        ),
        # a visit told by its country, its city in the next paragraph's scene
        (
            "The Chamber's President led a business mission to Bhutan from 3 to 7 May.\n\n"
            "In Thimphu, the mission met the Minister of Industry.",
            "Thimphu, Bhutan",
        ),
        # ... the scene's place after the counterpart's name set off by commas
        (
            "ACCRA, 9 May 2026 - The Minister concluded a two-day official visit to Bhutan.\n\n"
            "On Monday, she held talks with her counterpart, Mr. Tashi Dorji, in Thimphu.",
            "Thimphu, Bhutan",
        ),
        # must not: a city of the country where no event is placed
        (
            "The Premier welcomed the President on her first visit to Fiji.\n\n"
            "He praised the new Embassy in Suva, which opened last week.",
            "Fiji",
        ),
        # a town no table knows, where the lead moves the event, is in the date line's country
        ("PORT LOUIS, 6 May 2026 - The Committee met on Monday in Tolvo.", "Tolvo, Mauritius"),
        (
            "6 May 2026, Port Louis - The Committee met in hybrid format on 4 May, with delegates "
            "gathered at the Secretariat in Tolvo and others joining online.",
            "Tolvo, Mauritius",
        ),
        ("PORT LOUIS, 6 May 2026 - The Committee met on Monday in Apia.", "Apia, Samoa"),
        # ... unless the lead names another country: a neighbour's town, maybe (not in a name)
        (
            "ASTANA, 9 July 2026 - The Minister held talks with his Kyrgyz counterpart in the resort "
            "town of Tolvo on Monday.",
            "Tolvo",
        ),
        (
            "PORT LOUIS, 6 May 2026 - The Indian Ocean Rim Commission met on Monday in Tolvo.",
            "Tolvo, Mauritius",
        ),
        # ... and so is one the lead puts the venue in
        (
            "Castries, Saint Lucia. 14 March 2026. The Government hosted the session on 12 March at the "
            "Harbour Resort in Tolvo.",
            "Tolvo, Saint Lucia",
        ),
        # a page's masthead, a line of names, is not the lead
        (
            "Embassy of Kazakhstan in the Republic of Tajikistan\n\nOn 3 May, the Ambassador paid a visit "
            "to Khujand, where he met the Governor.",
            "Khujand, Tajikistan",
        ),
        # a delegation led to a city: the visit's place
        ("The Commissioner led a delegation to Port Louis from 3 to 5 May.", "Port Louis, Mauritius"),
        # a known city whose name ends with a country's is not cut there
        ("Port of Spain | May 4, 2026\n\nThe Chamber met.", "Port of Spain, Trinidad and Tobago"),
    ],
)
def test_location(text: str, expected: str | None) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an earlier event's place
        "The Secretary-General briefed envoys on last week’s 22nd Summit in Apia, today at the Secretariat.",
        # a visit to come, in reported speech
        "The Minister met the Director. He added he would soon visit the Director in Paris.",
        # a guest's base
        "A group of Lima-based envoys met the Director on 9 May.",
        # an online meeting: neither the date line's place nor the places it joins
        "KIGALI: The Ministry held a webinar on trade with three experts.",
        "The conference convened virtually between Apia and Suva, Fiji, from 3 to 7 May.",
        # a call or video talks: the date line's city is where the release was written
        "KIGALI, 3 May 2022 (RNA) -- The Minister received a phone call from her Fijian counterpart.",
        "BEIJING, May 3 (Xinhua) -- The Vice Minister held video talks with his Peruvian counterpart.",
        # a noun, not a verb of meeting: "a series of visits ... in X"
        "The envoys met the Director.\n\nThey are making a series of visits to embassies in Lima.",
        # a visit still to come
        "The Minister, who will be visiting Nairobi next month, met the envoy.",
        # a heading word before a colon (and two capitals are not one place: see below)
        "UPDATE: The Council met again on Friday.",
        # a list of three capitalised things after "in" names subjects or sectors, not places
        "The Minister thanked the envoy for grants to students of courses in Geology, Law and Fine Arts.",
        "The Minister met the envoy to discuss jobs in Mining, Tourism, and Farming.",
    ],
)
def test_no_location(text: str) -> None:
    assert location(text) is None


def test_two_known_cities_are_not_joined() -> None:
    assert location("The Director held talks in Geneva and Brussels on trade.") == "Geneva, Switzerland"


# --- The gazetteer (lang/en/gazetteer.json, built by scripts/build_gazetteer.py) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city no hand table lists gets its country where the grammar expects a place
        ("The trade ministers met in Karachi on Monday to review the corridor.", "Karachi, Pakistan"),
        ("The Commissioner held talks in Hiroshima with the Governor.", "Hiroshima, Japan"),
        ("The delegation travelled to Kiel for the maritime dialogue.", "Kiel, Germany"),
        # a spelling without accents
        ("The Agency opened its regional office in Valparaiso this week.", "Valparaiso, Chile"),
        # the text's own country wins over the table's
        ("The forum was held in Alexandria, Virginia, on 3 May.", "Alexandria, Virginia, United States"),
        # a date line's place in capitals
        ("MEDELLIN: The Mayor welcomed the envoys to the innovation district.", "Medellin, Colombia"),
        # ... written as the gazetteer writes it, not capitalised after the apostrophe
        ("NUKU'ALOFA, 3 May 2022 – The Minister met the envoys.", "Nuku'alofa, Tonga"),
    ],
)
def test_gazetteer_city(text: str, expected: str) -> None:
    assert location(text) == expected


def test_gazetteer_example() -> None:
    from briefcli.lang.en import CITIES
    from briefcli.lang.en.load import read

    data = read()["gazetteer"]
    assert location(data["example"]) == f"Karachi, {CITIES['Karachi']}"


@pytest.mark.parametrize(
    "word",
    # common words and given names that are also towns somewhere: not in the table
    ["Mobile", "Reading", "Independence", "Grace", "Victoria", "Hamilton", "Bush", "Man", "Male"],
)
def test_gazetteer_leaves_out_words(word: str) -> None:
    from briefcli.lang.en import CITIES
    from briefcli.lang.en.load import read

    gazetteer = dict(read()["gazetteer"]["cities"])
    assert word not in gazetteer
    assert word not in CITIES or word == "Victoria"  # the hand table's Victoria, Seychelles


# --- Words between "in" and the place; a dated "in X today"; "X City"; a state in a date line ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # which part of the place: "downtown", "central", "northern"
        ("Some 300 exporters gathered in downtown Karachi this week for the fair.", "Karachi, Pakistan"),
        ("The envoys met in central Lima to review the corridor.", "Lima, Peru"),
        # what kind of place it is, with "of", a comma or nothing before the name
        ("The ministers met in the Kenyan capital, Nairobi, to plan the corridor.", "Nairobi, Kenya"),
        ("The ministers met in the port city of Mombasa to plan the corridor.", "Mombasa, Kenya"),
        ("The trade fair opened in the capital Tashkent with 300 firms.", "Tashkent, Uzbekistan"),
        ("The council convened in the historic town of Kiel for two days.", "Kiel, Germany"),
        # a place, then a relative date: where the dated happening of a later sentence took place
        (
            "UPDATE - The Director pays tribute to the hosts.\n\n"
            "At the opening of the Congress of the Union in Addis Ababa today, he stressed consensus.",
            "Addis Ababa, Ethiopia",
        ),
        (
            "The Secretary thanked the hosts.\n\nThe summit of the bank in Accra this week agreed a plan.",
            "Accra, Ghana",
        ),
        # "City" ends a city's name
        (
            "The Speaker led a delegation to the session held in Victoria Falls City, Zimbabwe.",
            "Victoria Falls City, Zimbabwe",
        ),
        ("The Minister met the Mayor in Quezon City on Monday.", "Quezon City, Philippines"),
        # a state after the city in a date line: written out, or abbreviated (postal or agency style)
        (
            "ARLINGTON, VA. — In a breakfast session, the Secretary welcomed his counterparts.",
            "Arlington, Virginia, United States",
        ),
        (
            "SPRINGFIELD, Ill. (AP) — The Governor welcomed the trade envoys.",
            "Springfield, Illinois, United States",
        ),
        (
            "Austin, Texas, May 3, 2019 — The Secretary welcomed his counterparts.",
            "Austin, Texas, United States",
        ),
        ("WASHINGTON, D.C. — The Secretary welcomed his counterparts.", "Washington, D.C."),
        # a Canadian province, an Australian state: the country ends the place too
        ("The forum was held in Calgary, Alberta, on 9 May.", "Calgary, Alberta, Canada"),
        ("BRISBANE, Queensland — The Minister opened the fair.", "Brisbane, Queensland, Australia"),
        # the lead's venue in another city of the date line's country: the venue's city
        (
            "LAGOS, 3 May 2021 – The Envoy paid a courtesy call on Deputy Minister Ada Obi at the "
            "Ministry of Trade in Ikeja on 2 May 2021.",
            "Ikeja, Nigeria",
        ),
        (
            "MANILA 4 May 2021 – The Envoy called on Acting Secretary Rosa Dimalanta at the "
            "Department of Trade in Pasay City on 2 May 2021.",
            "Pasay City, Philippines",
        ),
        # a venue abroad is not enough to move the date line's place; a venue to come none
        (
            "NAIROBI, 3 May 2021 – The Envoy paid a courtesy call on Deputy Minister Ada Obi at "
            "the Ministry of Trade in Lima on 2 May 2021.",
            "Nairobi, Kenya",
        ),
        (
            "LAGOS, 3 May 2021 – The Envoy said the partners will meet at the Town Hall in Ikeja.",
            "Lagos, Nigeria",
        ),
        # a future in another clause does not make this clause's place a future one
        ("The Minister, who will travel to Paris next week, met the envoy in Lima on Monday.", "Lima, Peru"),
        # a city that is also a state's name is the city
        ("21 September 2024, UNHQ, New York – The Assembly held a side event.", "New York, United States"),
    ],
)
def test_place_grammar(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a kind of place with no name after it
        "The Minister stressed the role of the capital in the economy of the region.",
        # a word of a place's kind before a word that is no place
        "The Minister spoke in the capital on Friday about the Budget.",
        # a relative date after "in" and a word that is no place
        "The Minister said the talks in March this year would go on.",
        # an event to come: "ahead of"
        "The Minister met the envoy ahead of the conference to be held in Nairobi in June.",
    ],
)
def test_place_grammar_does_not_fire(text: str) -> None:
    assert location(text) is None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (["Karachi", "Atlantis"], "unknown country"),
        (["Karachi"], "Karachi"),
        ("Karachi", "pairs"),
    ],
)
def test_gazetteer_check_refuses_a_bad_entry(entry: object, message: str) -> None:
    import copy

    from briefcli.lang import LanguageDataError
    from briefcli.lang.en.check import check
    from briefcli.lang.en.load import read

    files = copy.deepcopy(read())
    files["gazetteer"]["cities"].append(entry)
    with pytest.raises(LanguageDataError, match=message):
        check(files)


# --- An event named after its city, when nothing else says where it was --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 10 November the Vienna Energy Conference opened with 100 delegates.", "Vienna, Austria"),
        ("The Minister attended the 2019 Lagos Trade Fair with 40 firms.", "Lagos, Nigeria"),
        ("The Minister spoke at the Karachi Investment Forum on trade.", "Karachi, Pakistan"),
        # the headline names it
        ("The ministers agreed a plan for the ports.", None),
        # a place the text gives wins: the forum named after one city held in another
        ("The Doha Trade Forum was held in Athens this year.", "Athens, Greece"),
    ],
)
def test_named_event_city(text: str, expected: str | None) -> None:
    title = "Hanoi Ports Summit closes" if expected is None else "A title"
    got = find_people(build_article(Source("stdin", "-"), f"{title}\n\n{text}")).location
    assert got == (expected or "Hanoi, Vietnam")


@pytest.mark.parametrize(
    "text",
    [
        "The Minister praised the outcome of the Lima Summit and thanked the hosts.",
        "The Minister recalled last week's Lagos Summit and thanked the hosts.",
        "The delegates will attend the Nairobi Summit next year.",
        "The Minister said the Basel Committee had issued new rules.",
        "The Minister attended the Paris Agreement review online.",
        # the body a delegation comes from, not a meeting held there
        "The Speaker met a delegation of the Lagos State Assembly at Parliament Buildings.",
    ],
)
def test_named_event_city_does_not_fire(text: str) -> None:
    assert location(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the venue the lead paragraph or the next gives its meeting, "at" or "in" its city,
        # before a place told later about something else
        (
            "The Director met the regional group.\n\nThe talks, which took place at the Regional "
            "Office at Nairobi, covered funding. He spoke of a new centre in Arusha, Tanzania.",
            "Nairobi, Kenya",
        ),
        (
            "The envoys met the Commissioner at the Berlaymont Building in Brussels on trade. "
            "A plant in Porto, Portugal was cited.",
            "Brussels, Belgium",
        ),
        (
            "The two ministers held talks. They were held at the Grand Pacific Hotel in Suva.\n\n"
            "A fund for Honiara, Solomon Islands was agreed.",
            "Suva, Fiji",
        ),
        (
            "Members of the council gathered at the Peace Palace in The Hague for the session. "
            "They recalled a meeting in Lyon, France.",
            "The Hague, Netherlands",
        ),
        # a venue's head before "of" or "for"; a lowercase office after a possessive
        (
            "The group met the Ambassador at the Embassy of Chile in Ottawa. He praised a plant "
            "in Lyon, France.",
            "Ottawa, Canada",
        ),
        (
            "The talks were held at the Ministry for Trade and Industry in Accra. A port in Lomé, "
            "Togo was cited.",
            "Accra, Ghana",
        ),
        (
            "The Governor met the envoys at her office in Nairobi. A port in Mombasa, Kenya was cited.",
            "Nairobi, Kenya",
        ),
        # must not: a venue to come, a venue without a building's name, an office not met at
        (
            "The Minister met the envoy. The next round will be held at the Regional Office at "
            "Nairobi. He praised a school in Arusha, Tanzania.",
            "Arusha, Tanzania",
        ),
        (
            "The Minister met the envoy at the request of Paris. He praised a school in Arusha, Tanzania.",
            "Arusha, Tanzania",
        ),
        (
            "The Minister met the envoy, who heads the Regional Office at Nairobi. He praised a "
            "school in Arusha, Tanzania.",
            "Arusha, Tanzania",
        ),
        (
            "The lecture was held at Pugh Hall at the University of Lagos. He praised a school in "
            "Arusha, Tanzania.",
            "Arusha, Tanzania",
        ),
    ],
)
def test_the_venue_of_the_meeting_gives_its_city(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known city inside the venue's name, after its first word
        (
            "The university hosted a debate at the Ridgeway Lisbon Cultural Centre on 3 May.",
            "Lisbon, Portugal",
        ),
        # a known city after the venue's name and a comma
        ("The envoy gave a lecture on trade at the Kora Centre, Nairobi on 3 May 2023.", "Nairobi, Kenya"),
        # the place that hosted the event, as its subject
        ("Delegates from 40 countries met as Ghana hosted the Regional Ports Day event.", "Ghana"),
        # a place, then a weekday of this week or the last, after a venue: a dated happening
        (
            "The Minister thanked Chile for its help.\n\nShe said this when the envoy presented his "
            "letters to her at the ministry in Accra last Friday.",
            "Accra, Ghana",
        ),
        # a settlement noun's name after "of", though the port is also an organization
        ("The Deputy Minister paid a working visit to the Port of Mombasa on 3 May 2023.", "Mombasa, Kenya"),
    ],
)
def test_more_ways_to_place_the_event(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spoke at the Ridgeway Centre, Lisbon Road, on Monday.",  # a street, not the city
        "Ghana will host the Regional Ports Day event next year.",  # to come
        "The Ghana Ports Authority hosted the Regional Ports Day event.",  # an organization
        "The Minister will travel to the ministry in Accra next Friday.",  # to come
        # an online meeting: not the city of a participant told later
        "The ministers met virtually on trade.\n\nThe Minister of Tonga spoke from Nuku'alofa, Tonga.",
    ],
)
def test_more_ways_to_place_the_event_do_not_fire(text: str) -> None:
    assert location(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the destination of the visit the lead tells beats the date line of the home capital
        (
            "KUALA LUMPUR, 22 September 2023 – The Minister of Trade has concluded a three-day "
            "working visit to Lima, Peru, from 18 to 20 September 2023.",
            "Lima, Peru",
        ),
        (
            "ACCRA, 3 May 2024 – The Minister, on an official visit to Lima, met the President of Peru.",
            "Lima, Peru",
        ),
        # another visit than the lead's: one before it, one prepared, one to come
        (
            "ACCRA, 3 May 2024 – The Ambassador of Peru called on the Minister and recalled his "
            "recent visit to Lima, Peru.",
            "Accra, Ghana",
        ),
        (
            "ACCRA, 3 May 2024 – The Ambassador met the Minister to discuss preparations for the "
            "President's visit to Lima, Peru, next month.",
            "Accra, Ghana",
        ),
        (
            "ACCRA, 3 May 2024 – Ahead of his visit to Lima, the Minister met the Ambassador of Peru.",
            "Accra, Ghana",
        ),
        # a visit to a country keeps the date line's city in that country: it is closer
        (
            "Amman, Jordan, 16 May 2024 – The Regional Director concluded today a three-day visit "
            "to Jordan, during which she met officials.",
            "Amman, Jordan",
        ),
    ],
)
def test_the_visit_the_lead_tells_places_the_event(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister visited the Headquarters of the Maritime Organization on 3 May.",
            "Headquarters of the Maritime Organization",
        ),
        ("The envoys were received at the Presidential Villa on Monday.", "Presidential Villa"),
        ("The Secretary General welcomed the Minister to the WCO Headquarters.", "WCO Headquarters"),
        ("The Minister received the envoy at his office on Monday.", None),  # tells a reader nothing
        ("The Minister met the envoy at the Office.", None),
        ("The Minister met the envoy on Monday.", None),
    ],
)
def test_the_venue_a_sentence_puts_its_occasion_at(text: str, expected: str | None) -> None:
    article = build_article(Source("stdin", "-"), "A title\n\n" + text)
    assert sentence_venue(article, article.sentences[0]) == expected


def test_the_city_of_an_occasion_named_before_it_beats_the_date_line() -> None:
    text = (
        "New Delhi [India], May 26 : The Minister of Health held bilateral meetings with member "
        "countries at the 76th World Health Assembly, in Geneva, Switzerland."
    )
    assert location(text) == "Geneva, Switzerland"


def test_a_country_in_square_brackets_after_the_date_line_city() -> None:
    assert (
        location("New Delhi [India], May 26 : The Minister of Health opened a clinic.") == "New Delhi, India"
    )


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # an occasion of an earlier week is not at the release's city
        ("late last week", None),
        ("two weeks ago", None),
        # the day before, or the day itself, may well be
        ("last night", "Lisbon, Portugal"),
        ("on Monday", "Lisbon, Portugal"),
    ],
)
def test_the_date_lines_city_is_not_that_of_an_earlier_weeks_occasion(
    when: str, expected: str | None
) -> None:
    text = (
        f"LISBON, 28 October 2015 - The President of the Council met {when} with the President of the Union."
    )
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place no table lists, in capitals: each word capitalised, a name particle inside not
        ("SANTA ROSA DEL MAR, 3 May 2022 – The Minister met the envoys.", "Santa Rosa del Mar"),
        ("PORT D'ARBELLE, 3 May 2022 – The Minister met the envoys.", "Port d'Arbelle"),
    ],
)
def test_a_date_lines_place_in_capitals_is_cased_as_a_name(text: str, expected: str) -> None:
    found = location(text)
    assert found is not None and found.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "MASERU, 3 May 2022 – The King hosted a state dinner for visiting Heads of Government.",
        "MASERU, 3 May 2022 – The Prime Minister received the visiting Trade Commissioners on Monday.",
    ],
)
def test_visiting_before_a_noun_visits_no_place(text: str) -> None:
    """ "for visiting Heads of Government": an adjective on the guests, no place visited; the
    date line's city stays."""
    assert location(text) == "Maseru, Lesotho"


def test_the_headline_places_an_event_the_body_gives_only_a_venue() -> None:
    text = (
        "Fourth Meeting of the Reef Council held in Suva\n\n"
        "The Fourth Meeting of the Reef Council was held at the Harbour Convention Centre on 3 May 2026.\n\n"
        "The Chair thanked the hosts."
    )
    assert find_people(build_article(Source("stdin", "-"), text)).location == "Suva, Fiji"


def test_a_sign_off_gives_the_place_when_the_text_gives_none() -> None:
    told = "The Director received the Ambassador at the Secretariat's offices on Monday{}.\n\nHe thanked him."
    assert location(told.format("") + "\n\nOuagadougou, 11 June 2026") == "Ouagadougou, Burkina Faso"
    # must not: a place the text gives wins; a sign-off's other words are no place
    assert location(told.format(" in Lomé") + "\n\nOuagadougou, 11 June 2026") == "Lomé, Togo"
    assert location(told.format("") + "\n\nENDS 11 June 2026") is None


def test_a_sign_off_wins_over_a_city_of_what_comes_next() -> None:
    text = (
        "The Board of the Reef Fund held its annual meeting in the capital on Thursday.\n\n"
        "The Chair announced that a workshop would take place in Nadi, Fiji, in June.\n\n"
        "Port Vila, 21 May 2026"
    )
    assert location(text) == "Port Vila, Vanuatu"
    # must not: without a sign-off, the city of what comes next is still the text's only place
    assert location(text.rsplit("\n\n", 1)[0]) == "Nadi, Fiji"


def test_a_stop_told_as_earlier_is_not_the_event_place() -> None:
    text = (
        "Foreign Minister Ana Roel concluded a visit to the Kingdom of Vestria on Thursday, during "
        "which she held talks with her counterpart, Mr. Olaf Brenn, in the capital.\n\n"
        "Earlier this week, she attended a ports conference in Riga, Latvia.\n\n"
        "In Vestria, she met the Speaker of the Assembly."
    )
    headed = build_article(Source("stdin", "-"), "Foreign Minister concludes visit to Vestria\n\n" + text)
    assert find_people(headed).location == "Vestria"
    # must not: a stop told as earlier is still a place when the text gives no other
    alone = "Minister Ana Roel thanked the staff.\n\nLast week, she attended a conference in Riga, Latvia."
    assert location(alone) == "Riga, Latvia"


def test_a_sign_offs_country_for_a_town_no_table_knows() -> None:
    text = (
        "The Customs Administration opened a workshop on Tuesday at the Royal Spa in Tolvo.\n\nIt went well."
    )
    assert location(f"{text}\n\nMbabane, 20 March 2026") == "Tolvo, Eswatini"


def test_a_mission_of_people_to_a_country_is_placed_there() -> None:
    # "a business mission [of 40 companies] to South Korea": the trip's place, not the date line's
    text = (
        "MANILA, 5 June 2026 - Trade Secretary Ramon Villanueva led a business mission of 40 "
        "companies to South Korea from 2 to 4 June 2026.\n\nThe talks went well.\n"
    )
    assert location(text) == "South Korea"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Port" opens a town's name though it is a noun of organizations ("Port Authority")
        (
            "The Ambassador of Norland, Mr. Aksel Dahl, presented his credentials to the President, "
            "Mrs. Ines Varga, at the State House in Port Anselm on 2 May 2027.",
            "Port Anselm",
        ),
        ("The Minister, Ms. Rosa Lind, opened the new fish market in Port Selwyn on Monday.", "Port Selwyn"),
    ],
)
def test_a_town_opened_by_port(text: str, expected: str) -> None:
    assert location(text) == expected


def test_a_joint_date_line_gives_no_place_of_its_own() -> None:
    text = "Lorvik/Brask, 20 November 2026\n\nThe Secretary General concluded her trip in Seoul on Friday."
    assert location(text) == "Seoul, South Korea"


def test_a_sign_off_town_the_date_line_names_is_the_place() -> None:
    told = "The finance ministers met here today.\n\nThey will meet again in Suva, Fiji, in June.\n\n"
    assert location("MARAVAL, Tesmar – " + told + "Maraval, 14 August 2026") == "Maraval"
    # must not: a sign-off word the text does not name is no place
    assert location("MARAVAL, Tesmar – " + told + "Endnote, 14 August 2026") == "Suva, Fiji"


def test_a_date_lines_city_keeps_a_country_written_as_no_table_knows_it() -> None:
    text = "Kingstown, St. Vincent – March 3rd, 2026 – The Minister met the envoy on Monday.\n\nThey agreed."
    assert location(text) == "Kingstown, St. Vincent"


@pytest.mark.parametrize(
    "text",
    [
        "The Governor welcomed a delegation from Tarnow Bay, Namibia, on Monday.\n\nThey toured a farm.",
        "The Mayor met visitors from our twin town of Velska, Estonia, on Friday.\n\nThey toured a farm.",
    ],
)
def test_the_guests_home_is_no_place_of_the_meeting(text: str) -> None:
    assert location(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's own hall names the town, which no table lists
        ("The Mayor welcomed guests from Velska, Estonia, to Brenford Town Hall on Monday.", "Brenford"),
        ("The Mayor, Ms. Ada Krol, met the envoy at the Upper Marrow City Hall on Friday.", "Upper Marrow"),
        # must not: a hall with no town's name; a hall the guests will visit
        ("The Mayor, Ms. Ada Krol, met the envoy at City Hall on Friday.", None),
        ("The envoy will be received at Brenford Town Hall next week, the Mayor said.", None),
    ],
)
def test_a_town_hall_names_its_town(text: str, expected: str | None) -> None:
    assert location(text + "\n\nThey toured a farm.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's initials in capitals stay as written; a district's initials after a known
        # city give way to the city's country
        ("Port Moresby, PNG, 7 March 2026 – The Minister met the envoy.", "Port Moresby, PNG"),
        (
            "Santo Domingo, D.N. – March 7, 2026 – The Minister met the envoy.",
            "Santo Domingo, Dominican Republic",
        ),
        ("Tegucigalpa, M.D.C., March 7, 2026. The Minister met the envoy.", "Tegucigalpa, Honduras"),
    ],
)
def test_initials_in_a_date_line(text: str, expected: str) -> None:
    assert location(text + "\n\nThey agreed a plan.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town of the venue's address, which no table lists
        (
            "The Chamber welcomed the traders on Tuesday at its premises at 22 Kestrel Road, Brenford.",
            "Brenford",
        ),
        ("The Mayor received the envoy at 4 Old Mill Lane, Upper Marrow, on Friday.", "Upper Marrow"),
        # a street named without its number, after the preposition of a street
        ("The Guild met the envoys on Friday at the Guild's offices on Tanner Street, Holmbury.", "Holmbury"),
        ("The Mayor received the envoy in Old Mill Lane, Upper Marrow, on Friday.", "Upper Marrow"),
        # must not: no town after the street's comma (a firm that said it)
        ("The Mayor received the envoy at the café on Kestrel Road, Brenford Heights Ltd said.", None),
        # must not: no number nor a street's preposition before the street
        ("The Mayor praised Kestrel Road, Brenford.", None),
    ],
)
def test_the_town_of_the_venues_address(text: str, expected: str | None) -> None:
    assert location(text + "\n\nThey toured a farm.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's own place of the event it addressed, chaired or took part in wins over the
        # date line's (the publisher's seat)
        (
            "GENEVA, 5 May 2026 – The Director, Ms. Ada Krol, addressed the Trade Forum in Nakuru, Kenya.",
            "Nakuru, Kenya",
        ),
        (
            "ROME – The Director, Ms. Ada Krol, on Monday chaired the Fisheries Council in Brenford.",
            "Brenford, Italy",
        ),
    ],
)
def test_the_place_of_the_event_the_lead_addressed(text: str, expected: str) -> None:
    assert location(text + "\n\nThey agreed a plan.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue named after another city of the date line's country
        (
            "PRETORIA, 5 May 2026 – The Deputy Minister, Ms. Ada Krol, addressed the fair at the Durban "
            "International Convention Centre.",
            "Durban, South Africa",
        ),
        # must not: a venue to come
        (
            "PRETORIA, 5 May 2026 – The Deputy Minister, Ms. Ada Krol, will address the fair at the Durban "
            "International Convention Centre.",
            "Pretoria, South Africa",
        ),
    ],
)
def test_a_venue_named_after_a_city_of_the_date_lines_country(text: str, expected: str) -> None:
    assert location(text + "\n\nThey agreed a plan.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting held at a venue in another country than the date line's (the publisher's seat)
        (
            "ABUJA, 5 May 2026 – The Minister, Dr. Ada Krol, joined her counterparts at the meeting held at "
            "the Sir Alvar Brenmoor Memorial International Conference Centre in Banjul, The Gambia.",
            "Banjul, Gambia",
        ),
        # must not: a venue abroad the lead's meeting was not held at
        (
            "ABUJA, 5 May 2026 – The Minister, Dr. Ada Krol, received the Director of the Regional "
            "Conference Centre in Banjul, The Gambia.",
            "Abuja, Nigeria",
        ),
    ],
)
def test_a_meeting_held_at_a_venue_abroad(text: str, expected: str) -> None:
    assert location(text + "\n\nThey agreed a plan.") == expected


def test_a_date_line_city_named_after_its_country() -> None:
    text = "Ciudad de Guatemala, 3 March 2026 – The Minister met the envoy.\n\nThey agreed a plan."
    assert location(text) == "Ciudad de Guatemala, Guatemala"


def test_the_place_of_a_sign_off_issued_by_with_a_colon() -> None:
    text = "The ministers met on Monday.\n\nThey agreed.\n\nIssued by: Ministry of Finance, Suva, 5 May 2026"
    assert location(text) == "Suva, Fiji"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead gives no place; the next sentence holds the event at a venue of another city
        (
            "VIENNA, 22 May 2026 - The Agency and the Government of Ghana on 18 May launched a programme "
            "on border posts. The launch took place at the Ministry of Interior in Accra, in the presence "
            "of the Minister, Ms. Efua Tandoh.",
            "Accra, Ghana",
        ),
        (
            "SUVA, 3 June 2026 - The Forum Secretariat and the Government of Samoa signed a grant on "
            "Tuesday.\n\nThe ceremony was held at the Parliament Building in Apia.",
            "Apia, Samoa",
        ),
    ],
)
def test_a_venue_after_a_placeless_lead_wins_over_the_date_line(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the venue a guest is welcomed to places the meeting, past the guest's title and name
        (
            "LORVIK, 17 April 2026 - Governor Ruth Okafor on Tuesday welcomed the Ambassador of Tarn to the "
            "United States, Mr. Piet Vos, to the Governor's Mansion in Harlow City for talks on wind power.",
            "Harlow City",
        ),
        (
            "LORVIK, 17 April 2026 - The Premier welcomed the delegation to the State Capitol in Accra.",
            "Accra, Ghana",
        ),
        # must not: a thing welcomed is no guest brought to a venue
        ("LORVIK, 17 April 2026 - The Premier welcomed the progress made in Accra.", "Lorvik"),
    ],
)
def test_a_venue_a_guest_is_welcomed_to_places_the_meeting(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <state's noun> of <Name>" is a country by grammar, though no table knows it: a visit
        # there is not in the home date line's city
        (
            "ABUJA, 14 May 2024 - Foreign Minister Tade Obi began a three-day visit to the Republic of "
            "Varnessa on Monday at the invitation of his counterpart.",
            "Varnessa",
        ),
        (
            "NAIROBI, 3 June 2025 - The Trade Secretary arrived in the Kingdom of Oltria on Tuesday.",
            "Oltria",
        ),
        (
            "LUSAKA, 9 March 2025 - The Minister held talks with his host in the Federal Republic of "
            "Sarnovia on Friday.",
            "Sarnovia",
        ),
        # must not: the state is the guest's, the meeting at home
        (
            "ABUJA, 14 May 2024 - The Minister received the Ambassador of the Republic of Varnessa, "
            "Ms. Ada Lorn, on Monday.",
            "Abuja, Nigeria",
        ),
    ],
)
def test_a_visit_to_a_state_no_table_knows_is_placed_there(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gathering "to be held" somewhere has not happened: the lead's own meeting is placed
        (
            "Ahead of the Pacific Blue Economy Summit to be held in Port Vila on 4 December 2024, the "
            "ministers of the region met in Honiara on Tuesday.",
            "Honiara, Solomon Islands",
        ),
        (
            "In preparation for the Trade Week to be hosted in Lusaka in May, the officials met in Harare "
            "on Monday.",
            "Harare, Zimbabwe",
        ),
    ],
)
def test_a_gathering_to_be_held_elsewhere_is_not_the_event_place(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a guest is based is a home, like where guests come from: not the event's place
        (
            "The Ambassador of Tarn, Ms. Ana Lind, presented her credentials to the Governor-General at "
            "Government House on Thursday.\n\nThe Ambassador is resident in Ottawa, Canada.",
            None,
        ),
        (
            "The High Commissioner called on the Prime Minister on Monday.\n\nThe High Commissioner, who is "
            "based in Pretoria, South Africa, is accredited to six countries.",
            None,
        ),
    ],
)
def test_where_a_guest_is_based_is_not_the_event_place(text: str, expected: str | None) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing's participle after its noun tells where the thing was done, not the meeting
        (
            "LUSAKA - On Thursday, the two ministers reviewed the trade protocol signed in Nairobi on "
            "13 February.",
            "Lusaka, Zambia",
        ),
        ("The two ministers met on Thursday and reviewed the charter adopted in Accra, Ghana, in May.", None),
        # must not: the verb of the sentence
        ("The protocol was signed in Nairobi on Thursday by the two ministers.", "Nairobi, Kenya"),
    ],
)
def test_where_a_thing_was_done_is_not_the_meeting_place(text: str, expected: str | None) -> None:
    assert location(text) == expected


def test_a_mission_of_companies_named_with_capitals_goes_to_its_place() -> None:
    text = (
        "WASHINGTON - The Under Secretary led a trade mission of 18 U.S. companies to Lagos and Accra "
        "from June 3 to June 11."
    )
    assert location(text) == "Lagos, Nigeria"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host of a state no table knows: the town is not the date line's country's
        (
            "PRAGUE - Prime Minister Jan Kovar was received by President Ana Vell of Tarnia at the "
            "Presidential Palace in Tolvo on Thursday.",
            "Tolvo",
        ),
        # the holder of a state's office, named by title
        ("GENEVA - The Director met the Prime Minister of Ostrania in Tarsk on Monday.", "Tarsk"),
        # must not: a ministry's subject
        ("PORT LOUIS - The Minister of Finance opened the workshop in Tolvo on Monday.", "Tolvo, Mauritius"),
        # must not: the town's own office holder, a release of the date line's country
        (
            "PORT LOUIS - Mayor Ana Vell of Tolvo on Thursday gathered the port users at the Town Hall in "
            "Tolvo.",
            "Tolvo, Mauritius",
        ),
    ],
)
def test_a_town_of_a_host_state_no_table_knows_is_not_the_date_lines_country(
    text: str, expected: str
) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip that "took" someone to its places, and a tour to them: not the home date line's
        (
            "PORT LOUIS - The Prime Minister returned home on Sunday after a week-long tour that took him "
            "to Paris and Brussels.",
            "Paris, France",
        ),
        ("PORT LOUIS - The Prime Minister on Sunday wrapped up a tour to Lima and Quito.", "Lima, Peru"),
        # must not: what took someone somewhere is no trip
        (
            "PORT LOUIS - The Minister said the talks that took him to the capital went well.",
            "Port Louis, Mauritius",
        ),
    ],
)
def test_the_places_a_tour_took_someone_to(text: str, expected: str) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occasion run from afar, or held online itself: no place, not the host's seat
        (
            "ABUJA - The Minister of Transport on Tuesday took part in a regional dialogue on port reform "
            "hosted from Varnholm by the Sea Forum.",
            None,
        ),
        (
            "The Ministry on Friday joined a webinar on customs data hosted by the Chamber in Tolvo.",
            None,
        ),
        # a session joined by video link keeps its own place
        (
            "ROME - The Minister on Monday joined by video link the ministerial session in Geneva.",
            "Geneva, Switzerland",
        ),
        (
            "ROME - The Minister participated virtually in the meeting of the Trade Council in Geneva.",
            "Geneva, Switzerland",
        ),
        # must not: a span of days the occasion was hosted over
        (
            "The Chamber hosted from Monday to Wednesday the trade fair in Accra, Ghana.",
            "Accra, Ghana",
        ),
    ],
)
def test_an_occasion_run_from_afar_has_no_place_but_one_joined_from_afar_has(
    text: str, expected: str | None
) -> None:
    assert location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town no table knows that the lead's traveller went to is not the date line's country's
        ("LAGOS - The Foreign Minister on Monday began a three-day visit to Belmora.", "Belmora"),
        ("GENEVA - The Director-General on Tuesday visited Tarsk to meet the Minister of Trade.", "Tarsk"),
        # with the state the lead writes after it, one no table knows; not a list of towns
        (
            "GENEVA - The Director-General visited Tarsk, Ostrania, where he met the Minister.",
            "Tarsk, Ostrania",
        ),
        ("GENEVA - The Director-General visited Tarsk, Velm and Orsk last week.", "Tarsk"),
        (
            "GENEVA - The Director visited Tarsk, the second largest city of Ostrania, on Monday.",
            "Tarsk, Ostrania",
        ),
        ("GENEVA - The Director visited Tarsk, the capital of Kessa Province, on Monday.", "Tarsk"),
        # being in a town for the event places it there
        ("GENEVA - The Director-General was in Tarsk on Monday for talks with the Prime Minister.", "Tarsk"),
        # a day or a week told between the verb of travel and its place
        ("GENEVA - The Director-General travelled this week to Tarsk for talks on trade.", "Tarsk"),
        ("GENEVA - The Director-General arrived on Monday in Tarsk for a three-day visit.", "Tarsk"),
        # must not: a town the event is held in, not gone to, keeps the date line's country
        ("PORT LOUIS - The Minister on Friday opened the new market in Tolvo.", "Tolvo, Mauritius"),
    ],
)
def test_a_town_visited_from_the_date_lines_city_is_not_given_its_country(text: str, expected: str) -> None:
    assert location(text) == expected


def test_a_joint_date_lines_place_is_the_one_the_text_holds_the_occasion_in() -> None:
    # "Tarn/Lira": where each side wrote; "at a ceremony in Lira" says where they met
    text = (
        "Tarn/Lira, 2 July 2024 – The Reef Fund and the "
        "Government of Vosk today launched a programme on coral reefs.\n\nThe programme was launched at "
        "a ceremony in Lira attended by the Minister of Fisheries."
    )
    assert location(text) == "Lira"


def test_a_release_that_opens_on_background_is_placed_where_its_news_is() -> None:
    text = (
        "20 April 2026\n\nFor more than a decade, lorries at the Brenna crossing have waited two days to "
        "clear. A survey commissioned in 2019 found the same.\n\nOn 17 April 2026, the Director of the "
        "Tarn Port Authority, Ms. Ana Roel, received Mr. Olaf Brenn at the Authority's offices in "
        "Korvath.\n\nThe two will meet again in Dessel on 20 June 2026.\n"
    )
    assert location(text) == "Korvath"


def test_a_venue_after_a_hosts_name_set_off_by_commas_places_the_reception() -> None:
    text = (
        "Ambassador Ana Roel travelled to Lira Province on 3-4 May 2026. On 3 May, she was received by "
        "the Governor of Lira, Mr. Olaf Brenn, at the Provincial Government House in Korvath.\n\n"
        "The Governor briefed her on the new port.\n"
    )
    assert location(text) == "Korvath"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line's city in capitals, then its country as written, which no table knows
        (
            "NOVA TARN, Belmora (5 May 2026) – The Director met the Mayor of the city on Monday.",
            "Nova Tarn, Belmora",
        ),
        # ... and a visit to that country: the date line's city in it
        (
            "NOVA TARN, Belmora (5 May 2026) – The Director concluded a visit to Belmora on Friday.",
            "Nova Tarn, Belmora",
        ),
        # must not: a visit to another country from the date line's seat
        ("NOVA TARN, Belmora (5 May 2026) – The Director concluded a visit to Sarnia on Friday.", "Sarnia"),
    ],
)
def test_a_date_lines_city_and_its_unknown_country(text: str, expected: str) -> None:
    assert location(text + "\n\nThey toured a farm.") == expected
