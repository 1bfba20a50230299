"""The frame of a whole article (one encounter, one panel, or an event in parts) and how it sets
the kinds of the paragraphs. Every article here is made up."""

from __future__ import annotations

import pytest

from briefcli.analysis.frames import frame_article, headline_names_scene
from briefcli.analysis.kinds import classify_paragraphs
from briefcli.analysis.scenes import scene_cues
from briefcli.model import Article, ParagraphKind, Source
from briefcli.text.layout import build_article


def _article(title: str, *paragraphs: str) -> Article:
    return build_article(Source("stdin", "-"), f"{title}\n\n3 May 2022\n\n" + "\n\n".join(paragraphs))


VISIT = "The Harbour Master visited the Consul's residence on Monday."
THANKS = "She thanked the Consul for his support to the port."
MODERATED = "The exchange, moderated by a radio host, drew a large audience."

# (headline, paragraphs, the frame's kind, words its reason quotes)
FRAMES = [
    # one counterpart, by the headline
    ("Harbour Master meets visiting Consul of Tonga", [VISIT, THANKS], "bilateral", "meets visiting Consul"),
    ("Governor receives new Consul of Fiji", [VISIT, THANKS], "bilateral", "receives new Consul"),
    ("Agency chief meets island fisheries minister", [VISIT, THANKS], "bilateral", "meets island"),
    ("Agency chief meets island fisheries ministers", [VISIT, THANKS], None, "ministers"),
    ("Governor welcomes the Consul's offer of training", [VISIT, THANKS], None, "no single"),
    ("New envoy calls on the Speaker of Parliament", [VISIT, THANKS], "bilateral", "calls on the Speaker"),
    ("Outgoing envoy pays farewell call on Premier", [VISIT, THANKS], "bilateral", "farewell call"),
    ("New Ambassador of Chile presents credentials", [VISIT, THANKS], "bilateral", "credentials"),
    ("Trade Minister holds talks with Samoan counterpart", [VISIT, THANKS], "bilateral", "talks with Samoan"),
    ("Fiji's Trade Minister meets her counterpart", [VISIT, THANKS], "bilateral", "her counterpart"),
    (
        "Minister received by WHO Director-General",
        [VISIT, THANKS],
        "bilateral",
        "received by WHO Director-General",
    ),
    ("Tonga and Fiji sign port twinning accord", [VISIT, THANKS], "bilateral", "Tonga and Fiji sign"),
    ("Fisheries Minister visits FFA Headquarters", [VISIT, THANKS], "bilateral", "visits FFA Headquarters"),
    (
        "Port reform raised with Samoan Prime Minister",
        [VISIT, THANKS],
        "bilateral",
        "with Samoan Prime Minister",
    ),
    # two parties joined by "and" or, in a headline, by a comma, doing something together
    ("Kenya, Uganda discuss cross-border trade", [VISIT, THANKS], "bilateral", "Kenya, Uganda discuss"),
    ("Sato, Berg agree on joint ocean study", [VISIT, THANKS], "bilateral", "Sato, Berg agree"),
    ("Japan and Norway discuss ocean policy", [VISIT, THANKS], "bilateral", "Japan and Norway discuss"),
    (
        "Kenya and Uganda revenue authorities sign border pact",
        [VISIT, THANKS],
        "bilateral",
        "authorities sign",
    ),
    (
        "Chile and Peru hold fourth round of consultations",
        [VISIT, THANKS],
        "bilateral",
        "Chile and Peru hold",
    ),
    ("Ports, airports face new rules", [VISIT, THANKS], None, "no single"),  # no encounter verb
    ("Minister meets Fiji, Tonga and Samoa delegations", [VISIT, THANKS], None, "delegations"),
    # an encounter of two parties named in the headline frames it, whatever gathering it names
    (
        "Envoy pays courtesy call on Governor ahead of investment forum",
        [VISIT, THANKS],
        "bilateral",
        "courtesy call",
    ),
    (
        "Samoa and Tonga hold third session of Joint Ministerial Commission",
        [VISIT, THANKS],
        "bilateral",
        "Samoa and Tonga hold",
    ),
    # more titles and verbs of receiving one counterpart
    (
        "Director-General receives Permanent Representative of Norway",
        [VISIT, THANKS],
        "bilateral",
        "Representative",
    ),
    (
        "Secretary General welcomes new Chargé d'Affaires of Chile",
        [VISIT, THANKS],
        "bilateral",
        "Chargé d'Affaires",
    ),
    ("Executive Director hosts Minister of Health of Ghana", [VISIT, THANKS], "bilateral", "hosts Minister"),
    (
        "Premier bids farewell to outgoing Consul of Fiji",
        [VISIT, THANKS],
        "bilateral",
        "farewell to outgoing Consul",
    ),
    ("Embassy hosts ministerial roundtable on trade", [VISIT, MODERATED], "panel", "roundtable"),  # no title
    ("Committee hosts Moldovan parliamentary delegation", [VISIT, THANKS], None, "no single"),  # a visit
    ("Premier bids farewell to the diplomatic corps", [VISIT, THANKS], None, "no single"),
    # credentials of several envoys at once is a ceremony, not one encounter
    ("Governor-General receives credentials of four new envoys", [VISIT, THANKS], None, "four new envoys"),
    ("Governor-General receives credentials of new Ambassador", [VISIT, THANKS], "bilateral", "credentials"),
    (
        "Governor-General accepts credentials from envoys of Norway, Peru and Ghana",
        [VISIT, THANKS],
        None,
        "envoys",
    ),
    # talks between two parties named in the headline, whatever their titles' number
    (
        "Joint statement after talks between the Prime Ministers of Fiji and Tonga",
        [VISIT, THANKS],
        "bilateral",
        "talks between the Prime Ministers of Fiji and Tonga",
    ),
    ("Minister holds talks with port officials of Fiji, Tonga and Samoa", [VISIT, THANKS], None, "officials"),
    # the encounter told in the lead's occasion clause: "while talking to X, who called on him
    # to bid farewell"
    (
        "President lauds outgoing envoy",
        [
            "President Ana Ruiz on Friday said that Chile valued its ties with Fiji.",
            "She expressed these views while talking to the outgoing Ambassador of Fiji, who called "
            "on her at the palace to bid farewell.",
        ],
        "bilateral",
        "talking to the outgoing Ambassador",
    ),
    (
        "Minister urges donors",
        ["The Minister met donors on Friday.", "She called on them to fund the port."],
        None,
        "several counterparts",
    ),
    # ... and so are credentials that several present, each their own ("their credentials")
    (
        "Port cooperation in focus",
        ["Four new envoys presented their letters of credence to the Governor-General on Monday.", THANKS],
        None,
        "presented their letters of credence",
    ),
    (
        "Port cooperation in focus",
        ["The envoy of Chile presented her letters of credence to the Governor-General.", THANKS],
        "bilateral",
        "presented her letters of credence",
    ),
    # an ambassador-designate's open letters, handed to the minister, are a call on one counterpart
    (
        "Minister lauds scholarships for port engineers",
        [
            "The Minister of Transport has praised Chile for scholarships given to port engineers.",
            "She said this when the Ambassador-designate of Chile presented his open letters to her.",
        ],
        "bilateral",
        "presented his open letters to",
    ),
    (
        "Minister lauds scholarships for port engineers",
        [
            "The Minister of Transport has praised Chile for scholarships given to port engineers.",
            "She received an open letter from the port workers on Friday.",
        ],
        None,
        "no single",
    ),
    # a gathering's noun followed by a title names an office of its body, not a gathering
    (
        "National Assembly Chairwoman receives Lao Foreign Minister",
        [VISIT, THANKS],
        "bilateral",
        "receives Lao",
    ),
    ("Forum Secretary General meets Samoan Prime Minister", [VISIT, THANKS], "bilateral", "meets Samoan"),
    (
        "Congress Speaker receives new Ambassador of Peru",
        [VISIT, THANKS],
        "bilateral",
        "receives new Ambassador",
    ),
    ("Summit Chair meets Minister of Trade", [VISIT, THANKS], "bilateral", "meets Minister"),
    # ... and so does one a title governs with "of": the office's body, not a gathering
    (
        "President of the General Assembly meets Director of the Port Authority",
        [VISIT, THANKS],
        "bilateral",
        "meets Director",
    ),
    ("Chair of the Ports Summit receives Consul of Tonga", [VISIT, THANKS], "bilateral", "receives Consul"),
    (
        "Speaker of the National Assembly hosts Lao Foreign Minister",
        [VISIT, THANKS],
        "bilateral",
        "hosts Lao",
    ),
    (
        "Secretary-General of the Conference meets Minister of Health of Ghana",
        [VISIT, THANKS],
        "bilateral",
        "meets Minister",
    ),
    ("Minister opens session of the General Assembly", [VISIT, THANKS], None, "Assembly"),  # no title
    ("Delegates of the Conference meet in Suva", [VISIT, THANKS], None, "Conference"),  # no title
    ("Speaker attends National Assembly session in Hanoi", [VISIT, THANKS], None, "Assembly"),
    ("Conference Hall hosts the Minister of Fisheries", [VISIT, THANKS], None, "Conference"),
    # ... not when the article tells talks with a further counterpart
    (
        "New envoy calls on the Speaker of Parliament",
        [VISIT, "The envoy also met with the Minister of Finance on Tuesday."],
        None,
        "met with the Minister of Finance",
    ),
    # ... but at one body's seat, the offices and officers met are the host's
    (
        "Ports delegation visits FFA Headquarters",
        [VISIT, "The delegation also held talks with the Office of the Deputy Director on staffing."],
        "bilateral",
        "visits FFA Headquarters",
    ),
    (
        "Audit team visits SPC Secretariat",
        [VISIT, "The team also met with the Director of Fisheries on the audit."],
        "bilateral",
        "visits SPC Secretariat",
    ),
    (
        "Fisheries Minister meets FFA Director",
        [VISIT, "The Minister also met with the Director of Fisheries on the audit."],
        None,
        "met with the Director",
    ),  # no body's seat: a further counterpart
    # ... not when it names a gathering or several counterparts
    ("Harbour Master meets Consul at the Pacific Ports Forum", [VISIT, THANKS], None, "Forum"),
    ("Director General meets island port officials", [VISIT, THANKS], None, "officials"),
    ("President Meets Business Community", [VISIT, THANKS], None, "Business Community"),
    ("New envoy calls on donors to fund the port", [VISIT, THANKS], None, "no single"),  # urges
    ("Minister holds a series of meetings in Apia", [VISIT, THANKS], None, "series of meetings"),
    # ... nor when the opening names an audience of many
    (
        "UN envoy visits FFA",
        [
            "The envoy visited the FFA on Monday. He met the Director and addressed the staff of the Agency.",
            THANKS,
        ],
        None,
        "addressed the staff",
    ),
    # one counterpart, by the opening or by a call told in the body
    (
        "Ports and trade in focus",
        ["The Director met with the Minister of Fisheries of Palau on Monday in Koror.", THANKS],
        "bilateral",
        "met with the M",
    ),
    (
        "Secretary-General thanks Samoa for its support",
        [
            "The Secretary-General has praised Samoa for its support to the reform of the fisheries agency.",
            "He was speaking after his call on the Prime Minister in Apia on Friday.",
        ],
        "bilateral",
        "his call on the P",
    ),
    (
        "Ports and trade in focus",
        [
            "The Director attended the Pacific Ports Conference in Suva on Monday.",
            "On the margins, she paid a courtesy call on the Minister of Transport of Fiji.",
        ],
        None,
        "no single",
    ),
    (
        "Minister continues his work in New York",
        [
            "On Monday, the Minister, in New York for the week, had a day full of bilateral meetings.",
            THANKS,
        ],
        None,
        "bilateral meetings",
    ),
    # an event moderated as a whole is a panel, wherever the article says so
    (
        "Former envoys speak at the university",
        [
            "About 90 people came to hear three former envoys speak on trade.",
            THANKS,
            "The dean moderated the event and introduced the speakers.",
        ],
        "panel",
        "moderated the event",
    ),
    (
        "Young professionals seek more exchanges",
        [VISIT, THANKS, "Moderating the roundtable, the First Secretary thanked the guests."],
        "panel",
        "Moderating the roundtable",
    ),
    (
        "Mayors weigh flood insurance",
        [VISIT, "The discussion was moderated by a radio journalist."],
        "panel",
        "discussion was moderated",
    ),
    (
        "Mayors weigh flood insurance",
        [VISIT, "The second session was moderated by a radio journalist."],
        None,
        "no single",
    ),  # one session of several
    (
        "Ports Summit opens in Suva",
        [VISIT, "The session was moderated by a radio journalist."],
        None,
        "Summit",
    ),  # a session of the gathering the headline names
    ("Bank holds rates", ["The Bank moderated the pace of its lending in May.", THANKS], None, "no single"),
    # one panel told in the first paragraphs, which the headline names or the opening tells
    ("Think-tank hosts public debate on port fees", [MODERATED, THANKS], "panel", "hosts public debate"),
    ("University hosts round table on island water", [VISIT, MODERATED], "panel", "round table"),
    ("Think-tank hosts public debate on port fees", [VISIT, THANKS], None, "no single"),  # none told
    ("WTO panel rules against port fees", [VISIT, THANKS], None, "no single"),  # a body that rules
    (
        "Experts weigh port finance",
        ["The Institute gathered a panel of four experts to discuss the finance of small ports.", THANKS],
        "panel",
        "panel of",
    ),
    (
        "Webinar looks at cold chains for fish exports",
        [
            "The Chamber held a webinar on cold chains for fish exports on Tuesday.",
            "Panellists included two exporters.",
        ],
        "panel",
        "Webinar",
    ),
    (
        "Chamber looks at cold chains for fish exports",
        [
            "The Chamber held a webinar on cold chains for fish exports on Tuesday.",
            "Panellists included two exporters.",
        ],
        "panel",
        "Panellists",
    ),
    (
        "Chamber trains exporters",
        ["The Chamber held a webinar on cold chains for fish exports on Tuesday.", THANKS],
        None,
        "no single",
    ),  # a webinar without a panel
    # a compound is what its last noun says: a forum's panel discussion is a panel
    (
        "Parliament Week Panel Discussion on women in politics",
        [VISIT, MODERATED],
        "panel",
        "Panel Discussion",
    ),
    ("Climate Forum Roundtable weighs island finance", [VISIT, MODERATED], "panel", "Roundtable"),
    ("Ports Summit Webinar: cold chains", [VISIT, MODERATED], "panel", "Webinar"),
    ("Ports Summit opens after a panel on fees", [VISIT, MODERATED], None, "Summit"),
    ("Panel of Experts hands its report to the Council", [VISIT, THANKS], None, "no single"),  # a body
    ("Annual Forum opens with a panel on ports", [VISIT, THANKS], None, "Forum"),  # a panel at a forum
    (
        "Special event: a debate on port fees",
        ["The Institute hosted a debate moderated by a radio host.", THANKS],
        "panel",
        "moderated by",
    ),  # "event" names no gathering
    # no word for the encounter in the opening, but every scene told is talks with one counterpart
    (
        "Ports cooperation on the agenda",
        [
            "The Minister of Ports and the Premier of Niue reviewed progress in Apia on Monday.",
            "Both sides agreed.",
        ],
        "bilateral",
        "Both sides",
    ),
    (
        "Fiji and Samoa to boost port ties",
        ["Fiji's Minister of Ports reviewed port links on Monday.", "He thanked his Samoan counterpart."],
        "bilateral",
        "his Samoan counterpart",
    ),
    (
        "A plan for the ferry",
        ["Ms. Vaai said on Friday that the ferry would run.", "The two ministers agreed on a timetable."],
        "bilateral",
        "The two ministers",
    ),
    (
        "A plan for the ferry",
        ["Ministers of ten states met in Apia.", "On the sidelines, Ms. Vaai met the Premier of Niue."],
        None,
        "no single",
    ),  # talks on the sidelines of a gathering: one of its parts
    (
        "A plan for the ferry",
        ["Ms. Vaai said on Friday that the ferry would run.", "A panel of experts agreed with her."],
        None,
        "no single",
    ),  # a panel told
    # a discussion format chaired as a whole is moderated: a panel
    (
        "Envoys look at the future of trade",
        ["Envoys of Chile and Peru spoke at the Chamber on Tuesday.", "The debate was chaired by Ms. Vaai."],
        "panel",
        "The debate was chaired",
    ),
    (
        "Envoys look at the future of trade",
        [
            "Envoys of Chile and Peru spoke at the Chamber.",
            "Prof. Lee, who chaired the discussion, thanked them.",
        ],
        "panel",
        "chaired the discussion",
    ),
    (
        "Envoys look at the future of trade",
        ["Envoys of Chile and Peru spoke at the Chamber.", "The meeting was chaired by Ms. Vaai."],
        None,
        "no single",
    ),  # a meeting chaired is no discussion format
    (
        "Envoys look at the future of trade",
        ["Envoys of Chile and Peru spoke at the Chamber.", "Ms. Vaai chaired the session on tariffs."],
        None,
        "no single",
    ),  # one session
    # a trip to several places is talks with several counterparts, though the opening tells one
    (
        "Envoy visits Lima and Quito",
        ["The Envoy met the Foreign Minister of Peru in Lima on 3 May.", "She thanked him for the talks."],
        None,
        "a trip to several places",
    ),
    (
        "Envoy on tour",
        ["The Envoy travelled to Peru, Chile and Ecuador from 3 to 9 May.", "In Lima, she met the Minister."],
        None,
        "a trip to several places",
    ),
    # talks with two counterparts, each with a title: a visit with parts
    (
        "President ends state visit",
        [
            "The President concluded a three-day state visit to Portugal on Friday, during which she held"
            " talks with President Ana Ruiz and Prime Minister Tom Berg.",
            "On Wednesday, the two Presidents held talks at the Palace.",
        ],
        None,
        "several counterparts",  # the talks name two, a series
    ),
    # must not: a post's portfolios joined by "and" are one counterpart
    (
        "President ends state visit",
        [
            "The President held talks with the Minister of Trade and Industry, Ana Ruiz, on Friday.",
            "She thanked her for the talks.",
        ],
        "bilateral",
        "one counterpart",
    ),
    # one host's offices are no places: one encounter
    (
        "Envoy visits Port Authority and Customs",
        ["The Envoy met the Director of the Port Authority on 3 May.", "She thanked him for the talks."],
        "bilateral",
        "one counterpart",
    ),
    # a session of a joint commission of two states, its host's welcome told first: talks of two
    (
        "Deputy Minister Ana Ruiz hosts Karskian Parliamentary State Secretary",
        [
            "The Deputy Minister of Trade, Ms. Ana Ruiz, on Monday hosted the State Secretary of Karsk, "
            "Mr. Ivo Dall, for the 5th session of the Tolvara-Karsk Bi-National Commission.",
            "In her opening remarks, Ms. Ruiz said trade had doubled since 2020.",
        ],
        "bilateral",
        "joint commission",
    ),
    # the body a delegation comes from is no gathering the headline names
    (
        "Speaker receives delegation of the National Assembly of Karsk",
        [
            "The Speaker of Parliament, Ms. Ana Ruiz, received on Monday a delegation of the National "
            "Assembly of Karsk led by its Deputy Chair, Mr. Ivo Dall.",
            "The delegation also included the Ambassador of Karsk, who attended the meeting.",
        ],
        "bilateral",
        "",
    ),
    # a headline's two parties, a lead that counts more: a gathering, no talks of two
    (
        "Reef Office and Island ministers discuss ocean data",
        [
            "Ministers from nine island countries took part on Monday in an online dialogue on ocean "
            "data, organised by the Reef Office.",
            "The Minister of Fisheries of Tarsk, Mr. Ivo Dall, proposed a shared register.",
        ],
        None,
        "",
    ),
    # ... two counted are talks of two
    (
        "Karsk and Tolvara ministers discuss ferry link",
        [
            "The transport ministers of the two countries met in Karvo on Monday to discuss the ferry link.",
            "Both sides agreed to open a second route.",
        ],
        "bilateral",
        "two parties",
    ),
    # a gathering the headline names still to come frames nothing: the webinar does
    (
        "Webinar weighs port fees ahead of Harbour Summit",
        [
            "Some 200 participants joined a webinar on port fees on Tuesday.",
            "The panellists included the Mayor of Lira, Ms. Ana Ruiz, and Dr. Ivo Dall.",
        ],
        "panel",
        "Webinar",
    ),
    # a discussion moderated that its paragraph named before as a session of its own: that
    # session's moderator, not the article's (a call came first)
    (
        "Governor's week in brief",
        [
            "On Tuesday, Governor Lina Pars received the Consul of Orvia for a courtesy call.",
            "On Thursday she joined a round table with four port chiefs. The debate was moderated by Ed Moy.",
        ],
        "bilateral",
        "received the Consul of Orvia",
    ),
    # talks with a second post, in a later paragraph, without "also": several counterparts
    (
        "Envoy's engagements in Kessa",
        [
            "On 2 March, Ambassador Tova Rill paid a farewell call on the Speaker of the Kessa Assembly.",
            "On 4 March, she met the Minister of Mines, Mr. Ole Brandt, to discuss the survey.",
        ],
        None,
        "met the Minister of Mines",
    ),
    # ... not the one met first, told again by the post the first talks named
    (
        "Speaker receives Ambassador of Kessa",
        [
            "The Speaker, Ms. Ana Holm, on Monday received the Ambassador of Kessa, Mr. Ole Brandt.",
            "Later, the Speaker met the Ambassador again to hand over a letter.",
        ],
        "bilateral",
        "receives Ambassador",
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "kind", "why"), FRAMES, ids=[f[0][:45] for f in FRAMES])
def test_frame_of_an_article(title: str, paragraphs: list[str], kind: str | None, why: str) -> None:
    article = _article(title, *paragraphs)
    frame = frame_article(article, scene_cues(article))
    assert frame.kind == kind
    assert why in frame.reason


