"""Section headings and header lines, on composed releases: the event a heading names, the
sections a release's scenes make, the dates a section's line shows."""

from __future__ import annotations

import pytest

from briefcli.analysis import analyse
from briefcli.analysis.labels import label_context, label_section
from briefcli.analysis.scenes import reported
from briefcli.model import Briefing, Source
from briefcli.present.views import summary_view
from briefcli.text.layout import build_article


def _briefing(text: str) -> Briefing:
    return analyse(build_article(Source("stdin", "-"), text))


def _labels(text: str) -> list[str]:
    return [s.label for s in _briefing(text).sections]


_HARBOUR_MASTERS = (
    "Port agency joins the Twelfth Meeting of harbour masters\n\n"
    "4 June 2019\n\n"
    "Deputy Director Tomas Verhal attended the Twelfth Meeting of the Council of Harbour Masters of "
    "the Lakes, Rivers and Canals of Eastern Valdora (CHMLR), held in Orvik, Valdora, from 20 to "
    "22 May 2019.\n\n"
    "The opening ceremony was chaired by Ms. Ilse Marrow, President of the Council.\n\n"
    "The first day of the Meeting was held jointly with the Conference of Inland Pilots of the "
    "Region and focused on safety on the locks.\n\n"
    "On the second and third days of the CHMLR meeting, several panel sessions were held on "
    "dredging and river traffic. Mr. Verhal presented the agency's training programme.\n"
)


def test_a_name_owned_by_a_long_name_takes_its_short_form() -> None:
    """ "the Twelfth Meeting of the Council of ... (CHMLR)": the heading names the body by the short
    form the release gives it, not the bare "Twelfth Meeting" cut at "of"."""
    assert _labels(_HARBOUR_MASTERS)[0] == "Twelfth Meeting of CHMLR"


def test_a_panel_is_at_the_event_its_own_sentence_names() -> None:
    """ "On the second and third days of the CHMLR meeting, several panel sessions were held":
    at that meeting, not at the conference the paragraph before names (it met on day one)."""
    panel = next(s for s in _briefing(_HARBOUR_MASTERS).sections if s.kind == "panel")
    assert panel.label.endswith("at the CHMLR meeting")


def test_a_section_line_shows_no_day_its_span_already_holds() -> None:
    """ "from 20 to 22 May" and "The first day of the Meeting": one span, no "; 20 May 2019"."""
    view = summary_view(_briefing(_HARBOUR_MASTERS))
    assert view["sections"][0]["dates"] == ["20–22 May 2019"]


_DEBATE = (
    "The future of the river ports\n\n"
    "On Tuesday the 8th of October, at the premises of the Harbour Hall in Orvik, the Riverside "
    "Society hosted a debate concerning the funding and the governance of the new river port "
    "authority. The debate was moderated by Anna Pell, a local journalist, while the discussants "
    "were Mr Jon Adler, Member of the Committee on Transport and Waterways, Green Group, and Ms "
    "Rita Kalm, Mayor of Orvik.\n\n"
    "Mr Adler started his speech by stating that he trusts the new board. While the political "
    "debate is focused on money, he considered that it is fair to ask about the rules too.\n"
)


def test_a_committee_in_a_speakers_title_is_no_venue() -> None:
    """ "Mr Jon Adler, Member of the Committee on Transport and Waterways": his post, not where
    the debate was held; and the heading is the debate the lead tells (with its topic), not a
    "political debate" a speaker talked about."""
    label = _labels(_DEBATE)[0]
    assert "Committee" not in label
    assert label.startswith("Debate concerning the funding")


_DIALOGUES = (
    "River summit looks for new ways to fund ports\n\n"
    "The Valdora River Summit met in Orvik from 2 to 4 March 2021 on the theme of shared waters.\n\n"
    "The Summit held two dialogues on the issues of the day.\n\n"
    "The first dialogue focused on the theme ‘Rivers in Crisis’ and explored the role of dredging.\n\n"
    "The second dialogue was dedicated to the issue of funding. Marta Lenz, President of the River "
    "Bank, described the new loans as “a test for every member”.\n"
)


def test_numbered_sessions_are_sections_of_their_own() -> None:
    """ "The first dialogue ... | The second dialogue ...": two sessions, and the second one's
    speaker is not put in the first."""
    panels = [s for s in _briefing(_DIALOGUES).sections if s.kind == "panel"]
    assert [(s.paragraphs, s.label.split(" at ")[0]) for s in panels] == [
        ((2,), "First dialogue"),
        ((3,), "Second dialogue"),
    ]
    assert panels[1].participants == ("Marta Lenz",)


def test_a_short_form_that_modifies_its_owners_head_keeps_the_head() -> None:
    """ "the 9th Annual Meeting of the Union of River Ports of Valdora (URPV) Board of Pilots":
    the meeting is the Board's, which the short form only qualifies."""
    text = (
        "River pilots meet in Orvik\n\n"
        "The Ninth Annual Meeting of the Union of River Ports of Eastern Valdora and Saria (URPV) Board "
        "of Pilots took place in Orvik from 3 to 5 June 2024.\n\n"
        "The Board elected Ms. Lena Hart as its chair.\n"
    )
    assert _labels(text)[0] == "Ninth Annual Meeting of the URPV Board of Pilots"


def test_a_closing_travel_line_joins_the_scene_before_it() -> None:
    """ "The Director and her delegation will return to Orvik tomorrow." ends the trip the
    release told; it is no meeting of its own named after the conference."""
    text = (
        "Valdoran and Sarian ports sign a training plan\n\n"
        "4 May 2023\n\n"
        "The Director of the Orvik Port Authority, Ms. Nadia Holm, today attended the 12th Harbour "
        "Cooperation Conference in Tarsk, Saria, and signed a training plan with the Director of "
        "the Tarsk Port Authority, Mr. Emil Varga.\n\n"
        "The conference offered a platform for the two authorities to discuss pilot training.\n\n"
        "The Director and her delegation will return to Orvik tomorrow (May 5).\n"
    )
    sections = _briefing(text).sections
    assert [(s.kind, s.paragraphs) for s in sections] == [("bilateral", (0, 1, 2))]


def test_a_briefing_on_an_event_is_headed_as_the_briefing() -> None:
    """The event a speaker briefed an audience on was held before and elsewhere: the heading
    is the briefing on it, not the event (nor a conference the briefing mentions as planned)."""
    text = (
        "Harbour Community 2030 high on the agenda of the 14th Harbour Summit\n\n"
        "Secretary-General Ilsa Voran briefed the diplomatic community and the media on the "
        "outcomes of last week’s 14th Harbour Summit in Tarsk, today at the Harbour Secretariat.\n\n"
        "She also briefed the participants on the Chair’s initiatives, including a Harbour "
        "Conference on Pilot Safety in 2024.\n"
    )
    assert _labels(text) == ["Briefing on the 14th Harbour Summit"]


_COUNTERPARTS = (
    "Press statement: Minister Tolle at the Harbour Assembly\n\n"
    "12 May 2021\n\n"
    "Minister for Foreign Affairs Rena Tolle, who is in Tarsk for the Harbour Assembly, met her "
    "counterparts from Saria, Valdora and Orland today.\n\n"
    "With Sarian Minister of Foreign Affairs Piet Darro, Minister Tolle discussed ways of "
    "enhancing bilateral relations. The two Ministers also discussed the coming river talks.\n\n"
    "Minister Tolle and Minister of Foreign Affairs of Valdora Emil Kask exchanged views on "
    "recent developments in the region.\n\n"
    "Minister Tolle and Foreign Minister of Orland Ines Moro discussed cooperation in "
    "international fora.\n"
)


def test_talks_the_bottom_line_tells_keep_their_heading() -> None:
    """Each counterpart's talks have a heading when the others' do, though the bottom line
    told all of them: a meeting with no section reads as one not held. Each says what its
    talks were about, though the bottom line told it: a heading over "Told in the bottom line"
    alone says nothing of them."""
    view = summary_view(_briefing(_COUNTERPARTS))
    talks = [s for s in view["sections"] if s["kind"] == "bilateral"]
    assert [s["paragraphs"] for s in talks] == [[1], [2], [3]]
    assert all(s["points"] and not s["note"] for s in talks)


def test_the_last_talks_the_bottom_line_tells_say_what_they_were_about() -> None:
    """The bottom line's last clause tells the second talks of a summit whole; its section
    still tells them, not only points to the bottom line."""
    text = (
        "Minister Orvik at the Lakes Summit\n\n"
        "Press office, 9 March 2024\n\n"
        "Minister of Trade Sven Orvik attended the Lakes Summit in Palmora on 8 March.\n\n"
        "On the margins of the Summit, Orvik met Minister of Energy of Trasia Lida Monk. The two "
        "discussed a gas link. Minister Monk said Trasia would fund a study of it.\n\n"
        "Orvik also held talks with Vice-President of the Delta Bank Karl Fenn on loans to "
        "small farms.\n"
    )
    view = summary_view(_briefing(text))
    fenn = [s for s in view["sections"] if s["kind"] == "bilateral" and "Fenn" in s["participants"]]
    assert len(fenn) == 1
    assert fenn[0]["note"] is None
    assert [p["paragraph"] for p in fenn[0]["points"]] == fenn[0]["paragraphs"]
    assert "small farms" in fenn[0]["points"][0]["text"]


def test_a_heading_keeps_the_number_the_text_gives_the_event() -> None:
    """ "the 18th Regular Session": which session it was is part of its name."""
    text = (
        "Reef body sets catch limits\n\n"
        "HONIARA, 14 November 2024 – The Reef Fisheries Commission concluded its 18th Regular Session"
        " in Honiara on Thursday. Delegations from 22 states attended.\n"
    )
    assert _labels(text)[0].startswith("18th Regular Session")