# (headline, paragraphs, their kinds)
FRAMED_KINDS = [
    # one encounter: the whole article is the talks, from its first paragraph ...
    (
        "Belgian Minister of Trade visits WCO Headquarters",
        [
            "On 3 May, the Minister visited the WCO Headquarters, accompanied by the Director of Customs.",
            "The Secretary General thanked the Minister for the visit and presented the Organization's work.",
            "The Minister praised the conference the Organization held last year.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # ... but for background, a ceremony, or a later visit with a group of its own
    (
        "Mayor receives delegation from partner city",
        [
            "The Mayor received a delegation from the partner city on Tuesday at City Hall.",
            "It will be recalled that the two cities were twinned in 1998.",
            "The delegation later toured the harbour and met local traders.",
            "The traders asked for lower fees.",
            "The Mayor and the delegation then attended a wreath-laying ceremony at the memorial.",
        ],
        ["bilateral", "other", "meeting", "meeting", "meeting"],
    ),
    # ... the encounter told again as "the ceremony" is the encounter, not a ceremony apart
    (
        "New Ambassador of Chile presents credentials to the President",
        [
            "The new Ambassador of Chile presented his letters of credence to the President on Monday.",
            "After the ceremony, the President and the Ambassador discussed assistance to farmers.",
            "Later, the Ambassador attended the opening ceremony of the Trade Fair.",
        ],
        ["bilateral", "bilateral", "meeting"],
    ),
    # ... and the visit the encounter is made on is the encounter; a return home is apart
    (
        "Prime Minister meets Prime Minister of Fiji",
        [
            "The Prime Minister met the Prime Minister of Fiji in Suva on Thursday.",
            "He arrived in Suva on Wednesday for an official visit to Fiji.",
            "The delegation will return to Apia on Saturday.",
        ],
        ["bilateral", "bilateral", "meeting"],
    ),
    # ... but when the trip holds more stops ("also visited"), the trip told as a noun is the
    # visit as a whole, not the talks
    (
        "Fiji and Samoa explore fisheries cooperation",
        [
            "The Fisheries Minister of Samoa, Tavita Leota, held talks with his Fijian counterpart "
            "on Friday.",
            "Leota stressed the need for joint patrols.",
            "Leota arrived in Suva on Thursday on a three-day trip to strengthen fisheries ties.",
            "On the second day of his trip, he also travelled to Lautoka to see its fish market.",
            "Leota also visited the Marine Research Centre in Suva.",
        ],
        ["bilateral", "bilateral", "meeting", "meeting", "meeting"],
    ),
    # ... and a body's present facts about itself are background, whatever participle they hold
    (
        "Think tank hosts conversation with Fiji Prime Minister",
        [
            "The Institute hosted a conversation with the Prime Minister of Fiji, moderated by its director.",
            "The Prime Minister said the region needed more trade.",
            "The Institute is an independent policy think tank located in Sydney, Australia.",
        ],
        ["panel", "panel", "other"],
    ),
    # one panel: the speeches in it are the panel's; a dinner is apart
    (
        "Think-tank hosts public debate on port fees",
        [
            "The Institute hosted a debate on port fees at its offices, moderated by a radio host.",
            "In his speech, the Harbour Master defended the new fees.",
            "The speakers attended a working dinner hosted by the Institute.",
        ],
        ["panel", "panel", "meeting"],
    ),
    # ... and so are the event's keynote and the hosts' welcome: the discussion is the event
    (
        "University hosts round table on island water",
        [
            "The University hosted a round table on island water on Tuesday.",
            "In his keynote, the Vice-Chancellor called for better data.",
            "The Minister of Water stressed that rain tanks save lives.",
        ],
        ["panel", "panel", "panel"],
    ),
    # ... and a signing ceremony, in an encounter whose parties sign, is their signing
    (
        "Fiji and Tonga port authorities sign twinning accord",
        [
            "The port authorities of Fiji and Tonga signed a twinning accord in Suva on Monday.",
            "The signing ceremony was witnessed by senior staff of both authorities.",
            "The Harbour Master of Tonga said the accord would speed up pilot training.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # a delegation of one body hosted by another is one encounter
    (
        "Customs hosts officers of island revenue office",
        [
            "The Customs Service hosted a delegation of five officers from the Revenue Office of Niue "
            "on a study visit from 3 to 5 May.",
            "The visitors toured the cargo terminal and the scanning centre.",
            "The head of the delegation thanked the Customs Service for its help.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # a tour after a call is a visit apart (a tour of the site the encounter was made at is part
    # of it: see the study visits below)
    (
        "Premier receives new envoy",
        [
            "The Premier, Mr. Tom Berg, received a courtesy call from the new Ambassador of Vosk, Ms. "
            "Ana Lind, on 3 May.",
            "The Premier welcomed the Ambassador and said the two countries were old friends.",
            "Following the call, the Ambassador toured the new Parliament building with the Clerk.",
        ],
        ["bilateral", "bilateral", "meeting"],
    ),
    # a study visit to one body is one encounter with it, received there by its head
    (
        "Port team on study visit to island authority",
        [
            "A team from the Port of Lome is on a study visit to the Maritime Authority of Jamaica "
            "this week.",
            "The team was received on Monday at its offices in Kingston by the Director General, "
            "Ms. Ana Ruiz.",
            "The visitors also toured the container terminal.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # consultations "between the two" ministries are talks with one counterpart
    (
        "Laos and Peru hold political consultations",
        [
            "The fifth round of consultations between the two foreign ministries took place in Lima.",
            "The sides reviewed trade and agreed to meet again in 2026.",
            "The Deputy Minister of Laos also paid a courtesy call on the Minister of Trade of Peru.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # credentials of several envoys at once are a ceremony of many, not one encounter
    (
        "President receives credentials of four ambassadors",
        [
            "The President accepted the letters of credence of four new ambassadors at the palace.",
            "He told them that the country valued its partners in trade and tourism.",
            "Later, the President held talks with the Ambassador of Peru on fisheries.",
        ],
        ["meeting", "meeting", "bilateral"],
    ),
    # a panel held at a larger gathering is the panel; solar panels are not
    (
        "Panel explores digital trade at WTO Public Forum",
        [
            "A panel at the WTO Public Forum explored digital trade on Monday.",
            "The moderator asked the panellists about data.",
        ],
        ["panel", "panel"],
    ),
    # an event in parts: each paragraph its own kind
    (
        "Harbour Master meets Consul at the Pacific Ports Forum",
        [
            "The Harbour Master attended the Pacific Ports Forum in Suva.",
            "On the margins of the Forum, she met with the Consul of Tonga.",
        ],
        ["meeting", "bilateral"],
    ),
    # a trip: the visit as a whole, then each counterpart's talks and each gathering
    (
        "Envoy visits Nairobi and Addis Ababa",
        [
            "The Envoy travelled to Kenya and Ethiopia from 12 to 15 May.",
            "In Nairobi on 12 May, she met President Ana Kariuki at State House.",
            "On 13 May, the Envoy addressed the opening of the Africa Water Summit.",
            "On 14 May she held talks with the Chairperson of the Union, Mr. Paul Okello.",
        ],
        ["meeting", "bilateral", "meeting", "bilateral"],
    ),
    # a headline that names a forum and talks held there: the forum and its talks, each told apart
    (
        "Fisheries ministers meet at Reef Summit; bilateral talks with Palau",
        [
            "Minister Ana Lobo led the delegation of Tuvalu to the third Reef Summit in Koror.",
            "In her address to the plenary, Ms. Lobo called for a regional fund for coral science.",
            "On the margins of the Summit, she met the Minister of Fisheries of Palau, Mr. Ken Ito.",
            "Mr. Ito welcomed the offer of training for fisheries observers.",
            "The Summit adopted a declaration on reef protection.",
        ],
        ["meeting", "meeting", "bilateral", "bilateral", "meeting"],
    ),
    # a visit whose talks are with one counterpart, its invitation and the delegations' own
    # meeting around them, is the talks from its first paragraph; a ceremony stands apart
    (
        "Tuvalu's Foreign Minister in Palau",
        [
            "Minister Ana Lobo of Tuvalu paid an official visit to Palau from 3 to 5 May at the "
            "invitation of Foreign Minister Ken Ito.",
            "The two ministers held talks on fisheries, followed by a meeting of the two delegations.",
            "On 4 May, Ms. Lobo laid a wreath at the War Memorial.",
        ],
        ["bilateral", "bilateral", "meeting"],
    ),
    # ... but a ceremony the article opens on is what it is about
    (
        "President Lobo in Lira",
        [
            "President Ana Lobo on Monday laid the foundation stone of the new hospital in Lira.",
            "After the ceremony, the President held talks with the Ambassador of Tessaly, Mr. Ivo Brek.",
        ],
        ["meeting", "bilateral"],
    ),
    # an activity "also" added in a later sentence stays inside the one encounter's scene
    (
        "Port officers of Tuvalu on study visit to Palau Customs",
        [
            "Six officers of Tuvalu Customs paid a study visit to the Palau Customs Service on 3 May.",
            "They attended presentations by the Service's audit team. They also visited the port.",
            "The leader of the team thanked the Director of Palau Customs, Mr. Ken Ito.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # ... but a ceremony the headline names is the two parties' own
    (
        "New envoy of Chile presents credentials at ceremony in Koror",
        [
            "Ambassador Rosa Vidal presented her credentials to President Tom Remengesau on Monday.",
            "The President welcomed the Ambassador and praised the ties between the two countries.",
        ],
        ["bilateral", "bilateral"],
    ),
    # one encounter: a word to the press, and a gathering still to come, stand apart from it
    (
        "Foreign Minister Lund meets Prime Minister Ekberg",
        [
            "Foreign Minister Ole Lund on Monday met Prime Minister Ada Ekberg of Vell in Orla.",
            "The two discussed ferry links. Mr. Lund said ties had never been closer.",
            "In an interview with the weekly Orla Post, the Minister said a deal was near.",
            "The Minister will travel to Kessa on Friday for the opening of the Lake Craft Week.",
        ],
        ["bilateral", "bilateral", "meeting", "meeting"],
    ),
    # ... not the talks themselves, told again as a common noun still to come
    (
        "Foreign Minister Lund to meet Prime Minister Ekberg",
        [
            "Foreign Minister Ole Lund will meet Prime Minister Ada Ekberg of Vell in Orla on Monday.",
            "The meeting will be held at the Prime Minister's office.",
        ],
        ["bilateral", "bilateral"],
    ),
]


@pytest.mark.parametrize(
    ("title", "paragraphs", "kinds"), FRAMED_KINDS, ids=[f[0][:45] for f in FRAMED_KINDS]
)
def test_kinds_in_a_frame(title: str, paragraphs: list[str], kinds: list[ParagraphKind]) -> None:
    assert list(classify_paragraphs(_article(title, *paragraphs))) == kinds


def test_the_frame_says_why_in_the_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    """`briefcli --debug` shows why an article is framed as it is."""
    article = _article("New envoy calls on the Speaker of Parliament", VISIT, THANKS)
    with caplog.at_level("DEBUG", logger="briefcli.analysis.frames"):
        frame_article(article, scene_cues(article))
    assert (
        "bilateral (the headline names an encounter of two parties: “calls on the Speaker of Parliament”)"
        in caplog.text
    )


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Harbour Master visits the Port of Suva", True),
        ("Delegates renew support to the Agency at its 12th session", True),
        ("Island Council agrees on fees at the close of its annual sessions", True),
        ("Former envoys speak at Lima University", True),
        ("Kenya, Uganda discuss rail freight", True),
        ("Ports Forum opens in Apia", True),
        # a statement names no scene
        ("Peru praised Chile's progress in port data customs reform", False),
        ("Shared data is the need of the hour in the ports sector Ana Ruiz former port secretary", False),
    ],
)
def test_a_headline_that_names_a_scene(title: str, names: bool) -> None:
    assert headline_names_scene(title) is names