_RIVER_DIALOGUE = (
    "Agency Hosts High-Level Dialogue on River Pollution in Lyon\n\n"
    "LYON, 4 June 2019 – The River Agency convened a high-level dialogue on river pollution on "
    "Monday at the Congress Centre in Lyon.\n\n"
    "The dialogue was moderated by Ms. Ana Ruiz, Director of the Agency's Policy Division. The "
    "panellists were Mr. Tom Berg, Minister of Ports of Chile; and Ms. Lea Marsh, Mayor of Quito.\n\n"
    "Opening the discussion, Mr. Berg said that rivers needed care.\n\n"
    "Ms. Marsh urged cities to share their data.\n\n"
    "Closing the session, Ms. Ruiz thanked the panellists.\n"
)


def test_a_bare_discussion_noun_is_the_discussion_introduced_before() -> None:
    """ "The dialogue was moderated by": the high-level dialogue on river pollution the lead
    told, not the "session" a later sentence closes."""
    panel = next(s for s in _briefing(_RIVER_DIALOGUE).sections if s.kind == "panel")
    assert panel.label == "High-level dialogue on river pollution"


def test_an_event_a_speaker_says_is_to_come_is_no_venue() -> None:
    """ "said the Agency would present the findings to the World Water Assembly": what is to
    come, no place the dialogue was held at."""
    text = _RIVER_DIALOGUE.replace(
        "thanked the panellists.",
        "thanked the panellists and said the Agency would present the findings to the World Water "
        "Assembly in September.",
    )
    panel = next(s for s in _briefing(text).sections if s.kind == "panel")
    assert "Assembly" not in panel.label


def test_paying_a_visit_is_no_speech_about_it() -> None:
    """ "paid a state visit to ..." tells the visit; "pay" speaks only in its idiom ("paid
    tribute to"), so the visit names the scene, not the catch-all "Meeting"."""
    text = (
        "Leaders meet\n\n"
        "Premier Ola Strand paid a state visit to the Duchy of Wellmark from 2 to 4 May 2025.\n\n"
        "The leaders agreed to open a ferry line.\n"
    )
    assert _labels(text)[0] == "Visit to the Duchy of Wellmark"


def test_concluding_a_visit_is_no_speech_about_it() -> None:
    """ "concluded a three-day visit to ..." closes the visit; "concluded that ..." speaks."""
    text = (
        "Envoy ends tour\n\n"
        "The envoy, Dr. Rhea Lamont, concluded a three-day visit to Peru on Friday, 4 May 2025.\n\n"
        "She met exporters in Callao.\n"
    )
    assert _labels(text)[0] == "Visit to Peru"


def test_concluding_that_still_reports() -> None:
    article = build_article(
        Source("stdin", "-"), "T\n\nThe panel concluded that the visit to Peru was useful.\n"
    )
    assert reported(article, 0, article.text.index("visit"))


def test_a_readouts_call_with_someone_is_a_telephone_call() -> None:
    """ "Readout of the Chancellor's Call with Premier X": the talks the body tells ("spoke
    with") were a call."""
    text = (
        "Readout of the Chancellor's Call with Premier Ida Lund\n\n"
        "Chancellor Piet Maas spoke today with Premier Ida Lund. They discussed the ferry strike.\n\n"
        "The Chancellor thanked the Premier for her help.\n"
    )
    assert _labels(text)[0] == "Telephone call: Piet Maas – Ida Lund"


def test_a_session_opened_anew_is_a_section_of_its_own() -> None:
    """ "a roundtable on ..." after a panel's paragraphs opens another session: its own section,
    headed by its own name, not the first panel's."""
    text = (
        "Lake ports meet in Kisumu\n\n9 May 2024\n\n"
        "The Lake Ports Forum opened in Kisumu on 8 May with 150 delegates.\n\n"
        "A panel discussion on ferry safety, moderated by Ms. Ada Obi, followed the opening.\n\n"
        "The panellists called for common rules on life jackets.\n\n"
        "Later, the mayors joined a roundtable on shoreline housing chaired by Mr. Tom Ekwe.\n\n"
        "They agreed to share their zoning maps.\n"
    )
    sections = _briefing(text).sections
    assert [s.paragraphs for s in sections] == [(0,), (1, 2), (3, 4)]
    assert sections[2].label.startswith("Roundtable on shoreline housing")


def test_questions_a_section_opens_on_head_it() -> None:
    """A section that opens on the questions taken after a lecture, with no discussion named,
    is headed as the questions and answers, not as a "Panel"."""
    text = (
        "Judge gives Vell Lecture\n\n2 March 2024\n\n"
        "Judge Ines Varo gave the annual Vell Lecture at Orwin College on 1 March.\n\n"
        "She said courts must explain their rulings in plain words.\n\n"
        "After the lecture, Judge Varo took questions from the students. She said she read every "
        "letter she received.\n"
    )
    assert _labels(text)[-1].startswith("Questions and answers")


def test_a_farewell_call_told_after_a_reception_is_headed_as_such() -> None:
    """ "received the outgoing Ambassador, who called on him to bid farewell": the cue that says
    what the encounter was heads it."""
    text = (
        "Speaker receives envoys\n\n7 June 2024\n\n"
        "The Speaker, Mr. Amos Tembo, received the new Ambassador of Vosk, Ms. Ida Lenz, on Monday. "
        "He welcomed her to Lira.\n\n"
        "Later that day, Speaker Tembo received the outgoing Ambassador of Tarelia, Mr. Olaf Brun, "
        "who called on him to bid farewell. Mr. Brun thanked him for his support.\n"
    )
    assert _labels(text)[-1] == "Farewell call: Amos Tembo – Olaf Brun"


def test_a_signing_on_the_margins_is_headed_as_the_signing() -> None:
    """ "On the margins of" says where: the signing it sets says what the section is."""
    text = (
        "Chamber at trade fair\n\n5 June 2024\n\n"
        "The Vosk Chamber of Commerce took part in the Lira Trade Fair on 4 June.\n\n"
        "On the margins of the fair, the Chamber signed a cooperation agreement with the Tarelia "
        "Export Board. Ms. Ana Holt said the agreement would open new markets.\n"
    )
    assert _labels(text)[-1].startswith("Signing")


def test_a_companion_of_the_principal_is_no_party_of_the_talks() -> None:
    """ "Accompanied by the Permanent Secretary, Mr. X, the Minister toured ...": X came with the
    Minister; the party of the talks is who briefed her."""
    text = (
        "Minister tours Orla dam\n\n4 April 2024\n\n"
        "The Minister of Water, Ms. Ruth Abena, on Thursday visited the Orla dam.\n\n"
        "Accompanied by the Permanent Secretary, Mr. Kofi Mensah, the Minister toured the spillway.\n\n"
        "The site engineer, Mr. Li Tao, told the Minister that the works were nearly complete.\n"
    )
    assert _labels(text)[0] == "Bilateral talks: Ruth Abena – Li Tao"


def test_the_session_of_a_joint_commission_is_headed_by_the_commission() -> None:
    text = (
        "Tarelia and Vosk hold Joint Commission\n\n3 May 2022\n\n"
        "The Joint Economic Commission of Tarelia and Vosk met in Lira on 2 May, co-chaired by "
        "Minister Ana Holt and Minister Ivo Brek.\n\n"
        "Minister Holt said trade had doubled since the last session.\n"
    )
    assert _labels(text)[0] == "Joint Economic Commission: Ana Holt – Ivo Brek"


def test_the_host_of_a_series_of_talks_comes_first_in_each() -> None:
    """After "held bilateral meetings with several leaders", "With X, the Premier discussed ..."
    is the Premier's talks with X: the Premier is named first."""
    text = (
        "Premier at the Pacific summit\n\n5 May 2024\n\n"
        "Premier Lina Moa held bilateral meetings with several leaders on the margins of the "
        "Pacific Islands Summit in Honiara on 4 May.\n\n"
        "With President Tomas Rengiil of Palau, the Premier discussed tuna fisheries.\n\n"
        "The Premier then met Prime Minister Sia Fale of Tuvalu. They agreed to open a sea link.\n"
    )
    assert _labels(text)[1:] == [
        "Bilateral talks: Lina Moa – Tomas Rengiil",
        "Bilateral talks: Lina Moa – Sia Fale",
    ]


def test_each_counterpart_met_in_one_sentence_has_talks_of_its_own() -> None:
    """ "She also met A, B and C." then a paragraph for each: three talks, each headed by the
    visitor and its counterpart."""
    text = (
        "Director visits Lira\n\n3 May 2024\n\n"
        "Director Ruth Abena of the Reef Agency visited Lira on 2 May. She also met Mayor Ana Holt, "
        "Minister Ivo Brek and Speaker Eva Lund.\n\n"
        "Mayor Holt praised the Agency's work on the lagoon.\n\n"
        "Minister Brek asked the Agency for help with coral surveys.\n\n"
        "Speaker Lund promised a law on marine parks.\n"
    )
    assert _labels(text)[1:] == [
        "Bilateral talks: Ruth Abena – Ana Holt",
        "Bilateral talks: Ruth Abena – Ivo Brek",
        "Bilateral talks: Ruth Abena – Eva Lund",
    ]


def test_credentials_of_several_envoys_head_the_ceremony_and_each_envoys_turn() -> None:
    """ "received the letters of credence of three new envoys": the ceremony is the presentation
    of credentials, and each envoy's paragraph is an encounter with the host."""
    text = (
        "King receives new envoys\n\n6 March 2024\n\n"
        "King Harald Voss on Tuesday received the letters of credence of three new ambassadors at the "
        "Palace.\n\n"
        "Ambassador Ana Holt of Tarelia presented her credentials first. The King and Ambassador Holt "
        "discussed research links.\n\n"
        "Ambassador Ivo Brek of Vosk then presented his credentials and spoke of ferry links.\n"
    )
    assert _labels(text) == [
        "Presentation of credentials",
        "Presentation of credentials: Harald Voss – Ana Holt",
        "Presentation of credentials: Harald Voss – Ivo Brek",
    ]


def test_talks_over_a_video_link_are_headed_as_a_video_call() -> None:
    text = (
        "Trade ministers talk online\n\n4 June 2024\n\n"
        "On 3 June, the Minister of Trade of Vosk, Ms. Ana Holt, held a video conference with the "
        "Minister of Economy of Tarelia, Mr. Ivo Brek.\n\n"
        "Ms. Holt proposed to resume the joint economic commission.\n"
    )
    assert _labels(text) == ["Video call: Ana Holt – Ivo Brek"]


def test_a_site_visit_is_headed_by_its_site_not_by_a_later_paragraphs_event() -> None:
    # the visit is the scene's own; "Signing ceremony" named the paragraph after it
    text = (
        "Commissioner visits islands\n\nHONIARA, 18 April 2026 - Commissioner Ana Ruiz met President "
        "Tom Berg on Wednesday.\n\n"
        "The Commissioner also visited the coastal protection works at Hanga village.\n\n"
        "On Friday, Commissioner Ruiz and Minister Eva Lind signed a financing agreement. “This is an "
        "investment,” the Commissioner said at the signing ceremony.\n"
    )
    assert _labels(text)[1] == "Visit to the coastal protection works at Hanga village"
    unnamed = text.replace("the coastal protection works at Hanga village", "the new fish market")
    assert _labels(unnamed)[1] == "Visit to the new fish market"


def test_a_body_that_met_heads_its_meeting() -> None:
    """ "The Council of Ministers of ... met in Kisumu": the sitting of the body heads the
    section, not the press conference a later paragraph names."""
    text = (
        "Lake Basin ministers agree on fishing quotas\n\n"
        "The Council of Ministers of the Lake Basin Union met in Kisumu on 3 May 2025 under the "
        "chairmanship of Hon. Ruth Amolo, Minister of Fisheries of Kenya.\n\n"
        "Ministers adopted new fishing quotas for the coming season.\n\n"
        "At a joint press conference after the meeting, Hon. Amolo said the quotas would be reviewed "
        "in a year.\n"
    )
    assert _labels(text)[0] == "Meeting of the Council of Ministers of the Lake Basin Union"


def test_talks_that_only_point_back_to_their_parties_take_them_from_the_talks_before() -> None:
    """ "In a joint statement, the two ministers welcomed ...", after a press conference of one
    side: the two are the parties of the talks told before."""
    text = (
        "Foreign ministers meet in Velda\n\n21 October 2025\n\n"
        "Foreign Minister Ana Lind paid an official visit to Norland on 20 October at the invitation of "
        "her counterpart, Foreign Minister Tom Berg.\n\n"
        "The two ministers discussed energy security and trade.\n\n"
        "At a press conference after the talks, Minister Lind told journalists that Velda would fund a "
        "study of the new cable.\n\n"
        "In a joint statement, the two ministers welcomed progress on the recognition of diplomas.\n"
    )
    assert _labels(text)[-1] == "Bilateral talks: Ana Lind – Tom Berg"


def test_a_committee_an_office_holder_chairs_is_no_venue() -> None:
    """ "Councillor Tom Berg, who chairs the city's Transport Committee": his office, not where the
    panel was."""
    text = (
        "Panel on city heat\n\n4 December 2025\n\n"
        "The Department of Urban Studies hosted a panel discussion on urban heat on Thursday. The "
        "panellists were Dr. Ana Lind and Councillor Tom Berg, who chairs the city's Transport "
        "Committee.\n\n"
        "Councillor Berg said the city would plant 10,000 trees.\n"
    )
    assert _labels(text)[0] == "Panel discussion on urban heat"


def test_a_discussion_headed_by_its_topic_not_its_day() -> None:
    """ "a webinar on Wednesday, 5 March 2025, on closing the gender gap": "on Wednesday" is when."""
    text = (
        "Bank webinar on women and finance\n\n6 March 2025\n\n"
        "The Bank of Velda hosted a webinar on Wednesday, 5 March 2025, on closing the gender gap, "
        "ahead of Women's Day.\n\n"
        "The panel featured Ms. Ana Lind, Mr. Tom Berg and Ms. Eva Holm.\n\n"
        "Ms. Lind called for simpler identity checks.\n"
    )
    assert _labels(text)[0] == "Webinar on closing the gender gap"


def test_a_day_and_date_between_commas_go_from_an_account_with_both_commas() -> None:
    """ "hosted a webinar on Wednesday, 5 March 2025, on closing the gender gap": without its
    date, the account keeps the topic the closing comma would have cut off."""
    text = (
        "Bank webinar on women and finance\n\n6 March 2025\n\n"
        "The Bank of Velda hosted a webinar on Wednesday, 5 March 2025, on closing the gender gap, "
        "ahead of Women's Day.\n\n"
        "Ms. Ana Lind called for simpler identity checks.\n"
    )
    view = summary_view(_briefing(text))
    assert view["bottom_line"][0]["text"] == (
        "On 5 March 2025, the Bank of Velda hosted a webinar on closing the gender gap"
    )


def test_a_day_after_an_events_name_is_no_part_of_it() -> None:
    """ "the Lakes Ports Forum on Tuesday": the day is when, not the end of the name."""
    text = (
        "Ports chief speaks at forum\n\n12 June 2025\n\n"
        "The Chief Executive of the Ports Authority, Mr. Tom Berg, spoke at the Lakes Ports Forum on "
        "Tuesday.\n\n"
        "Mr. Berg called for a regional fund for new cranes.\n"
    )
    assert _labels(text)[0] == "Lakes Ports Forum"


def test_talks_are_not_with_what_a_relative_clause_after_the_cue_is_on() -> None:
    # "who briefed the guests on the new ferry project": the topic of the briefing, not whom
    labels = _labels(
        "Delegation visits Tarnland\n\n4 May 2026\n\nA delegation of the Norland Assembly led by Ms. Ida "
        "Vell held talks in Lorvik on 3 May with the Speaker of the Tarnland Senate, Mr. Tom Ekker.\n\n"
        "Mr. Ekker said the senates should meet each year.\n\n"
        "The delegation later met the Minister of Transport of Tarnland, Mr. Leo Brant, who briefed the "
        "guests on the new ferry project.\n"
    )
    assert labels[-1] == "Bilateral talks with Leo Brant"


_WORKING_GROUP = (
    "Customs agencies meet in Lorvik\n\nThe Tarna Corridor Customs Working Group held its fourth meeting in "
    "Lorvik on 24 and 25 September 2025.\n\nOpening the meeting, the Director General of the Norland Customs "
    "Service, Mr. Tom Ekker, said that trucks wait too long.\n\n"
    "A panel on risk management featured Mr. Leo Brant, Head of Risk Analysis at the State Customs "
    "Committee of Ostia; and Ms. Ida Vell, Senior Adviser at the Regional Trade Centre.\n\n"
    "Mr. Brant noted that data sharing had cut inspection rates.\n"
)


def test_a_panels_topic_stops_at_the_verb_of_its_sentence() -> None:
    # "A panel on risk management featured Mr. ...": the topic is "risk management"
    assert _labels(_WORKING_GROUP)[-1].startswith("Panel on risk management")
    assert "featured" not in _labels(_WORKING_GROUP)[-1]


def test_the_body_where_a_speaker_holds_a_post_is_no_event() -> None:
    # "Head of Risk Analysis at the State Customs Committee of Ostia": a post's body, no scene
    assert not any("State Customs Committee" in label for label in _labels(_WORKING_GROUP))


def test_a_body_that_held_its_own_sitting_heads_its_section() -> None:
    # "The ... Working Group held its fourth meeting": that sitting of the body
    assert _labels(_WORKING_GROUP)[0] == "Fourth meeting of the Tarna Corridor Customs Working Group"


def test_the_head_of_the_delegation_talks_open_on_is_a_party() -> None:
    # "the delegation was received by the Speaker ... and held talks with the Group, chaired by
    # Mr. Tom Ekker": the delegation's head and the Speaker, not the Speaker and the Group's chair
    labels = _labels(
        "Delegation visits Tarnland\n\n23 June 2025\n\nA delegation of the Trade Committee of the Norland "
        "Assembly, led by the Committee Chair, Mr. Leo Brant, paid a working visit to Tarnland from 18 to "
        "20 June.\n\nIn Lorvik, the delegation was received by the Speaker of the Senate, Ms. Ida Vell, and "
        "held talks with the members of the Friendship Group, chaired by Mr. Tom Ekker.\n\n"
        "The delegation comprised Mr. Leo Brant and Ms. Eva Holm, members of the Committee.\n\n"
        "Speaker Vell said that the two parliaments were close partners.\n"
    )
    assert "Bilateral talks: Leo Brant – Ida Vell" in labels


_CLOSING_AHEAD = (
    "Lake Forum opens in Velno\n\n"
    "Velno, 3 June 2025 - The Lake Forum opened today in Velno with 200 delegates.\n\n"
    "On the sidelines of the Forum, Chair Ana Ruiz held a bilateral meeting with Minister of "
    "Water of Ostra Tom Berg. They discussed a shared flood plan.\n\n"
    "The Forum closes on Friday with the adoption of the Velno Charter on Lakes.\n"
)


def test_a_closing_still_to_come_is_headed_as_one() -> None:
    """The release's last line tells what the Forum will do on Friday: its heading says it is to
    come, not a scene that took place. A speaker's word of what comes next was said there."""
    view = summary_view(_briefing(_CLOSING_AHEAD))
    last = view["sections"][-1]
    assert last["paragraphs"] == [2]
    assert last["label"].endswith("(to come)"), last["label"]
    assert not any(s["label"].endswith("(to come)") for s in view["sections"][:-1])
    # what the Chair announced of the next Forum was said at this one: no "to come"
    text = _CLOSING_AHEAD.replace(
        "The Forum closes on Friday with the adoption of the Velno Charter on Lakes.",
        "Closing the Forum, Chair Ruiz announced that the next Forum would be held in Orsk in May 2026.",
    )
    view = summary_view(_briefing(text))
    assert not any(s["label"].endswith("(to come)") for s in view["sections"])


def test_an_encounter_with_another_group_is_its_own_scene() -> None:
    """The Minister addressed students, then met the diaspora: two scenes, each its own section
    (a heading over both named only the diaspora)."""
    text = (
        "Minister Sarn in Olvik\n\n"
        "Minister of Trade Ana Sarn paid a visit to Olvik on 4 May 2025.\n\n"
        "She addressed students at the Olvik Institute, where she spoke about trade routes.\n\n"
        "Later in the day, she met members of the Norland diaspora in Olvik.\n"
    )
    sections = _briefing(text).sections
    assert [s.paragraphs for s in sections if 2 in s.paragraphs] == [(2,)]
    assert "diaspora" not in " ".join(s.label for s in sections if 1 in s.paragraphs)


def test_talks_with_two_named_counterparts_and_others_are_no_talks_of_two() -> None:
    """ "met Governor A, Mayor B, and other senior officials": the heading names them all, not
    bilateral talks between the Minister and A."""
    text = (
        "Minister visits the province\n\n12 May 2024\n\nMinister of Health Ida Rask met with Governor "
        "Tom Lenn, Mayor Ada Holm, and other senior officials of the province in Kesh on 11 May 2024.\n\n"
        "Governor Lenn said the province would give land for a new hospital.\n"
    )
    labels = _labels(text)
    assert labels[0] == "Talks: Ida Rask – Tom Lenn, Ada Holm and other senior officials", labels


def test_a_voice_brought_in_after_the_talks_is_no_party_of_them() -> None:
    """ "Mr. X, a hydrologist at Y, said ..." after the team met the Commissioner: X was not
    there, and the heading pairs no one with him."""
    text = (
        "Team visits wells\n\n5 November 2024\n\nA team led by Dr. Ida Rask visited three villages "
        "in Kesh district on 4 November 2024.\n\n"
        "The team also met the District Commissioner, Mr. Tom Lenn, who pledged support.\n\n"
        "Mr. Ivo Sand, a hydrologist at the University of Kesh, said groundwater levels had fallen.\n"
    )
    labels = _labels(text)
    assert not any("Sand" in label for label in labels), labels


def test_talks_named_only_inside_a_quotation_name_no_heading() -> None:
    """ "“The joint council with Varo's office has done good work,” he said": the speaker's
    words name no talks of the scene, and the heading takes none of their words."""
    text = (
        "Senate panel questions Minister Orrin Dale\n\n8 May 2025\n\nThe Senate Panel on Fisheries "
        "questioned Minister of the Sea Orrin Dale on 7 May 2025 on the new quota rules.\n\n"
        "Panel Chair Rosa Imbert opened the session and asked the Minister about the timetable.\n\n"
        "Minister Dale said the rules would be published in June. “The joint commission with "
        "Varo's office has done good work,” he said.\n"
    )
    labels = _labels(text)
    assert not any("commission" in label.casefold() for label in labels), labels


_TRIP_AHEAD = (
    "Delta Forum opens in Marro\n\n"
    "Marro, 3 June 2025 - The Delta Forum opened today in Marro with 300 delegates.\n\n"
    "On the sidelines of the Forum, Chair Lina Sarr held a bilateral meeting with Minister of Rivers "
    "of Kesta Omar Brill. They discussed a shared dredging plan.\n\n"
    "Chair Sarr will travel to Ostmoor on 12 June for the opening of the Lantern Festival.\n"
)


def test_a_trip_still_to_come_is_headed_by_the_event_it_goes_to() -> None:
    """ "will travel to Ostmoor ... for the opening of the Lantern Festival": the section is
    headed by that event, to come, not by the Forum told before (it is no part of it)."""
    view = summary_view(_briefing(_TRIP_AHEAD))
    assert view["sections"][-1]["label"] == "Opening of the Lantern Festival (to come)", view["sections"]


def test_talks_with_no_one_to_pair_still_to_come_take_the_event_gone_to() -> None:
    """A talks section with no parties whose paragraph tells a trip to come: the event it goes
    to, not the bare "Bilateral talks"."""
    article = build_article(Source("stdin", "-"), _TRIP_AHEAD)
    label = label_section(label_context(article), "bilateral", (2,), (), ())
    assert label == "Opening of the Lantern Festival"


def test_talks_a_headline_calls_a_hearing_are_headed_as_one() -> None:
    """ "Harbour Committee holds hearing with Minister ...": the chair and the Minister held
    a hearing of the Committee, not bilateral talks."""
    text = (
        "Harbour Committee holds hearing with Minister Selim Varga\n\nParliament of Tessa, 2 May 2025\n\n"
        "The Harbour Committee of the Parliament of Tessa met on Thursday to examine the draft "
        "pilotage law.\n\n"
        "Committee Chair Nora Lind opened the sitting and asked Minister of Transport Selim Varga about "
        "the cost of the new pilot boats.\n\n"
        "Minister Varga said the law would be tabled in June.\n"
    )
    labels = _labels(text)
    assert any(label.startswith("Hearing: ") for label in labels), labels
    assert not any(label.startswith("Bilateral talks") for label in labels), labels


def test_credentials_told_in_a_relative_clause_name_no_talks() -> None:
    text = (
        "Envoy visits port\n\n14 May 2026\n\nThe Ambassador of Tarn, Mr. Olaf Brenn, held talks with "
        "Mayor Ana Roel on Tuesday in Lorvik.\n\nMr. Brenn, who presented his credentials last month, said "
        "his government would fund the new ferry berth.\n\nMayor Roel said the berth was needed.\n"
    )
    assert not any("credentials" in label.casefold() for label in _labels(text))


def test_a_body_named_with_its_acronym_in_brackets_heads_its_own_sitting() -> None:
    text = (
        "Council meets\n\nLira, 22 May 2026 - The Council of Ministers of the Reef Union (RU) held its "
        "9th ordinary session in Lira on 21 May 2026.\n\nThe Council approved the budget and adopted a "
        "decision on the mutual recognition of traders.\n"
    )
    assert _labels(text)[0] == "9th ordinary session of the Council of Ministers of the Reef Union"


@pytest.mark.parametrize("fair", ["the Estavian trade fair in Tarnby", "the Tarnby Trade Fair"])
def test_an_event_someone_urged_others_to_attend_heads_no_section(fair: str) -> None:
    text = (
        "Chamber welcomes delegation from Estavia\n\nMembers of the Lira Chamber of Commerce hosted a "
        "business breakfast on Thursday, 5 June 2026, for a trade delegation from the Republic of Estavia "
        "led by its Deputy Minister of Economy, Mr. Olaf Brenn.\n\nOpening the event at the Chamber's "
        'offices in Lira, Chamber President Ana Roel said Estavia offered "real openings" for Lira\'s '
        f"food firms, and encouraged members to take part in {fair} this autumn.\n\nMr. Brenn presented "
        "the incentives of Estavia's new free zones and said his ministry would open a trade office in "
        "Lira next year.\n\nMore than forty companies attended. Twelve bilateral business meetings were "
        'arranged after the breakfast.\n\n"This is the kind of link our members want," said Chamber '
        "Chief Executive Tom Hale.\n"
    )
    assert not any("fair" in label.casefold() for label in _labels(text)), _labels(text)


def test_a_release_announcing_a_visit_heads_its_scenes_to_come_by_their_names() -> None:
    """A lead that announces ("will pay an official visit") makes the release's scenes the ones
    to come: "She will also address the Harbour Business Forum" is headed by the forum."""
    text = (
        "Prime Minister to visit Kessland\n\n"
        "OSTRA, 2 June 2026 - Prime Minister Ana Vik will pay an official visit to Kessland from 9 to 11 "
        "June at the invitation of Prime Minister Tomas Aalto.\n\n"
        "During the visit, the two Prime Ministers will hold talks on trade and energy.\n\n"
        "Ms. Vik will also address the Harbour Business Forum in Kessel City on 10 June.\n"
    )
    assert _labels(text)[-1] == "Harbour Business Forum"


def test_a_forum_still_to_come_after_a_visit_told_is_no_heading() -> None:
    """After a visit told, "will also address the Forum" is its sequel, no scene of the release."""
    text = (
        "Prime Minister visits Kessland\n\n"
        "OSTRA, 10 June 2026 - Prime Minister Ana Vik paid an official visit to Kessland on Tuesday.\n\n"
        "The two Prime Ministers held talks on trade and energy.\n\n"
        "Ms. Vik will also address the Harbour Business Forum in Kessel City on Friday.\n"
    )
    assert "Harbour Business Forum" not in _labels(text)
