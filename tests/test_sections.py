"""Paragraph kinds from scene cues, continuation, sections and their labels."""

from __future__ import annotations

import pytest

from briefcli.analysis import analyse
from briefcli.analysis.kinds import classify_paragraphs, narrates, paragraph_kind, takes_up
from briefcli.analysis.phrases import event_names, noun_phrase_before
from briefcli.analysis.scenes import GROUPS as GROUPS_TRIED
from briefcli.analysis.scenes import find_cues, group_kind
from briefcli.analysis.sections import segment_sections
from briefcli.lang import en as cues
from briefcli.model import KIND, Article, ParagraphKind, Person, Source
from briefcli.text.layout import build_article


def _article(*paragraphs: str) -> Article:
    return build_article(Source("stdin", "-"), "A test article\n\n3 May 2022\n\n" + "\n\n".join(paragraphs))


def _own_kind(paragraph: str) -> ParagraphKind | None:
    article = _article(paragraph)
    return paragraph_kind(find_cues(article, 0), article.text)[0]


# One row per cue group: a sentence, the kind its own cues give (None: no cue).
CUES = [
    # meeting: the event or the visit as a whole
    ("At the invitation of the Ministry of Trade, the Director General visited Lima.", "meeting"),
    ("The Minister attended the Regional Trade Forum in Nairobi.", "meeting"),
    ("The Summit was opened by the Prime Minister of Kenya.", "meeting"),
    ("At the closing ceremony, the Chair thanked the hosts.", "meeting"),
    ("In her keynote address, the Commissioner outlined the new strategy.", "meeting"),
    ("The delegation undertook a three-day working visit to Dakar.", "meeting"),
    ("She met senior customs officials and port operators in Mombasa.", "meeting"),
    ("The plenary session adopted the declaration.", "meeting"),
    ("The Ambassador hosted a reception for the delegates.", "meeting"),
    ("The Africa Logistics Week runs until 18 April.", "meeting"),  # a named week of events
    ("Exports grew last week.", None),  # not a named one
    # bilateral: one delegation met is one counterpart, not a group
    ("After the lecture, the Dean met a delegation of the Orla Farmers' Union.", "bilateral"),
    ("She met with the delegation from Lira, led by its Mayor, on Monday.", "bilateral"),
    # ... so is one named by a post in lowercase
    ("He toured the seed bank and met with the head of the institute.", "bilateral"),
    ("She met the deputy director of the port on Monday.", "bilateral"),
    ("She met the heads of the port agencies.", "meeting"),  # several
    ("She held talks on road tolls with officials of the Ministry of Roads.", "meeting"),
    ("Later, the Minister met a group of investors from the Gulf.", "meeting"),
    ("The Minister spoke today with Foreign Minister Ana Ruiz of Peru.", "bilateral"),
    # a welcome at the airport is the arrival, no talks
    ("She was welcomed at the airport by the Deputy Mayor of Lira.", None),
    ("The envoy was received at Lira International Airport by the Governor.", None),
    ("They met at the Summit in Rome.", "meeting"),  # "met at" is no bilateral talk
    ("On the final day, the ministers adopted the Accra Declaration on Transit.", "meeting"),
    ("The Assembly closed with the adoption of a joint communiqué.", "meeting"),
    ("The Governor launched the new one-stop border post.", "meeting"),
    ("The two agencies agreed to launch a joint study next year.", None),  # a plan, no launch
    ("She met with senior Customs officials.", "meeting"),  # several people: the visit
    # a visitor received by one host, named by a title of heads ("... General")
    ("She was received by the Comptroller-General of the Port Service.", "bilateral"),
    ("He was received by the Secretary General of the Council on arrival.", "bilateral"),
    ("On the second day, she travelled to Vell to tour the salt works.", "meeting"),
    ("The Governor is on a four-day trip to the northern ports.", "meeting"),
    # panel: several speakers in one session
    ("A panel discussion on green ports followed the opening.", "panel"),
    ("The panellists debated the future of transit.", "panel"),
    ("During the roundtable on e-commerce, he stressed the need for data.", "panel"),
    ("The session was moderated by the Deputy Director.", "panel"),
    ("A ministerial panel chaired by the Vice President opened the second day.", "panel"),
    ("The session, moderated by a radio presenter, heard from four mayors.", "panel"),
    ("An expert panel then took questions from the floor.", "panel"),
    ("Ms. Osei moderated the closing debate on youth jobs.", "panel"),
    ("Speakers included the Director of Trade and two ambassadors.", "panel"),
    ("The Director attended the Forum and spoke on its high-level panel discussion.", "panel"),
    # a gathering convened under the name of a dialogue is the event, not a panel
    ("The Bank convened a high-level dialogue on port finance in Abidjan.", "meeting"),
    ("The ministerial debate on fisheries opened on Monday.", "meeting"),
    # bilateral: ONE counterpart
    ("The Minister held bilateral talks with her Canadian counterpart.", "bilateral"),
    ("The Ambassador paid a courtesy call on the Governor of the province.", "bilateral"),
    ("On the sidelines of the Summit, the two leaders discussed trade.", "bilateral"),
    ("The Secretary General met with the Minister of Economy.", "bilateral"),
    ("She also met Foreign Minister Ana Ortiz.", "bilateral"),
    ("The Mayor received the new Ambassador of Peru.", "bilateral"),
    ("The Governor received on Friday a delegation from the Ministry of Mines.", "bilateral"),
    ("The Mayor received on 4 May the Ambassador of Chile.", "bilateral"),
    ("The Minister received yesterday the Consul of Italy.", "bilateral"),
    ("The two agencies signed a Memorandum of Understanding on data exchange.", "bilateral"),
    ("During his visit, he met with the President of the Senate.", "bilateral"),  # specific over general
    ("The President held a cordial meeting with Prime Minister Ravi Rao.", "bilateral"),
    ("The second round of bilateral trade consultations opened in Hanoi.", "bilateral"),
    ("Talks between the Ministry of Energy and the Embassy of Norway covered wind power.", "bilateral"),
    ("Both sides agreed to review the air services agreement.", "bilateral"),
    ("The two delegations exchanged views on fisheries.", "bilateral"),
    ("Talks between Kenya, Uganda and Rwanda covered the railway.", None),  # three parties
    ("Traders from both sides of the border joined the talks.", None),  # places, not parties
    ("They discussed bilateral relations and regional security.", None),  # relations, not talks
    # a reception of one titled counterpart, the body's acronym in brackets
    ("The President received the East African Community (EAC) Secretary General at noon.", "bilateral"),
    # the talks as the subject; the leaders, a counterpart, a visiting head of state
    ("The talks were also attended by the Minister of Mines.", "bilateral"),  # over "attended"
    ("The talks focused on rail links and power trade.", "bilateral"),
    ("The two leaders reviewed the state of cooperation.", "bilateral"),
    ("Both Presidents welcomed the new air link.", "bilateral"),
    ("He later held a working session with his Ghanaian counterpart.", "bilateral"),
    ("She thanked her counterpart for the warm welcome.", "bilateral"),
    ("The visiting Prime Minister laid a wreath at the memorial.", "bilateral"),
    ("Two ministers from the region spoke at the Forum.", "meeting"),  # no pair: "the two"
    ("The ministers met their counterparts from four states.", "meeting"),  # several
    ("The visiting ministers toured the laboratory.", "meeting"),  # several visitors: a visit, no talks
    # other: background
    ("It will be recalled that the programme began ten years ago.", "other"),
    ("The Centre was established in 1998 to train officers.", "other"),
    ("The Commission was set up by the 1975 treaty.", "other"),
    ("Founded in 1962, the Institute trains port managers.", "other"),
    ("The Secretariat is based in Arusha.", "other"),
    ("The Chamber represents more than 1,200 member firms.", "other"),
    ("The Union has 54 member states.", "other"),
    ("Ghana and Peru established diplomatic relations in 1962.", "other"),
    ("The Minister visited the Institute, which is based in Kisumu.", "meeting"),  # a detail
    ("It will be recalled that the two Presidents met in Lomé in 2019.", "other"),  # a frame
    ("Further information is available on the Agency's website.", "other"),
    # no cue
    ("The Ministers discussed trade and investment.", None),
    ("Thousands march for the climate every spring.", None),
    ("The ministers signed and exchanged the texts with their colleagues.", None),
    ("He thanked the Mayor for the warm reception.", None),
    ("The dispute settlement body reviewed the case.", None),
    ("The report will be published in May.", None),
    # an event spoken about is no scene (unless the words are spoken at it)
    ("She welcomed the proposed investment forum in Dakar.", None),
    ("He recalled that the Senate had adopted a resolution on the matter in 2023.", None),
    ("The Mayor welcomed participants to the Regional Trade Forum.", "meeting"),
    ("She said at the opening ceremony that the port was ready.", "meeting"),
    # opening or closing the event; its whole body as the subject
    ("Closing the conference, the Chair thanked the host city.", "meeting"),
    ("Opening the two-day seminar, the Director recalled its aims.", "meeting"),
    ("Closing the gap in skills remains the goal.", None),  # no event
    ("Delegates also voiced concern over delays at the border.", "meeting"),
    ("Participants adopted the agenda.", "meeting"),
    ("The delegates thanked their hosts.", None),  # the delegates of talks just told, maybe
    # one counterpart met, with a time or a place between the verb and "with"
    ("The Governor met on Tuesday at the Treasury with the Minister of Finance.", "bilateral"),
    ("The Mayor met late last week with the Consul of Peru.", "bilateral"),
    ("The Minister met in Apia with port officials.", "meeting"),  # several
    ("The Premier met visiting Trade Commissioner Ana Ortiz.", "bilateral"),
    ("The Premier met visiting trade ministers.", "meeting"),
    ("The Premier met Ministers in Accra with the Governor.", "meeting"),  # several, then one
    ("The Director engaged with the Joint Transport Committee on rail tariffs.", "bilateral"),
    ("He engaged with a number of members on the budget.", "meeting"),
    ("She had meaningful engagements with the Minister of Energy.", "bilateral"),
    ("Her engagement with Fiji and Tonga on fees is well known.", None),  # a policy, no talks
    # a reception of one titled counterpart, a hyphenated title too; not of a thing of theirs
    ("The President received the Secretary-General of the Pacific Islands Forum.", "bilateral"),
    ("The Minister was received by the WHO Director-General, Dr. Ana Ruiz.", "bilateral"),
    ("The President received the Ambassador's letter on Monday.", None),
    # a group met, a foundation stone laid: the visit as a whole
    ("During his stay, the Minister interacted with members of the diaspora in Apia.", "meeting"),
    ("The Minister laid the foundation stone of the new customs house.", "meeting"),
    # calls and credentials: one counterpart
    ("The Governor-General received the credentials of the new High Commissioner of Fiji.", "bilateral"),
    ("She presented her letters of credence to the King.", "bilateral"),
    ("She spoke to reporters after her call on the Prime Minister.", "bilateral"),
    ("The Minister called on donors to act quickly.", None),  # "called on X to": urged
    ("The envoy paid a farewell visit to the Speaker.", "bilateral"),
    # several talks are the visit as a whole; an audience of many is the event
    ("He held several bilateral meetings with heads of delegation.", "meeting"),
    ("She held a series of meetings in the capital.", "meeting"),
    ("He also addressed representatives of the member states.", "meeting"),
    ("The Minister had frank talks with local business leaders.", "meeting"),
    # a mission named with a capital is a body, not a trip
    ("The Minister's mission to Fiji ended on Friday.", "meeting"),
    ("Staff of the EU Mission to Fiji were thanked.", None),
    # the delegation's travel is the visit as a whole
    ("The delegation will return to Apia on Friday.", "meeting"),
    ("Exports returned to growth in May.", None),
    # who attended a scene already told is a detail of it
    ("The meeting was also attended by the Deputy Minister.", None),
    ("He also attended the Forum.", "meeting"),
    # "on the margins" says where: what happened there decides
    ("On the margins of the Summit, he engaged with a number of members.", "meeting"),
    ("On the margins of the Summit, the Minister discussed fisheries with the Premier of Niue.", "bilateral"),
    ("The report was presented at a side event on the margins of the Council.", "meeting"),
    ("On the sidelines of the Forum, she held talks with the Mayor of Suva.", "bilateral"),
    # an event named inside a quotation, or as a kind of gathering, is no scene
    ("“We will raise it at the next ministerial meetings,” she said.", None),
    ("The ministers discussed cooperation in international fora.", None),
    ("The regional fora of the Agency meet twice a year.", "meeting"),  # these fora
    # panels: the event's panels, a numbered dialogue, a conversation, questions from the floor
    ("The panels then turned to the cost of dredging.", "panel"),
    ("The second dialogue asked who should pay for sea walls.", "panel"),
    ("The author sat down in conversation with the Trade Commissioner.", "panel"),
    ("A question-and-answer session with students followed the lecture.", "panel"),
    ("During the Q&A, students asked about jobs in shipping.", "panel"),
    ("The speakers then took questions from the floor.", "panel"),
    ("The moderator then opened the floor to the audience.", "panel"),
    ("He answered questions on the budget.", None),
    ("Two discussants responded to the keynote.", "panel"),
    ("Three panellists agreed on the need for training.", "panel"),
    # an event named in what was said is no scene, unless a preposition of place puts the
    # speech at it; another preposition between them ends that phrase
    ("She said the Minister flew home to Lima after his visit to Quito.", None),
    ("He noted that trade grew in May following the summit.", None),
    ("He welcomed the delegates to the annual Forum.", "meeting"),
    # ... but all after "that" is what was said, prepositions of place too
    ("He said that the plans announced during the state visit would go ahead.", None),
    ("She noted that the accords reached at the summit were working.", None),
    ("The Minister stressed that deals struck at the forum must be honoured.", None),
    ("He said at the Forum that trade was growing.", "meeting"),
    ("She told the delegates at the Ports Forum that fees would fall.", "meeting"),
    ("She thanked the hosts at the Ports Forum.", "meeting"),
    # a speech given has a determiner or an owner; the bare mass noun is no event
    ("In her speech, the Minister praised the nurses.", "meeting"),
    ("The Governor’s speech drew long applause.", "meeting"),
    ("She gave a short speech at the harbour.", "meeting"),
    ("He closed with a high-level speech on debt.", "meeting"),
    ("Dialogue and speech can heal divisions, he stressed.", None),
    ("She defended freedom of speech and of the press.", None),
    # a ceremony's participle after a name a preposition governs tells what the thing is
    ("They renewed their support to the Ocean Compact launched in 2024.", None),
    ("The delegates praised the work of the Harbour Centre inaugurated last year.", None),
    ("The Minister launched the Ocean Compact in Suva.", "meeting"),
    ("The Chair of the Forum launched the plan on Monday.", "meeting"),
    # speech told to one titled hearer is talks with that counterpart
    ("The Minister told the visiting Ambassador of Peru that the pipeline was ready.", "bilateral"),
    ("She assured the Governor that the road would open in May.", "bilateral"),
    ("The Mayor briefed H.E. Mr. Lee on the harbour works.", "bilateral"),
    ("He informed Prime Minister Sato about the talks.", "bilateral"),
    ("He informed the Council that the report was ready.", None),  # a body of many
    ("Ports must stay open, the Minister said to Foreign Minister Sergei Ivanov.", "bilateral"),
    ("She stressed to the visiting Ambassador of Peru that the road was safe.", "bilateral"),
    ("He explained to the Governor how the levy works.", "bilateral"),
    ("The plan is said to be the Minister's own.", None),
    ("He said to reporters that talks would resume.", None),
    ("She noted to the delegates that time was short.", None),  # several
    ("She told reporters that the port would reopen.", None),
    ("He told the Ministers that funds were short.", None),  # several counterparts
    ("The letter told of the Ambassador's courage.", None),
    ("The Premier bade a warm farewell to the outgoing High Commissioner.", "bilateral"),
    ("The Minister received the Permanent Representative of Chile.", "bilateral"),
    ("The Minister received the representatives of the unions.", None),  # several
    # bilateral meetings in the plural are a series with several counterparts: the visit;
    # talks, discussions and consultations are plural however many parties
    ("The Minister held bilateral meetings with delegates from five countries.", "meeting"),
    ("Her day in Geneva was full of bilateral encounters.", "meeting"),
    ("The two ministers held bilateral talks in Rome.", "bilateral"),
    ("She held a bilateral meeting with the Mayor.", "bilateral"),
    ("Bilateral consultations between the two ministries were held in May.", "bilateral"),
    # a call or a talk with one counterpart
    ("The Premier had a telephone conversation with the President of Chile.", "bilateral"),
    ("The Minister spoke by phone with the Foreign Minister of Chile.", "bilateral"),
    ("She later talked with Governor Ito about the ferry.", "bilateral"),
    ("The Minister spoke with reporters after the session.", None),  # a group
    ("She spoke with confidence about the plan.", None),
    # questions taken from an audience are the discussion after a talk
    ("After her talk, the Mayor took a dozen questions from the students.", "panel"),
    ("He then fielded questions from the audience.", "panel"),
    ("The Minister answered questions from journalists.", "panel"),
    # an agreement signed, in the passive or by another verb of concluding
    ("The loan accord, signed by the two finance ministers, runs for five years.", "bilateral"),
    ("A memorandum was signed by the rectors of both universities.", "bilateral"),
    ("The two agencies formalised a new partnership agreement on Friday.", "bilateral"),
    ("The port authorities concluded a twinning accord.", "bilateral"),
    ("The treaty, which was signed by both presidents in 1994, still holds.", "bilateral"),
    ("The agreement covers training and the loan of equipment.", None),  # no signing told
    ("The petition signed by 300 traders asks for lower fees.", None),  # no agreement
    # a site toured is a visit; a charter signed is a signing
    ("After the talks, the guests toured the new ferry terminal.", "meeting"),
    ("The two mayors signed a renewed partnership charter.", "bilateral"),
    ("Officials signed an arrangement on joint patrols.", "bilateral"),
    # a capitalised Town Hall alone is the building, no town hall meeting
    ("The flags flew over the Town Hall all week.", None),
    ("Staff raised their concerns at a Town Hall meeting.", "meeting"),
    # an agreement signed with its amount before its noun
    ("The Bank and the Ministry signed a US$ 12.5 million grant agreement for rural roads.", "bilateral"),
    ("The two lenders signed a €40 million loan agreement.", "bilateral"),
    # a discussion format with several participants, by other names
    ("The Governor welcomed three mayors for a group discussion on floods.", "panel"),
    ("Two former envoys took part in the governor's annual chat session.", "panel"),
    ("A dialogue session with young farmers closed the fair.", "panel"),
    ("The group discussed the budget in a closed session.", None),  # neither
    ("The Minister held discussions with the Mayor.", "bilateral"),  # talks, no format
    # a discussion that features several speakers
    ("The Chamber hosted a webinar on trade finance, featuring the Minister and two bankers.", "panel"),
    ("The session featured Dr. Ana Lima, a mayor and an engineer.", "panel"),
    ("The debate, which featured three mayors and a farmer, ran late.", "panel"),
    ("The session featured a keynote by the Minister.", "meeting"),  # one speaker: no panel
    ("The discussions with the Minister featured trade and fisheries.", "bilateral"),  # the talks
    # a gathering's noun a title governs with "of" names the office's body: a person
    ("The President of the General Assembly noted that floods were rising.", None),
    ("She thanked the Chair of the Summit for his support.", None),
    ("The Secretary-General of the Conference praised the hosts.", None),
    # ... a title of two words too, its body's name of several words
    ("The Secretary General of the Coral Islands Forum praised the hosts.", None),
    ("The Director General of the Reef Fisheries Summit met the press.", None),
    ("The Speaker of the National Assembly welcomed the delegation.", None),
    ("The President addressed the General Assembly on Monday.", "meeting"),
    # ... and so does one a title follows: "the Forum Secretary General"
    ("The Forum Secretary General praised the hosts.", None),
    ("She thanked the National Assembly Chairwoman for her support.", None),
    ("The Summit Chair noted that floods were rising.", None),
    ("The Summit opened in Apia on Monday.", "meeting"),
    ("Ministers of the Summit agreed on a fund.", "meeting"),  # no title: the gathering's
    # "call on" a counterpart is a visit to them; "call on" someone "to" do a thing urges
    ("The new Consul of Peru called on the Mayor of Suva at City Hall.", "bilateral"),
    ("Accompanied by two aides, the envoy called on Prime Minister Sato here on Monday.", "bilateral"),
    ("The Ambassador will call on the Governor-General next week.", "bilateral"),
    ("On Tuesday she calls on H.E. Mr. Lee, the Minister of Trade.", "bilateral"),
    ("The Minister called on the Government to act on port fees.", None),
    ("She called on Member States of the region to ratify the treaty.", None),
    ("He called on all parties to show restraint.", None),
    ("The Chair called on delegates to take their seats.", None),
    # the two sides as the parties of talks; not the people "from" or "on" each side
    ("Both sides agreed to meet again in May.", "bilateral"),
    ("The talks allowed the two sides to compare their tariffs.", "bilateral"),
    ("The fund will bring together students from both sides.", None),
    ("Exporters on both sides have shown great interest.", None),
    ("Researchers from the two sides will share data.", None),
    # a visit to one titled person is talks with that counterpart (a visit to a place is not)
    ("On Friday the envoy visited the Governor of the Central Bank.", "bilateral"),
    ("The new Consul of Peru paid a courtesy visit to the Mayor of Suva.", "bilateral"),
    ("She pays a farewell visit to Prime Minister Sato on Monday.", "bilateral"),
    ("The Speaker was briefly visited by the Ambassador of Chile.", "bilateral"),
    ("The Director visited the inland container depot.", "meeting"),
    ("He visited the port with the Minister of Ports.", "meeting"),
    ("They visited the President's farm in Lomé.", "meeting"),
    ("The visiting Minister of Ports addressed the forum.", "meeting"),
    # a discussion format chaired by someone is a panel
    ("A debate on water prices chaired by a retired judge drew a full hall.", "panel"),
    ("They met students in a discussion on trade, chaired by Prof. Lee.", "panel"),
    ("The dialogue, which was co-chaired by two mayors, ran late.", "panel"),
    ("The meeting was chaired by the Minister of Trade.", None),  # no panel
    ("The discussions chaired by the Minister focused on tariffs.", None),  # a meeting's deliberations
    # talks with one titled counterpart, with the matter discussed or the time between
    ("The Governor discussed the new pay rules with the visiting Minister of Finance of Peru.", "bilateral"),
    ("She reviewed port links with Fiji's Minister of Ports.", "bilateral"),
    ("They explored ways to fund the ferry with the Premier of Niue on Monday.", "bilateral"),
    ("He had a meeting on Monday with the Prime Minister of Fiji.", "bilateral"),
    ("She held talks yesterday at the Treasury with the Governor of the Central Bank.", "bilateral"),
    ("The Minister held a long meeting with the Ambassador of Peru.", "bilateral"),
    ("Ministers discussed the fund with partners from the region.", None),  # several, no title
    ("He discussed trade with the Port Authority of Fiji.", None),  # no title: a body
    ("She held meetings on Monday with port officials.", None),  # several
    ("The delegation was received by Dr. Lena Ortiz, the Rector of the university.", "bilateral"),
    ("The envoys were warmly received by the Minister of Trade.", "bilateral"),
    ("On arrival, she was received by its Director, Mr. Ito.", "bilateral"),
    ("The proposal was received by the members with applause.", None),
    ("The letter was received by the Secretariat in May.", None),
    # a series of talks with several counterparts is the visit, whatever the talks are called
    ("She also held a number of informal conversations with ministers on the sidelines.", "meeting"),
    ("The Minister had several exchanges with envoys on the margins of the Summit.", "meeting"),
    ("On the sidelines, he held an informal conversation with the Mayor of Suva.", "bilateral"),
    # a count of panels outlines the programme, not one panel
    ("The forum gathered 900 participants, and 12 panel discussions were held.", "meeting"),
    ("The summit held five ministerial roundtables.", "meeting"),
    ("Twelve panel discussions were organised.", None),
    # the parts of a workshop's discussion, and who led a discussion
    ("The trainees then moved to breakout groups facilitated by two tutors.", "panel"),
    ("Delegates worked in break-out rooms on the draft charter.", "panel"),
    ("The broadcaster Eli Moss, who led the debate, asked the mayors about rents.", "panel"),
    ("Dr. Vane facilitated the discussion on seed banks.", "panel"),
    ("The exchange was steered by the journalist Eli Moss.", "panel"),
    ("The Minister led the discussions with the visiting delegation.", None),  # talks, not a panel
    # a tour is a visit
    ("The Minister ended her stay with a short tour of the dry port.", "meeting"),
    ("He thanked the Consul for her tour of duty in Lira.", None),
    # a gathering still to come is a topic, no scene
    ("They discussed the forthcoming ministerial conference in Lisbon.", None),
    ("The envoys reviewed preparations for the Summit in Dili.", None),
    ("The upcoming forum will open in Suva.", "meeting"),  # the sentence's subject: told
    # "With X, the Premier discussed ...": the talks with X, told from the counterpart
    ("With President Tomas Rengiil of Palau, the Premier discussed tuna fisheries.", "bilateral"),
    ("With the Minister of Mines, she also reviewed the cobalt tender.", "bilateral"),
    ("With Peru's support, the project expanded to four ports.", None),  # no talks
    # a count after "into" is the participants going into the sessions, not a programme's outline
    ("After lunch, the delegates split into four breakout groups on port security.", "panel"),
    # several speakers taking the stage for a debate
    ("Three economists then took the stage to debate whether tolls should rise.", "panel"),
    ("Two former mayors took to the podium for a lively debate on ferry fares.", "panel"),
    # an award handed over after a speech verb is a second act, the ceremony, not what was said
    ("The Rector thanked the lecturer and presented him with the college's gold medal.", "meeting"),
    ("The Governor thanked the volunteers and awarded each a certificate of merit.", "meeting"),
    ("She said that she had presented him with a medal in 2019.", None),  # what was said
    # the event's place in a series, told with the sentence's own copula, is background
    ("The roundtable on ferry safety is the second in a series of river dialogues.", "other"),
    (
        "The panel discussion, which is the second in a series, took place in Kilo.",
        "panel",
    ),  # a detail of the scene
    # a discussion held with a group is the visit, like meeting the group
    ("In the afternoon, a separate discussion was held with leaders of the fishing cooperatives.", "meeting"),
    # facts about a body: how many it brings together, in words
    ("The Lagoon Council brings together fourteen fishing towns.", "other"),
    ("The Lagoon Council brings together 14 fishing towns.", "other"),
    # several envoys' credentials are the ceremony, whatever the envoys' title
    ("She received the credentials of three new Permanent Representatives on Monday.", "meeting"),
    # a document a meeting adopts: a strategy, a framework, its terms of reference
    ("Members adopted the draft strategy for 2027–2030.", "meeting"),
    ("Members adopted a regional framework on cold-chain logistics.", "meeting"),
    ("Members adopted the terms of reference of the working group.", "meeting"),
    # what a speaker said had been done before is the speech's scene, no scene of its own
    ("Ms. Ruiz noted that nine ports had already signed the memorandum of understanding.", None),
    ("He said the ports have signed a memorandum on data exchange.", None),
    ("She recalled that the two universities had signed an agreement in 2019.", None),
    # ... not a perfect no speech verb reports
    ("The two agencies have signed a memorandum on data exchange.", "bilateral"),
    # a host and one guest, for talks or a meal; not a host and many, nor a passive
    ("The Premier hosted the Governor of Vell, Mr. Ivo Dall, for a working lunch.", "bilateral"),
    ("The Envoy hosted the Mayor of Lira and the heads of five agencies for a dinner.", "meeting"),
    ("The dinner was hosted by the Governor of Vell for the delegates.", "meeting"),
    # a gathering still to come, named with its name's words before its noun
    ("They discussed preparations for the Harbour Cities Summit.", None),
    # a delegation from a city named after its noun
    ("The Mayor welcomed a business delegation from the town of Orla on Monday.", "bilateral"),
    # a speaker on a panel; a fireside conversation
    ("The Mayor of Lira spoke on a panel alongside two port chiefs.", "panel"),
    ("The summit ended with a fireside conversation between two former premiers.", "panel"),
    # a visitor welcomed to the host's seat: the talks (not the Forum's delegates)
    ("The Mayor welcomed the Consul of Orla, Mr. Ivo Dall, to City Hall on Monday.", "bilateral"),
    ("The Chair welcomed the Minister of Trade to the Harbour Forum.", "meeting"),
    # questions put to a speaker: the questions and answers
    ("Several pupils posed questions to the astronaut about food in orbit.", "panel"),
    # a call told with its day between the noun and the one called
    ("The Premier held a video call today with the Chancellor of Ostia.", "bilateral"),
    ("The Mayor had a telephone conversation yesterday with the Governor of Vell.", "bilateral"),
    ("The Premier spoke by phone this evening with President Ana Lind of Orla.", "bilateral"),
    ("The Governor took a phone call from the Premier of Orla, Ms. Ana Lind.", "bilateral"),
    # a reception named by where or for whom it was given, not the warm welcome of a host
    ("The tour ended with a reception at the Town Hall for the volunteers.", "meeting"),
    ("The guests were given a warm reception at the quay.", None),
    # a stretch of the event closing with what followed speaks no word; a speaker does
    ("The visit concluded with a working dinner at the palace.", "meeting"),
    ("She concluded with a plea for the planned business forum.", None),
    # a working session with one counterpart is talks; a session with someone, an audience of him
    ("Later, she held a working session with the Director of the Rail Board, Mr. Ivo Sand.", "bilateral"),
    ("The Embassy held an open session with the Ambassador for forty students.", None),
    # traders of a country met are a group (the mission's programme), not one counterpart
    ("The delegation held some 150 meetings with Tarvian importers and distributors.", "meeting"),
    ("She later met Tarvian buyers of cocoa in the port.", "meeting"),
]


@pytest.mark.parametrize(("sentence", "kind"), CUES, ids=[c[0][:50] for c in CUES])
def test_kind_from_cues(sentence: str, kind: ParagraphKind | None) -> None:
    assert _own_kind(sentence) == kind


# A found cue remembers the lexicon's group that matched it (the labels read it).
GROUPS = [
    ("The Ambassador paid a courtesy call on the Governor.", "BILATERAL_COURTESY", "paid a courtesy call on"),
    ("The Minister visited Accra on Monday.", "MEETING_VISITS", "visited"),
    ("She met senior customs officials in Mombasa.", "MEETING_GROUPS", "met senior customs officials"),
    ("The panellists discussed port tariffs.", "PANEL_SPEAKERS", "panellists"),
    ("The mayor then took a dozen questions from pupils.", "PANEL_QUESTIONS", "took a dozen questions from"),
    ("Both sides reviewed the trade figures.", "BILATERAL_PARTIES", "Both sides"),
    ("He spoke at the extraordinary meeting of the OIC Council.", "MEETING_EVENTS", "meeting of the O"),
]


@pytest.mark.parametrize(("sentence", "group", "text"), GROUPS, ids=[g[1] for g in GROUPS])
def test_a_cue_remembers_its_group(sentence: str, group: str, text: str) -> None:
    article = _article(sentence)
    cue = next(c for c in find_cues(article, 0) if c.group == group)
    assert article.text[cue.start : cue.end] == text
    assert cue.kind == group_kind(group)


def test_every_cue_group_of_the_lexicon_is_tried() -> None:
    """A group added to the lexicon under a kind's name is found without another edit."""
    named = {name for name in vars(cues) if name.split("_", 1)[0].lower() in KIND and name.isupper()}
    assert named == set(GROUPS_TRIED)
    assert all(group_kind(group) in KIND for group in GROUPS_TRIED)


# Whole articles: each paragraph's kind, with continuation.
ARTICLES = [
    # "He stressed that ..." carries on the bilateral scene.
    (
        [
            "The Minister held bilateral talks with the Governor of Lagos.",
            "He stressed that trade between the two had grown.",
        ],
        ["bilateral", "bilateral"],
    ),
    # The scene where a paragraph ends goes on: the talks added with "also".
    (
        [
            "The Minister attended the Regional Forum in Abuja. She also met with the Governor of Lagos.",
            "The Governor welcomed her and praised the port reform.",
        ],
        ["meeting", "bilateral"],
    ),
    # An aside that closes a paragraph whose first sentence narrates the scene is part of it;
    # one that opens the paragraph makes it background.
    (
        [
            "The Minister held bilateral talks with the Governor of Lagos.",
            "The Governor praised the reform. The Port Council, founded in 1990, has 40 members.",
            "The Port Council was founded in 1990 and has 40 members. Its seat is in Lagos.",
        ],
        ["bilateral", "bilateral", "other"],
    ),
    # A gathering only named after a panel or talks were told is talked about there: the
    # scene goes on; an activity of the event as a whole ends it.
    (
        [
            "A panel discussion on migration opened the second day.",
            "The panellists spoke of jobs. The Valletta Summit was recalled as a first step.",
            "The Minister of Malta stressed that returns must be humane.",
        ],
        ["panel", "panel", "panel"],
    ),
    (
        [
            "A panel discussion on migration opened the second day.",
            "The panellists spoke of jobs. The delegates then attended the closing ceremony.",
            "The Minister of Malta stressed that returns must be humane.",
        ],
        ["panel", "panel", "meeting"],
    ),
    # Background is an aside: the scene resumes after it.
    (
        [
            "The Minister held bilateral talks with the Governor of Lagos.",
            "It will be recalled that the two signed a charter in 2019.",
            "The Governor noted that the charter had worked well.",
        ],
        ["bilateral", "other", "bilateral"],
    ),
    # A lead paragraph without cues tells the event as a whole.
    (
        ["The Ministers discussed trade and transport.", "They agreed to meet again next year."],
        ["meeting", "meeting"],
    ),
    # A general sentence frames a specific scene.
    (
        [
            "Over 200 delegates attended the Conference. The Director spoke in a panel discussion on ports.",
            "The other panellists agreed with her.",
        ],
        ["panel", "panel"],
    ),
    # A paragraph with its own cue starts a new scene.
    (
        [
            "The Director attended the Trade Summit in Accra.",
            "A roundtable on payments followed.",
            "In the margins of the Summit, she met with the Minister of Finance.",
            "At the closing ceremony, she thanked the hosts.",
        ],
        ["meeting", "panel", "bilateral", "meeting"],
    ),
]


# Continuation needs a paragraph that goes on telling the scene; present facts are background.
BILATERAL_OPENING = "The Minister held talks with the Governor of Kano State."
ARTICLES += [
    # Facts about a place or an organisation, in the present: background, not the talks.
    (
        [
            BILATERAL_OPENING,
            "Kano State is the largest producer of hides in the region. Its capital hosts a dry port.",
        ],
        ["bilateral", "other"],
    ),
    (
        [BILATERAL_OPENING, "The two countries have traded in cotton for centuries."],
        ["bilateral", "other"],
    ),
    # ... the past of a relative clause set off by commas is its noun's history, not the scene
    (
        [
            BILATERAL_OPENING,
            "The road, which carried most of the cotton until it closed in 2019, is the shortest "
            "route to the coast.",
        ],
        ["bilateral", "other"],
    ),
    (
        [BILATERAL_OPENING, "The Governor, who arrived in the morning, thanked the Minister."],
        ["bilateral", "bilateral"],
    ),
    (
        [BILATERAL_OPENING, "They also met the Emir, who welcomed the plan."],
        ["bilateral", "bilateral"],
    ),
    # An event noun in a present fact is no event: "a forum for dialogue".
    (
        [
            "The Director attended the Coastal Fisheries Conference in Apia.",
            "The Agency offers a forum for dialogue between its members. Its office is in Honiara.",
        ],
        ["meeting", "other"],
    ),
    # Past narration, a quotation, the future, reported speech: the scene goes on.
    ([BILATERAL_OPENING, "The Governor thanked the Minister for the visit."], ["bilateral", "bilateral"]),
    (
        [BILATERAL_OPENING, "“Our doors are open to investors,” the Governor told reporters."],
        ["bilateral", "bilateral"],
    ),
    ([BILATERAL_OPENING, "A joint committee will meet in Abuja in June."], ["bilateral", "bilateral"]),
    (
        [
            "The Minister attended the Ports Forum in Lomé.",
            "Delegates agree that dredging is the first priority.",
        ],
        ["meeting", "meeting"],
    ),
    # An event a speaker talks about is no new scene: the talks go on.
    (
        [
            BILATERAL_OPENING,
            "The Governor, for his part, welcomed the planned investment forum and urged faster visas.",
        ],
        ["bilateral", "bilateral"],
    ),
    # A standing fact about a publication, between the scenes, is background.
    (
        [
            BILATERAL_OPENING,
            "The Trade Outlook, published every year by the Bank, covers 50 ports. The new edition "
            "highlights that dwell times are falling.",
        ],
        ["bilateral", "other"],
    ),
    # A background cue inside what someone said at the scene is no aside.
    (
        [BILATERAL_OPENING, "He recalled that the Kano dry port was established in 2016 with federal funds."],
        ["bilateral", "bilateral"],
    ),
    # A relative clause that tells who a speaker is, between the subject and the speech verb,
    # is no aside: the paragraph is what was said at the scene.
    (
        [
            "A panel discussion on river transport was moderated by Ines Calloway.",
            "Mr. Dario Fenwick, whose guild represents 300 barge owners, said: “We are ready to invest.”",
        ],
        ["panel", "panel"],
    ),
    (
        [
            "A panel discussion on river transport was moderated by Ines Calloway.",
            "The guild, which represents 300 barge owners, was founded in 1990.",
        ],
        ["panel", "other"],
    ),
    # Travelling on to another place after the talks is an activity apart from them.
    (
        [
            "Fisheries Minister Ada Kesslar held talks with her Varnian counterpart Luca Moro on Friday.",
            "On the first day of her trip, she also travelled to Vell to tour the salt works.",
        ],
        ["bilateral", "meeting"],
    ),
    # A present paragraph about what the scene produced carries it on.
    (
        [
            "The two Ministers signed a fisheries agreement.",
            "The agreement covers licensing and joint patrols.",
        ],
        ["bilateral", "bilateral"],
    ),
    (
        ["The delegates adopted the Apia Declaration.", "The Declaration sets a target for 2030."],
        ["meeting", "meeting"],
    ),
    # What happened at a time before the event is background, not the scene going on ...
    *(
        ([BILATERAL_OPENING, later], ["bilateral", "other"])
        for later in (
            "Rail freight between the two countries doubled last year.",
            "The Bank last month announced a new credit line for ports. Kenya exports tea to Egypt.",
            "Over the past decade, the corridor carried 40 million tonnes.",
            "The port was previously run by a private operator.",
            "The border post opened three years ago.",
        )
    ),
    # ... unless the scene's people tell it, or it is said at the scene.
    *(
        ([BILATERAL_OPENING, later], ["bilateral", "bilateral"])
        for later in (
            "She recalled that rail freight doubled last year.",
            "The Governor noted that the border post opened three years ago.",
            "“Freight doubled last year,” the Governor said.",
            "They agreed that last year's floods had shown the need for new bridges.",
        )
    ),
    # The first paragraph tells the event, whenever it was.
    (["Last week the Minister toured the new terminal.", "He thanked the staff."], ["meeting", "meeting"]),
    # Delegates at large after the talks on the margins: back to the meeting.
    (
        [
            "The Ministers attended the Regional Ports Conference in Lomé.",
            "On the margins of the Conference, the Minister met with the Governor of Kano.",
            "Delegates also called for common rules on dredging.",
        ],
        ["meeting", "bilateral", "meeting"],
    ),
]


# The layout of the page: a heading is the kind of what it heads, a list item goes on with
# the paragraph before it.
ARTICLES += [
    (
        [
            "The Minister attended the Ports Forum in Lomé.",
            "Session 2: Who pays for green ports?",
            "A panel discussion moderated by a radio host followed.",
        ],
        ["meeting", "panel", "panel"],
    ),
    (
        [
            "The Minister attended the Ports Forum in Lomé.",
            "Setting the scene",
            "The panels under the high-level segment looked at two themes:",
            "• Trade in the region: new rules and new risks; and,",
            "• The cost of transport.",
        ],
        ["meeting", "panel", "panel", "panel", "panel"],
    ),
    # A heading over a list of what was agreed is the scene's, and so is its list.
    (
        [
            "The Minister and the Ambassador signed a cooperation agreement in Lomé.",
            "Areas of cooperation",
            "- port training;",
            "- customs data.",
        ],
        ["bilateral", "bilateral", "bilateral", "bilateral"],
    ),
    # A news agency's sign-off after a dash is no list item; an "About ..." heading opens the
    # closing boilerplate, which tells no part of the event.
    (
        [
            "The Minister attended the Ports Forum in Lomé.",
            "The Minister said the port had grown.",
            "-- ATOP",
        ],
        ["meeting", "meeting", "other"],
    ),
    (
        [
            "The Minister attended the Ports Forum in Lomé.",
            "About the Ports Forum",
            "The Forum, founded in 1998 and hosted by the Authority, was created to connect port managers.",
        ],
        ["meeting", "other", "other"],
    ),
    # ... so does a label of several words with the text run on after it, or a label and a colon
    (
        [
            "The Director met the Minister of Ports of Tolvara, Ms. Ana Ruiz, in Karvo.",
            "Notes to editors The Port Board runs nine ports.",
            "The Board and the Ministry signed a charter on port safety.",
        ],
        ["bilateral", "other", "other"],
    ),
    (
        [
            "The Director met the Minister of Ports of Tolvara, Ms. Ana Ruiz, in Karvo.",
            "Media contact: Office of the Port Board, Karvo.",
            "The Board and the Ministry signed a charter on port safety.",
        ],
        ["bilateral", "other", "other"],
    ),
    # A short line that ends as a sentence is no heading.
    (
        ["The Minister attended the Ports Forum in Lomé.", "Trade grew last year."],
        ["meeting", "other"],
    ),
    # A speaker's own turn in a panel goes on with it; the event's speeches do not.
    (
        [
            "At the Ports Forum, a panel discussion on dredging was moderated by a radio host.",
            "During her presentation, the Harbour Master described the new berths.",
        ],
        ["panel", "panel"],
    ),
    (
        [
            "At the Ports Forum, a panel discussion on dredging was moderated by a radio host.",
            "In his closing remarks, the Minister thanked the hosts.",
        ],
        ["panel", "meeting"],
    ),
    # ... and so does the chair closing (or opening) the session under way, a bare "the session"
    *(
        (
            [
                "At the Ports Forum, a panel discussion on dredging was moderated by a radio host.",
                f"{opening}, the host thanked the three speakers.",
            ],
            ["panel", kind],
        )
        for opening, kind in (
            ("Closing the session", "panel"),
            ("Closing the debate", "panel"),
            ("Opening the discussion", "panel"),
            ("Closing the conference", "meeting"),
            ("Closing the annual session", "meeting"),
        )
    ),
    (
        [
            "On the margins of the Forum, the Minister held talks with the Governor of Kano State.",
            "In his speech, the Governor praised the port reform.",
        ],
        ["bilateral", "meeting"],
    ),
    # A lead paragraph of present facts is background; one in the present perfect tells.
    (
        [
            "Although the two ports trade heavily, the Authority seeks a broader partnership.",
            "The Director met with the Governor of the Central Bank on Monday.",
        ],
        ["other", "bilateral"],
    ),
    *(
        ([lead, "He said the reform was a model for the region."], ["meeting", "meeting"])
        for lead in (
            "The Secretary-General has praised the Governor for the port reform.",
            "Heads of customs from the region meet in Suva this week to review the port reform.",
            "Ministers of the region are meeting in Apia to review the port reform.",
        )
    ),
    # The talks, then an audience of many: the cue-less paragraph after it is the event.
    (
        [
            "The Director met the Minister of Fisheries. He also addressed the staff of the Ministry.",
            "He praised the staff for their work.",
        ],
        ["bilateral", "meeting"],
    ),
    # what an organisation's work is about, told in the present, is background
    (
        [
            "A key focus of the Institute's work is training young mediators.",
            "The Institute hosted a roundtable on mediation on 3 May.",
        ],
        ["other", "panel"],
    ),
    # a call whose talks name a conference still to come goes on with the call
    (
        [
            "Foreign Minister Lena Varga spoke by telephone with the Foreign Minister of Ostria, "
            "Mr. Karel Dvorak.",
            "The Ministers discussed the forthcoming ministerial conference in Lisbon and energy links.",
            "Minister Dvorak thanked his counterpart for her support.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # two counterparts met in one sentence are a series: the paragraphs after it are the talks
    (
        [
            "The Governor visited Lira on 2 May. She also met Mayor Ana Holt, Minister Ivo Brek "
            "and Speaker Eva Lund.",
            "Mayor Holt praised the new ferry.",
            "Minister Brek asked for a loan for the harbour.",
        ],
        ["meeting", "bilateral", "bilateral"],
    ),
    (
        [
            "On the sidelines of the Reef Summit, the President met the Prime Minister of Vosk, "
            "Mr. Ivo Brek, and the President of Tarelia, Ms. Ana Holt.",
            "The talks with Mr. Brek covered fisheries.",
        ],
        ["meeting", "bilateral"],
    ),
    # one office with "and" in its name is one counterpart
    (
        ["The Governor met the Minister of Trade and Industry, Ms. Ana Holt.", "She praised the new port."],
        ["bilateral", "bilateral"],
    ),
    # a signing dated years before the visit is background; one a speaker recalls is her speech
    (
        [
            "A delegation of the Vosk Port Board, led by Ms. Ana Holt, visited the Lira Port Authority "
            "on 4 May 2023.",
            "The two authorities signed a memorandum of understanding in 2021.",
            "Ms. Holt recalled that the two ports signed an agreement in 2019.",
        ],
        ["bilateral", "other", "bilateral"],
    ),
    # ... so is one dated in a month before the visit's, in its year; not in the year alone
    (
        [
            "A delegation of the Vosk Port Board, led by Ms. Ana Holt, visited the Lira Port Authority "
            "on 4 May 2023.",
            "The two authorities signed a memorandum of understanding in February 2023.",
            "The two authorities signed a memorandum of understanding in 2023.",
            "The two authorities signed a memorandum of understanding in June 2023.",
        ],
        ["bilateral", "other", "bilateral", "bilateral"],
    ),
    # ... not a year an aside dates with its participle: the scene's verb has none
    (
        [
            "A delegation of the Vosk Port Board, led by Ms. Ana Holt, visited the Lira Port Authority "
            "on 4 May 2023.",
            "The two authorities signed a memorandum on the port plan, drafted in Vosk in 2021.",
        ],
        ["bilateral", "bilateral"],
    ),
    # ... nor a year a participle right after a named thing dates, after the scene's own verb
    (
        [
            "Foreign Minister Ana Holt held talks with her counterpart, Mr. Ivo Brek, in Lira on 4 May 2023.",
            "During the talks, the two ministers reviewed the Partnership Agreement signed in 2021 and "
            "discussed energy.",
        ],
        ["bilateral", "bilateral"],
    ),
    # a joint commission of two states: its officials' own meeting is the commission's too
    (
        [
            "The Joint Commission of Tarelia and Vosk opened its fourth session in Lira on 2 May.",
            "The session was preceded by a meeting of senior officials, which drafted the minutes.",
            "The two Ministers signed the Agreed Minutes.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # "the talks" in what a speaker said points back to the scene told: no talks of their own
    (
        [
            "The Institute hosted a roundtable on the future of trade on 11 May.",
            "Ms. Ana Ruiz, Director of the Institute, said the talks had been frank.",
        ],
        ["panel", "panel"],
    ),
    # an event someone is invited to attend is a topic of the talks, still to come
    (
        [
            "The Mayor received the Consul of Orla, Mr. Ivo Dall, at City Hall on 3 May 2025.",
            "Mr. Dall invited the Mayor to attend the harvest festival in Orla in October.",
        ],
        ["bilateral", "bilateral"],
    ),
    # a happening dated in a year before the event's is background ...
    (
        [
            "The Mayor received the Consul of Orla, Mr. Ivo Dall, at City Hall on 3 May 2025.",
            "The ferry accord between the two cities was concluded in 1998.",
        ],
        ["bilateral", "other"],
    ),
    # ... unless the scene's people tell it
    (
        [
            "The Mayor received the Consul of Orla, Mr. Ivo Dall, at City Hall on 3 May 2025.",
            "He recalled that the ferry accord between the two cities was concluded in 1998.",
        ],
        ["bilateral", "bilateral"],
    ),
    # the event as a whole told by its span, after talks on its margins
    (
        [
            "The Vell trade fair opened in Lira on 3 May 2025 with 400 exhibitors.",
            "On its margins, the Minister of Culture met her Orlan counterpart, Ms. Ana Ruiz.",
            "VellExpo runs until 9 May.",
        ],
        ["meeting", "bilateral", "meeting"],
    ),
    # a visit someone is on now is the encounter's, told in the present
    (
        [
            "The Mayor received the Consul of Orla, Mr. Ivo Dall, at City Hall on 3 May.",
            "Mr. Dall, who leads a group of 12 traders, is on a four-day visit to Lira.",
            "The two discussed the ferry link.",
        ],
        ["bilateral", "bilateral", "bilateral"],
    ),
    # ... not the visits a body receives every year
    (
        [
            "The Mayor received the Consul of Orla, Mr. Ivo Dall, at City Hall on 3 May.",
            "The City receives some 40 study visits a year.",
        ],
        ["bilateral", "other"],
    ),
    # what a body has done from a time before up to now is background, past verb or not
    (
        [
            "The Governor of Vell held talks with the President of the Lakes Fund on 3 May.",
            "The Fund has built 40 clinics in Vell since it opened an office in Orla in 1998.",
        ],
        ["bilateral", "other"],
    ),
    # ... not what the scene's people say of it
    (
        [
            "The Governor of Vell held talks with the President of the Lakes Fund on 3 May.",
            "She said the Fund has built 40 clinics in Vell since 1998.",
        ],
        ["bilateral", "bilateral"],
    ),
    (
        [
            "The Governor of Vell held talks with the President of the Lakes Fund on 3 May.",
            "Mr. Dall has served as the Fund's President since June 2019.",
        ],
        ["bilateral", "other"],
    ),
    # the gathering's people as a whole go back to it after talks held on its margins
    (
        [
            "Mayors of twelve river towns gathered in Orla for the Delta Mayors Conference on 3 May.",
            "On the margins of the Conference, Mayor Ana Ruiz met the Mayor of Lira, Mr. Tom Berg.",
            "They discussed a shared ferry service.",
            "The mayors agreed to hold their next conference in Lira.",
        ],
        ["meeting", "bilateral", "bilateral", "meeting"],
    ),
    (
        [
            "Ministers of five lake states took part in a round table on fish stocks in Orla.",
            "On the sidelines, the Minister of Vell held talks with the Minister of Lira.",
            "All participants endorsed a plan to restock the lake.",
        ],
        ["panel", "bilateral", "panel"],
    ),
    # ... not the two the talks were between, when the plural is of their titles ...
    (
        [
            "Ministers of nine lake states met in Orla for the Lake Forum on 3 May.",
            "On its margins, Minister Ana Ruiz of Vell held talks with Minister Tom Berg of Lira.",
            "The ministers discussed fish quotas and a joint patrol.",
        ],
        ["meeting", "bilateral", "bilateral"],
    ),
    # ... but the gathering's, when the talks were between others or the paragraph names it
    (
        [
            "Ministers of nine lake states met in Orla for the Lake Forum on 3 May.",
            "On its margins, Prime Minister Ana Ruiz of Vell held talks with President Tom Berg of Lira.",
            "The ministers discussed fish quotas and adopted a joint plan.",
        ],
        ["meeting", "bilateral", "meeting"],
    ),
    (
        [
            "Ministers of nine lake states met in Orla for the Lake Forum on 3 May.",
            "On its margins, Minister Ana Ruiz of Vell held talks with Minister Tom Berg of Lira.",
            "The ministers agreed to hold the next Forum in Lira.",
        ],
        ["meeting", "bilateral", "meeting"],
    ),
    # an announcing release: the talks it announces after the trip are a scene to come ...
    (
        [
            "Minister of Ports Ida Brek will travel to Orla next week to attend the Delta Summit.",
            "At the Summit, the Minister is expected to present a plan for river ports.",
            "She will also hold talks with her Lira counterpart, Mr. Tom Berg, on its sidelines.",
        ],
        ["meeting", "meeting", "bilateral"],
    ),
    # ... not in a release on talks held, where they are an aside of the scene told
    (
        [
            "Minister of Ports Ida Brek attended the Delta Summit in Orla on 3 May.",
            "She said river ports needed new funds. She will also hold talks with Mr. Tom Berg.",
        ],
        ["meeting", "meeting"],
    ),
    # ... not the talks' own parties, nor people the gathering did not name
    (
        [
            "Mayors of twelve river towns gathered in Orla for the Delta Mayors Conference on 3 May.",
            "On the margins of the Conference, Mayor Ana Ruiz met the Mayor of Lira, Mr. Tom Berg.",
            "The two mayors agreed to open a ferry service.",
        ],
        ["meeting", "bilateral", "bilateral"],
    ),
    (
        [
            "Mayors of twelve river towns gathered in Orla for the Delta Mayors Conference on 3 May.",
            "On the margins of the Conference, Mayor Ana Ruiz met the Minister of Lira, Mr. Tom Berg.",
            "The ministers agreed to open a ferry service.",
        ],
        ["meeting", "bilateral", "bilateral"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "kinds"), ARTICLES)
def test_kinds_with_continuation(paragraphs: list[str], kinds: list[ParagraphKind]) -> None:
    assert list(classify_paragraphs(_article(*paragraphs))) == kinds


def test_the_event_year_is_the_leads_after_a_byline() -> None:
    """With no date line, the event's year is the one the lead gives, not a byline's before it:
    a scene dated years before is background."""
    article = build_article(
        Source("stdin", "-"),
        "Attorney General gives lecture\n\nSchool of Law, Orla University\n\n"
        "The Attorney General delivered the annual Harbour Lecture in Orla on 2 May 2024.\n\n"
        "The Harbour Lecture was first held in 1979.",
    )
    assert list(classify_paragraphs(article)) == ["meeting", "meeting", "other"]


NARRATION = [
    ("The Governor welcomed the delegation.", True),  # a regular past verb
    ("Later, Mr. Dall co-chaired the session of the Joint Committee.", True),  # a prefixed one
    ("The well-known port is a hub.", False),  # a hyphenated adjective
    ("The Ministers met in Accra.", True),  # an irregular one
    ("She adds that the port is ready.", True),  # a subject pronoun
    ("Delegates agree that the plan is sound.", True),  # reported speech
    ("Members share the ambition to ensure that the port stays open.", False),  # an infinitive
    ("It is important to note that the Board sets the fees.", False),
    # a relative clause to the paragraph's end says what its noun is
    ("Members share the aim to shine at the Orla Summit, which will take place in 2030.", False),
    ("The committee will report in May.", True),  # the future
    ("“We are ready,” the Mayor says.", True),  # a quotation
    ("‘Our ports are open to all partners.’", True),  # a quotation in single marks
    ("Ghana and Togo signed the protocol.", True),  # "and" joins the subjects, not adjectives
    ("They also agreed to meet again in June.", True),  # a plural pronoun telling the past
    ("We will open the office in May.", True),
    ("They had met twice before.", True),
    ("The Union helps the ports they run to share data.", False),  # what members do now
    ("Members learn the skills we need in a changing world.", False),
    ("The Governor is confident that the ferry will run by May.", True),  # a stance
    ("Despite the storms, the Premier remains hopeful about the harvest.", True),
    ("Both ministers are keen to expand trade.", True),
    ("The Authority is committed to safe ports.", False),  # a body's standing aim
    ("The port is located in a sheltered bay.", False),
    ("The Authority trains 300 pilots a year.", False),
    ("Its office is located in Lomé and is funded by members.", False),  # passive participles
    ("The Centre has trained more than 5,000 officers.", False),  # present perfect
    ("The Charter, adopted in 2001, sets out its aims.", False),  # participle between commas
    ("It is a member of the United Nations family.", False),  # a name, not a verb
    ("The Fund supports trade and related services.", False),  # an adjective before its noun
    ("The need for speed is clear to exporters.", False),  # "-ed" words that are no verbs
    ("The Forum is held every two years in Lima.", False),  # an irregular participle
    ("The Trade Week runs until 18 April.", True),  # a day: the event itself
    ("The fair opens on Wednesday in Dakar.", True),
    ("The Council counts 15 members since 1998.", False),  # a year alone dates no happening
    ("Exports may grow in 2026.", False),  # "may" the verb
    ("The Atlas, published every year by the Bank, lists 90 ports.", False),  # how often
    ("The latest survey shows that freight rates are rising.", False),  # a document's content
    ("The new report highlights that ports are congested.", False),
    ("The Minister highlights that ports are congested.", True),  # a person at the scene
    # an organisation's standing word about itself, in the present
    ("The Fund said it expects lending to double by 2030.", False),
    ("The Council stated that it has 40 members.", False),
    ("The SADC said it remains the main partner of the corridor.", False),  # an acronym
    ("The Fund said it would open an office in Lomé.", True),  # what it will do
    ("The Fund said it signed three loans.", True),  # what it did
    ("The Governor said it is a historic day.", True),  # a person: "said" narrates
    # an adverb between the auxiliary and the participle
    ("The new group has further prompted calls for reform.", False),
    ("Ghana and Togo then signed the protocol.", True),
    ("The port is newly opened to traffic.", False),
    # a quantifier floating after its subject leads no participle: the past form is the verb
    ("They all agreed to meet again in June.", True),
    ("Envoys of Chile, Peru and Fiji, all spoke at the lecture.", True),
    ("The two ministers, both welcomed the accord.", True),
    ("The envoys who each signed the letter are based in Suva.", True),
    ("The host and the guest, each praised the new terminal.", True),
    ("The fund is open to all registered members.", False),  # a determiner: a participle
    ("Fees fall in both affected ports.", False),
    ("Each listed firm files a yearly report.", False),
    # after a name's apposition the "-ed" verb is the main verb, not a participle
    ("The Minister of Fiji, Ms. Ana Tora, called for a regional fund.", True),
    ("The fund, created in 2001, supports small ports.", False),
    # what someone is still to do, told as "will" would tell it
    ("At the Summit, the Minister is expected to present the plan.", True),
    ("The delegates are also scheduled to tour the port.", True),
    ("The port is expected.", False),
]


@pytest.mark.parametrize(("text", "expected"), NARRATION, ids=[n[0][:40] for n in NARRATION])
def test_narrates(text: str, expected: bool) -> None:
    article = _article(text)
    assert narrates(article, article.tokens.within(0, len(article.text))) is expected


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("The agreement covers fisheries.", "They signed an agreement on fisheries.", True),
        ("This roadmap sets three goals.", "The Council adopted a roadmap.", True),
        ("The agreement covers fisheries.", "They discussed fisheries.", False),  # not named before
        ("The Bank lends to ports.", "The Bank signed nothing.", False),  # no outcome of a scene
        ("Agreements like it are rare.", "They signed an agreement.", False),  # no pointing back
    ],
)
def test_takes_up(text: str, before: str, expected: bool) -> None:
    assert takes_up(_article(before, text), 1) is expected


def test_the_bundled_article(reference_article_text: str) -> None:
    article = build_article(Source("sample", "sample"), reference_article_text)
    assert classify_paragraphs(article) == (
        "meeting",
        "panel",
        "panel",
        "bilateral",
        "bilateral",
        "bilateral",
    )


# --- Sections and labels ------------------------------------------------------------------------

FORUM = [
    "On 3 May 2022, the Minister of Trade attended the Regional Trade Forum in Nairobi, Kenya.",
    "At the opening, a high-level panel discussion was held with the heads of three agencies.",
    "The panellists agreed on a common roadmap.",
    "In the margins of the Forum, the Minister of Trade held a bilateral meeting with the Minister of "
    "Economy of Kenya.",
    "Ms. Wanjiru noted that the roadmap was timely.",
]
PEOPLE = (
    Person(name="Ana Ortiz", mentions=("the Minister of Trade", "Ms. Ortiz"), id="p1"),
    Person(
        name="Grace Wanjiru", mentions=("the Minister of Economy of Kenya", "Ms. Wanjiru", "She"), id="p2"
    ),
)


def test_sections_are_runs_of_one_kind() -> None:
    article = _article(*FORUM)
    sections = segment_sections(article, classify_paragraphs(article))
    assert [(s.kind, s.paragraphs) for s in sections] == [
        ("meeting", (0,)),
        ("panel", (1, 2)),
        ("bilateral", (3, 4)),
    ]
    assert all(s.participants == () for s in sections)  # no people stage, no participants


def test_labels_without_people() -> None:
    article = _article(*FORUM)
    labels = [s.label for s in segment_sections(article, classify_paragraphs(article))]
    assert labels == [
        "Regional Trade Forum",
        "High-level panel discussion at the Regional Trade Forum",
        "Bilateral talks with the Minister of Economy of Kenya",
    ]


def test_labels_and_participants_with_people() -> None:
    article = _article(*FORUM)
    sections = segment_sections(article, classify_paragraphs(article), PEOPLE)
    assert sections[0].participants == ("Ana Ortiz",)
    assert sections[2].participants == ("Ana Ortiz", "Grace Wanjiru")
    assert sections[2].label == "Bilateral talks: Ana Ortiz – Grace Wanjiru"


def test_participants_by_id_in_the_same_order() -> None:
    article = _article(*FORUM)
    sections = segment_sections(article, classify_paragraphs(article), PEOPLE)
    assert sections[0].participant_ids == ("p1",)
    assert sections[2].participant_ids == ("p1", "p2")
    assert all(s.participant_ids == () for s in segment_sections(article, classify_paragraphs(article)))


def test_a_whole_article_of_talks_names_its_two_parties() -> None:
    """The two people the talks are about, not a delegation member named once."""
    text = (
        "Minister of Trade visits Port Authority Headquarters\n\n3 May 2022\n\n"
        "On 3 May, the Minister of Trade of Samoa, Ms. Lina Tuala, visited the Headquarters of the "
        "Port Authority, accompanied by the Director of Customs, Mr. Sione Vaai.\n\n"
        "The Director General of the Authority, Mr. Pita Lemalu, thanked Ms. Tuala for the visit.\n\n"
        "Ms. Tuala praised the Authority's work. Mr. Lemalu said that the port was ready for new ships."
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert [(s.kind, s.label) for s in briefing.sections] == [
        ("bilateral", "Bilateral talks: Lina Tuala – Pita Lemalu")
    ]
    assert briefing.sections[0].participants == ("Lina Tuala", "Sione Vaai", "Pita Lemalu")


def test_of_two_told_as_often_the_one_who_speaks_is_a_party() -> None:
    """A member of a delegation named in passing is no party; the other side's head, named as
    often but speaking, is."""
    text = (
        "Samoa delegation meets Port Authority\n\n3 May 2022\n\n"
        "On 3 May, the Minister of Trade of Samoa, Ms. Lina Tuala, held talks with the Port Authority.\n\n"
        "Ms. Tuala said the talks would help trade. She noted that her team included the new Consul, "
        "Mr. Sione Vaai.\n\n"
        "The Director General of the Authority, Mr. Pita Lemalu, said that the port was ready for new ships."
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert [(s.kind, s.label) for s in briefing.sections] == [
        ("bilateral", "Bilateral talks: Lina Tuala – Pita Lemalu")
    ]
    assert briefing.sections[0].participants == ("Lina Tuala", "Sione Vaai", "Pita Lemalu")


def test_the_two_parties_took_part() -> None:
    """Someone named more often, but only in the quoted words of a party, is no party."""
    text = (
        "Minister of Trade receives Director of Ports\n\n3 May 2022\n\n"
        "On 3 May, the Minister of Trade, Ms. Lina Tuala, received the Director of Ports of Fiji, "
        "Mr. Pita Lemalu.\n\n"
        '"President Tom Berg was to visit Suva this month. President Berg will set a new date,"'
        " Ms. Tuala said. Ms. Tuala thanked Fiji.\n\n"
        '"We thank President Berg," Ms. Tuala added.'
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert [(s.kind, s.label) for s in briefing.sections] == [
        ("bilateral", "Bilateral talks: Lina Tuala – Pita Lemalu")
    ]


@pytest.mark.parametrize(
    ("title", "paragraphs", "labels"),
    [
        (  # the whole article's talks: the headline says what kind
            "Ambassador pays courtesy call on Minister of Trade",
            [
                "The Ambassador visited the Ministry of Trade on Tuesday.",
                "The Minister thanked the Ambassador for the support of his country.",
            ],
            ["Courtesy call"],
        ),
        (  # a lecture and the questions after it
            "Professor gives lecture on trade",
            [
                "Professor Ruiz delivered a public lecture on trade at the University on Thursday.",
                "During the Q&A, students asked about jobs in shipping.",
            ],
            ["Public lecture", "Q&A"],
        ),
        (  # a trip: a panel at a building of its own is at no summit told before it
            "Envoy visits Lima and Quito",
            [
                "On 13 May, the Envoy addressed the opening of the Andean Water Summit in Lima.",
                "On 15 May, she took part in a panel discussion at the University of Quito.",
            ],
            ["Andean Water Summit", "Panel discussion"],
        ),
        (  # a bare "the dialogue" is the one introduced before it; an event a speaker said the
            # findings would go to is no place the dialogue was held at
            "Agency hosts dialogue on rivers",
            [
                "The River Agency convened a high-level dialogue on river pollution in Lyon on Monday.",
                "The dialogue was moderated by Ms. Ana Ruiz. The panellists were Tom Berg and Lea Marsh.",
                "Mr. Berg said rivers needed care. Closing the session, Ms. Ruiz said the Agency would "
                "present its findings to the World Water Assembly in May.",
            ],
            ["High-level dialogue on river pollution"],
        ),
        (  # talks by telephone are a call
            "Ministers speak by phone",
            [
                "Foreign Minister Ana Ruiz of Peru spoke by telephone today with Foreign Minister Tom Berg "
                "of Chile.",
                "The two ministers discussed trade.",
            ],
            ["Telephone call with Foreign Minister Tom Berg of Chile"],
        ),
        (  # a forum's panel at a building is the forum's
            "Envoy opens the Andean Water Summit",
            [
                "On 13 May, the Envoy addressed the opening of the Andean Water Summit in Lima.",
                "On 14 May, she took part in a panel discussion at the University of Lima.",
            ],
            ["Andean Water Summit", "Panel discussion at the Andean Water Summit"],
        ),
        (  # a lecture's name
            "Attorney General gives lecture",
            [
                "The Attorney General delivered the annual Harbour Week Lecture in Orla on 2 May.",
                "She spoke on the law of the sea.",
            ],
            ["Harbour Week Lecture"],
        ),
        (  # a sitting of a standing body names the scene before what it adopted
            "Secretary-General in Orla",
            [
                "The Secretary-General travelled to Orla for the 12th ordinary session of the Council of "
                "Ministers, which adopted the fisheries strategy.",
            ],
            ["12th ordinary session of the Council of Ministers"],
        ),
        (  # a byline names its publisher, no scene: not even the body an office's title names
            "Speaker in Vessa",
            [
                "National Assembly of Orla — News",
                "The Speaker of the National Assembly led a delegation to the Harbour Cities "
                "Conference in Vessa on 3 May.",
            ],
            ["Harbour Cities Conference"],
        ),
        (  # a reception, by its noun and where it was given
            "Envoy's week in Lira",
            [
                "On Monday, the Envoy met the Minister of Mines of Lira, Mr. Ivo Dall.",
                "On Friday, the week concluded with a reception at the Residence for 200 guests.",
            ],
            ["Bilateral talks", "Reception at the Residence"],
        ),
        (  # the meeting of a group of states, by its name
            "Governor in Lira",
            [
                "The Governor attended the meeting of the Group of Lake States, which discussed "
                "concessional loans.",
            ],
            ["Meeting of the Group of Lake States"],
        ),
        (  # ... not the meeting of a person
            "Governor in Lira",
            ["The Governor attended the meeting of the Minister of Trade with exporters in Lira."],
            ["Meeting"],
        ),
        (  # a gathering named in the plural
            "Governor in Lira",
            ["The Governor led the delegation to the Autumn Meetings of the Lake Fund in Lira."],
            ["Autumn Meetings of the Lake Fund"],
        ),
        (  # ... not one still to come
            "Secretary-General in Orla",
            [
                "The Secretary-General travelled to Orla, where ministers adopted the fisheries "
                "strategy ahead of the next session of the Council of Ministers.",
            ],
            ["Adoption of the fisheries strategy"],
        ),
        (  # the farewell call a headline names is the one the article opens on
            "Outgoing envoy of Norland pays farewell call on Speaker",
            [
                "The Speaker, Ms. Ana Ruiz, received the Ambassador of Norland on 3 May.",
                "The Ambassador later visited the library of the Assembly.",
            ],
            ["Farewell call", "Visit to the library of the Assembly"],
        ),
        (  # the call a headline names is the one the article opens on, though more follows
            "Speaker receives courtesy call from delegation of Lira",
            [
                "The Speaker, Ms. Ana Ruiz, received a delegation of the Parliament of Lira on 3 May.",
                "The delegation later toured the new library of the Assembly.",
            ],
            ["Courtesy call", "Visit to the new library of the Assembly"],
        ),
        (  # a later section that opens a new event is headed by it, not by the one told before
            "Minister Ruiz in Orla",
            [
                "Minister Ana Ruiz held talks with the Foreign Minister of Orla, Mr. Tom Berg, on 3 May.",
                "Following the talks, the two ministers held a joint press conference.",
                "In the evening, Ms. Ruiz delivered a lecture at the Orla Institute on river trade, "
                "followed by questions from students.",
            ],
            [
                "Bilateral talks with the Foreign Minister of Orla",
                "Lecture at the Orla Institute on river trade",
            ],
        ),
        (  # talks that go on after an aside, nobody new met, are the same talks
            "Vosk and Lira sign port pact",
            [
                "On 4 May, the Vosk Port Board and the Lira Port Authority signed a port agreement.",
                "It is important to note that the agreement has been prepared since 2021.",
                "On signing of the agreement, the two heads of the ports thanked their staff.",
            ],
            ["Signing of a port agreement", "Background", "Signing of a port agreement"],
        ),
        (  # an event still to come is no event told before it
            "Harbour Forum in Lira",
            [
                "The 14th Harbour Forum met in Lira on 3 May.",
                "The delegates visited the container terminal.",
                "The next Forum will be held in Orla in 2026.",
            ],
            ["14th Harbour Forum", "Next Forum"],
        ),
        (  # a panel is at no summit a later paragraph says one prepares to host
            "Secretary-General in Orla",
            [
                "On Monday, the Council of Ministers held a round table on fish stocks in Orla.",
                "She then met the Minister of Lira, Ms. Ana Ruiz, to discuss preparations to host "
                "the Delta Cities Summit in 2027.",
            ],
            ["Round table on fish stocks", "Bilateral talks"],
        ),
    ],
)
def test_labels_with_a_headline(title: str, paragraphs: list[str], labels: list[str]) -> None:
    article = build_article(Source("stdin", "-"), f"{title}\n\n3 May 2022\n\n" + "\n\n".join(paragraphs))
    assert [s.label for s in segment_sections(article, classify_paragraphs(article))] == labels


@pytest.mark.parametrize(
    ("title", "paragraphs", "labels"),
    [
        (  # a discussion resumed after talks on its margins is the same one, under its label
            "Lake ministers meet in Orla",
            [
                "Ministers of five lake states took part in a round table on fish stocks in Orla.",
                "On the sidelines, the Minister of Vell held talks with the Minister of Lira.",
                "All participants endorsed a plan to restock the lake.",
            ],
            [
                "Round table on fish stocks",
                "Bilateral talks with the Minister of Lira",
                "Round table on fish stocks",
            ],
        ),
        (  # ... not a session named by its place in the programme
            "Lake ministers meet in Orla",
            [
                "The Lake Forum opened in Orla on 3 May.",
                "The first session, on fish stocks, was moderated by Ms. Ana Ruiz.",
                "The second session looked at dredging.",
            ],
            ["Lake Forum", "First session at the Lake Forum", "Second session at the Lake Forum"],
        ),
    ],
)
def test_a_scene_resumed_keeps_its_label(title: str, paragraphs: list[str], labels: list[str]) -> None:
    article = build_article(Source("stdin", "-"), f"{title}\n\n3 May 2022\n\n" + "\n\n".join(paragraphs))
    assert [s.label for s in segment_sections(article, classify_paragraphs(article))] == labels


@pytest.mark.parametrize(
    ("paragraphs", "runs"),
    [
        (  # a gathering of its own on another day: another event
            [
                "The Mayor spoke at the annual meeting of the Lira Chamber of Commerce on Monday.",
                "On Thursday, the Mayor hosted a town hall meeting in the harbour district.",
            ],
            [(0,), (1,)],
        ),
        (  # ... not a part of the same event named again
            [
                "The Harbour Forum opened in Lira on Monday with 300 delegates.",
                "On Thursday, the Forum adopted the Lira Declaration.",
            ],
            [(0, 1)],
        ),
        (  # the event as a whole again after an activity apart from it: the visit, then the close
            [
                "The Harbour Forum opened in Lira on Monday with 300 delegates.",
                "On the second day, delegates visited the container terminal of the port.",
                "The Forum adopted the Lira Declaration on green ports.",
            ],
            [(0,), (1,), (2,)],
        ),
    ],
)
def test_an_event_of_its_own_on_another_day(paragraphs: list[str], runs: list[tuple[int, ...]]) -> None:
    article = _article(*paragraphs)
    assert [s.paragraphs for s in segment_sections(article, classify_paragraphs(article))] == runs


def test_a_heading_goes_with_the_scene_it_heads() -> None:
    """A byline or a heading before a session that opens anew is no section of its own."""
    article = build_article(
        Source("stdin", "-"),
        "Fireside chat on river trade\n\nLira Institute of Public Affairs | Event report\n\n"
        "On 3 May 2025, the Institute hosted a fireside chat with the Deputy Minister of Ports, "
        "Mr. Ivo Dall.\n\n"
        "Mr. Dall said that river trade would double by 2030.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert [s.paragraphs for s in sections] == [(0, 1, 2)]


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [
        (  # talks with one named by a post only, a post the talks before did not name
            [
                "On the margins of the Harbour Summit, the Governor of Vell, Mr. Tom Berg, met with the "
                "Director of the Lake Fund, Ms. Ana Ruiz, to discuss loans.",
                "He also held talks with the Speaker of the Orla Assembly on port law.",
            ],
            ["Bilateral talks: Tom Berg – Ana Ruiz", "Bilateral talks with the Speaker of the Orla Assembly"],
        ),
        (  # ... not the one the talks named before
            [
                "On the margins of the Harbour Summit, the Governor of Vell, Mr. Tom Berg, met with the "
                "Director of the Lake Fund, Ms. Ana Ruiz, to discuss loans.",
                "He also met the Director again to sign the loan.",
            ],
            ["Bilateral talks: Tom Berg – Ana Ruiz"],
        ),
    ],
)
def test_talks_with_another_post_are_a_scene(paragraphs: list[str], labels: list[str]) -> None:
    briefing = analyse(_article(*paragraphs))
    assert [s.label for s in briefing.sections] == labels


def test_participant_ids_are_the_people_stage_ids(reference_article_text: str) -> None:
    """Each section's ids are those of the very people it lists, as the people stage numbered
    them (not found again by name)."""
    briefing = analyse(build_article(Source("sample", "sample"), reference_article_text))
    by_id = {person.id: person.name for person in briefing.people}
    assert any(s.participant_ids for s in briefing.sections)
    for section in briefing.sections:
        assert len(section.participant_ids) == len(section.participants)
        assert tuple(by_id[i] for i in section.participant_ids) == section.participants


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        (  # the copies an envoy designate presents before the credentials themselves
            ["The Ambassador-designate of Chile presented his open letters to the Foreign Minister."],
            "Presentation of open letters",
        ),
        (
            ["The Ambassador paid a courtesy call on the Governor of Sokoto."],
            "Courtesy call with the Governor of Sokoto",
        ),
        (["The Minister visited Lima, Peru, to open a new border post."], "Visit to Lima, Peru"),
        (
            ["The Director attended the regional diploma award ceremony in Accra."],
            "Regional diploma award ceremony",
        ),
        (  # whose representatives they are goes with them
            ["The Director also met other senior representatives of the Ministry."],
            "Meeting with other senior representatives of the Ministry",
        ),
        (
            [
                "The President met the foreign ministers of Norland, the Southern Isles, and Ruritania "
                "on 3 May."
            ],
            "Meeting with the foreign ministers of Norland, the Southern Isles, and Ruritania",
        ),
        (  # what they head, in a word or two, and its owner
            ["The Director General met the heads of customs of Norland on 3 May."],
            "Meeting with the heads of customs of Norland",
        ),
        (
            ["The President met the foreign ministers of the region on 3 May."],
            "Meeting with the foreign ministers of the region",
        ),
        (  # a name may head a phrase of common nouns
            ["The Minister met members of the Tarno business community on 3 May."],
            "Meeting with members of the Tarno business community",
        ),
        (  # an event still to come a section opens on, with no cue, heads it
            [
                "The Lake Council held its 30th session in Kora on 3 May.",
                "The Lake Commission was created in 1964.",
                "The next session of the Council will take place in Dala in 2026.",
            ],
            "Next session of the Council",
        ),
        (  # a heading leaves out the praise the text gives its scene
            ["The Judge gave a lecture on 3 May.", "A lively question-and-answer session followed."],
            "Question-and-answer session",
        ),
        (  # ... which ends before a participle that opens a reduced relative clause
            ["On 3 May, the Minister met members of the Tarno community living in Orla."],
            "Meeting with members of the Tarno community",
        ),
        (  # must not: cut a phrase of three words or more
            ["The President met the heads of several large agencies on 3 May."],
            "Meeting with the heads",
        ),
        (
            ["The Ministers discussed trade.", "It will be recalled that the Office opened in 1990."],
            "Background",
        ),
        (["The Ministers discussed trade and transport."], "Meeting"),
        (  # an event still to come names no scene: not "Upcoming ocean conference"
            [
                "The Minister met the Ambassador of Peru, Mr. Tom Berg. They discussed the upcoming ocean "
                "conference.",
                "On 21 March, the Minister addressed students at the University of Lima.",
            ],
            "Meeting",
        ),
        (
            ["The delegates adopted the Apia Declaration on Ocean Freight, which sets new targets."],
            "Adoption of the Apia Declaration on Ocean Freight",
        ),
        (
            ["The two cities signed a letter of intent on cooperation in water management at the town hall."],
            "Signing of a letter of intent on cooperation in water management",
        ),
        (  # "Both sides" says who, not what: the signing names the section
            ["Both sides then signed a memorandum of understanding on port security."],
            "Signing of a memorandum of understanding on port security",
        ),
        (["Both ministers agreed to sign an MoU on port security."], "Bilateral talks"),
        (  # an MoU to come, or one talked about, was not signed there
            ["The Minister held talks with the Ambassador. They agreed to sign an MoU on port security."],
            "Bilateral talks with the Ambassador",
        ),
        (
            ["The MoU signed by the two port agencies covers training.", "The MoU runs for five years."],
            "Signing",
        ),
        (["The Minister hosted a working lunch for the visiting delegation."], "Working lunch"),
        (  # a meeting of a body is the event, not whom the principal met: its sitting
            ["He spoke at the extraordinary meeting of the OIC Council in Islamabad."],
            "Extraordinary meeting of the OIC Council",
        ),
        (
            ["The Minister attended the Lomé Ports Forum.", "A panel of four mayors then debated transport."],
            "Panel at the Lomé Ports Forum",
        ),
        (
            [
                "The Minister attended the Lomé Ports Forum.",
                "The session, moderated by a radio host, heard six mayors.",
            ],
            "Panel at the Lomé Ports Forum",
        ),
        (
            [
                "The Minister attended the Lomé Ports Forum.",
                "Ms. Osei moderated the closing debate on youth jobs.",
            ],
            "Closing debate on youth jobs at the Lomé Ports Forum",
        ),
        (  # credentials are presented, not a courtesy call
            ["The Governor-General received the credentials of the new High Commissioner of Fiji."],
            "Presentation of credentials",
        ),
        (  # ... and so are those several envoys present at once, a ceremony of the host's
            ["Five new envoys presented their letters of credence to the Governor-General."],
            "Presentation of credentials",
        ),
        (  # "on" a date names no counterpart
            ["The Director met Secretary General Ortiz on 9 May 2014 in Brussels."],
            "Bilateral talks",
        ),
        (  # a panel is named by its title, its topic, or the words that tell it
            [
                "The Chamber held an online webinar on cold chains, titled ‘Keeping Fish Cold’, on Tuesday.",
                "Panellists included two exporters and a port engineer.",
            ],
            "Online webinar ‘Keeping Fish Cold’",
        ),
        (
            ["The Institute hosted a public debate on port fees here on Monday, moderated by a radio host."],
            "Public debate on port fees",
        ),
        (
            [
                "The Minister attended the Lomé Ports Forum.",
                "The Harbour Finance session moderated by a banker heard six mayors.",
            ],
            "Harbour Finance session at the Lomé Ports Forum",
        ),
        (  # after background, the scene resumes: the event told before names it
            [
                "The Director held a staff town hall meeting in Geneva.",
                "It will be recalled that the Office opened in 1990.",
                "The Director thanked the retired staff for their help.",
            ],
            "Staff town hall meeting",
        ),
        # the body of an office's title names no event: "the Forum Secretary General"
        (
            [
                "The Pacific Ports Assembly President held talks with ministers in Apia.",
                "The delegates adopted the Apia Declaration on Ocean Freight.",
            ],
            "Adoption of the Apia Declaration on Ocean Freight",
        ),
        (
            ["The Minister addressed the Pacific Ports Assembly in Apia."],
            "Pacific Ports Assembly",
        ),
        # an event named in what was said, or still to come, is no event the panel is at
        (
            [
                "The Minister attended the Lomé Ports Forum.",
                "A panel of four mayors then debated transport.",
                "Ms. Osei said that the deals struck at the Accra Trade Summit had helped.",
            ],
            "Panel at the Lomé Ports Forum",
        ),
        (
            [
                "A panel of four mayors debated transport in Lomé.",
                "Ms. Osei said that the deals struck at the Accra Trade Summit had helped.",
            ],
            "Panel",
        ),
        (
            [
                "A panel of four mayors debated transport in Lomé.",
                "Mr. Ito told them of the Pacific Rail Congress, scheduled to be held in Suva in May.",
            ],
            "Panel",
        ),
        (
            [
                "A panel of four mayors debated transport in Lomé.",
                "The Ports Forum to be hosted by Togo next year will take up the theme.",
            ],
            "Panel",
        ),
        (  # an event told as it happened still names it
            [
                "A panel of four mayors debated transport in Lomé.",
                "The debate closed the Pacific Rail Congress, held in Suva in May.",
            ],
            "Panel at the Pacific Rail Congress",
        ),
        # a fragment of what a speaker said names no scene: the kind's label instead
        (
            [
                "The Board of the River Authority ended its yearly session in Apia on Friday.",
                "Its Chair, Ms. Lina Tuala, stated that “the Board is an open and neutral forum for "
                "all riparian states”.",
            ],
            "Meeting",
        ),
        (
            [
                "The Board of the River Authority ended its yearly session in Apia on Friday.",
                "Its Chair, Ms. Lina Tuala, said the Board was an open and neutral forum for all states.",
            ],
            "Meeting",
        ),
        (  # nor an event a speaker named in quoted words
            [
                "A panel of four mayors debated transport in Lomé.",
                "“We struck the best deals at the Accra Trade Summit,” Ms. Osei said.",
            ],
            "Panel",
        ),
        (  # ... nor a discussion a listener praised in them
            [
                "Three retired envoys spoke to students in the Great Hall, moderated by a dean.",
                "“It was a very lively debate on the future of trade,” a student said.",
            ],
            "Panel",
        ),
        # the questions taken after the talks are a part of the scene, not its name ...
        (
            [
                "Three retired envoys spoke to students in the Great Hall, moderated by a dean.",
                "Each envoy told of the trade talks of the 1990s.",
                "During a question-and-answer session, students asked about jobs abroad.",
            ],
            "Panel",
        ),
        (  # ... unless the section is that part
            [
                "The Minister attended the Lomé Ports Forum.",
                "During the question-and-answer session, students asked the Minister about fares.",
            ],
            "Question-and-answer session at the Lomé Ports Forum",
        ),
        (  # a forum told as it took place still names the scene
            [
                "The Board of the River Authority opened the annual riparian states forum in Apia.",
                "Its Chair, Ms. Lina Tuala, stated that the Board would meet again in May.",
            ],
            "Annual riparian states forum",
        ),
        # a panel its sentence sets at a building of its own is at no event named after it ...
        (
            [
                "The Ambassador hosted a roundtable with visiting envoys at her residence on 3 May.",
                "Fiji hosted the Pacific Ports Summit in Suva in April.",
            ],
            "Roundtable",
        ),
        (
            [
                "The Ambassador hosted a roundtable with visiting envoys at her residence on 3 May.",
                "The envoys will report to the Pacific Ports Summit in October.",
            ],
            "Roundtable",
        ),
        (  # ... while one without is at the event the article names next
            [
                "A roundtable of port chiefs discussed harbour fees on 3 May.",
                "It was held at the Pacific Ports Summit in Suva.",
            ],
            "Roundtable at the Pacific Ports Summit",
        ),
        # a body that held an event it names is not the scene: the event is
        (
            [
                "The Regional Assembly of the Islands (RAI), with the support of its secretariat, "
                "organized a High-Level Youth Side Event in Apia on 3 May.",
                "Its President, Ms. Lina Tuala, opened the event.",
            ],
            "High-Level Youth Side Event",
        ),
        (
            [
                "The regional assembly organized a Youth Side Event in Apia on 3 May.",
                "Its President, Ms. Lina Tuala, opened the event.",
            ],
            "Youth Side Event",
        ),
        (  # an event told in lowercase is no name: the body's stays
            [
                "The Regional Assembly of Mayors held its annual session in Apia on 3 May.",
                "Its President, Ms. Lina Tuala, opened the session.",
            ],
            "Regional Assembly of Mayors",
        ),
        # a panel's title in apposition right after its noun, with no word to lead it
        (
            [
                "Ms. Lina Tuala moderated a panel discussion ‘Ports of Tomorrow: Data at Sea’ on day two.",
                "The panellists spoke about port data.",
            ],
            "Panel discussion ‘Ports of Tomorrow: Data at Sea’",
        ),
        # ... or its topic, after the compound the cue's noun begins; a comma the sentence puts
        # inside the title's closing mark is not the title's
        (
            [
                "The Lima Trade Forum opened on 3 May.",
                "The Chamber hosted a roundtable discussion on port health at the Forum.",
            ],
            "Roundtable discussion on port health at the Lima Trade Forum",
        ),
        (
            [
                "The College hosted a roundtable discussion on “Ports and the Sea,” organized by the "
                "Embassy.",
                "The panelists spoke about port data.",
            ],
            "Roundtable discussion “Ports and the Sea”",
        ),
        # a role of the speaker between the panel's noun and its topic; a topic in lowercase
        # keeps its preposition
        (
            [
                "Minister Tom Berg took part in the panel discussion as keynote speaker on "
                "‘river trade’ held at the Faculty of Law.",
                "The panellists spoke about port data.",
            ],
            "Panel discussion on ‘river trade’",
        ),
        # a name that takes part in an event is a body, not the event its session was at
        (
            [
                "The Lakeside Forum, a think tank on water, dialogue and trade, is participating "
                "in the Coastal Cities Summit.",
                "The Lakeside Forum hosted a panel discussion on river ports.",
                "The panellists spoke about port data.",
            ],
            "Panel discussion on river ports at the Coastal Cities Summit",
        ),
        (
            [
                "The Lakeside Forum also attended the Coastal Cities Summit in Lima.",
                "The Director of the Lakeside Forum hosted a panel discussion on river ports.",
            ],
            "Panel discussion on river ports at the Coastal Cities Summit",
        ),
        # must not: a forum that holds the session is the event it was at
        (
            [
                "The Lakeside Forum opened in Lima on 3 May with 300 delegates.",
                "The Lakeside Forum hosted a panel discussion on river ports.",
            ],
            "Panel discussion on river ports at the Lakeside Forum",
        ),
        # must not: a session that came before the section's meeting
        (
            [
                "Heads of customs of nine states held their annual meeting in Karvo on 3 May.",
                "The meeting was preceded by a session of the Committee on Customs Valuation on 2 May.",
            ],
            "Annual meeting",
        ),
        # must not: the event its findings will go to, named in a clause still to come
        (
            [
                "Mayors of nine river towns took part in an online meeting on flood insurance.",
                "The panel discussion was moderated by Ms. Ana Ruiz. Its conclusions will be presented "
                "at the Delta Cities Summit in Karvo in May.",
            ],
            "Panel discussion",
        ),
    ],
)
def test_labels(paragraphs: list[str], label: str) -> None:
    article = _article(*paragraphs)
    assert segment_sections(article, classify_paragraphs(article))[-1].label == label


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("attended the International Trade Forum in Lima.", ["International Trade Forum"]),
        (
            "the Conference of Directors General of Fisheries in the region",
            ["Conference of Directors General of Fisheries"],
        ),
        ("the 10th Sub-Committee of Heads of Ports, held in May", ["Sub-Committee of Heads of Ports"]),
        ("the Forum Secretariat prepared the papers", []),  # "Forum" modifies "Secretariat"
        ("the Forum opened", []),  # one word names nothing new
        ("The Forum is held every year.", []),  # nor after a capitalised determiner
        ("This Regional Ports Forum was the first.", ["Regional Ports Forum"]),
        # a joiner between capitalised words before the head too
        ("opened the World Ports and Shipping Forum in Lima.", ["World Ports and Shipping Forum"]),
        ("at the Pacific Heads of Fisheries Meeting in Apia", ["Pacific Heads of Fisheries Meeting"]),
        # through "of the" before up to three capitalised words that end the name
        ("at the Summit of the Future", ["Summit of the Future"]),
        ("the last day of the IX Summit of the Sea Nations, in Varna", ["IX Summit of the Sea Nations"]),
        ("the 5th Conference of the Parties in Tarn", ["Conference of the Parties"]),
        # and one more owner after "of": "of the <body> of <capitalised words>"
        (
            "attended the 32nd Meeting of the Andean Directors-General of Customs in Lima",
            ["Meeting of the Andean Directors-General of Customs"],
        ),
        (
            "at the Annual Meeting of the Board of Governors in Lima",
            ["Annual Meeting of the Board of Governors"],
        ),
        # not: more of them, which may run on into a person's name, nor a joiner after them
        ("met the President of the Committee of the Sea Rescue Ana Ruiz", []),
        ("at the Meeting of the Port Chiefs and Harbour Masters", []),
        ("at the Meeting of the port chiefs", []),  # nor through a lowercase word
        # not through a joiner before a possessive, the determiner of the name's phrase
        ("met Ana Ruiz and Lagos Port’s Steering Committee", ["Lagos Port’s Steering Committee"]),
        # a slash joins two words into one, no space around it
        ("at the 9th A/P Heads of Ports Conference", ["A/P Heads of Ports Conference"]),
        ("opened the Asia/Pacific Trade Forum", ["Asia/Pacific Trade Forum"]),
        ("the ports and / or Trade Forum", ["Trade Forum"]),
        # an unspaced dash pairs two names into one word, as a hyphen does
        ("hosted the Chile–Peru Business Forum in Lima", ["Chile–Peru Business Forum"]),
        ("the Elmfield—Tarn Trade Summit opened", ["Elmfield—Tarn Trade Summit"]),
        # not a spaced dash, which parts the phrases
        ("in Lima – Trade Forum opened", ["Trade Forum"]),
        # a day's possessive dates the name, no part of it
        ("Tuesday's Harbour Summit drew 300 delegates", ["Harbour Summit"]),
        ("Yesterday’s Ports Forum closed", ["Ports Forum"]),
    ],
)
def test_event_names(text: str, names: list[str]) -> None:
    assert event_names(_article(text), 0) == names


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("She attended the national diploma award ceremony", "national diploma award ceremony"),
        ("Then a high-level panel discussion", "high-level panel discussion"),
        ("prepared by the technical meeting of officials", "technical meeting of officials"),
    ],
)
def test_noun_phrase_before(text: str, phrase: str) -> None:
    assert noun_phrase_before(text, len(text)) == phrase


def _sections_of(*paragraphs: str) -> list[tuple[str, tuple[int, ...]]]:
    text = "Talks in New York\n\n" + "\n\n".join(paragraphs) + "\n"
    briefing = analyse(build_article(Source("stdin", "-"), text))
    return [(s.kind, s.paragraphs) for s in briefing.sections]


def test_bilateral_talks_with_one_party_after_another_are_scenes_of_their_own() -> None:
    sections = _sections_of(
        "Foreign Minister Ana Ruiz held bilateral talks with Minister of Foreign Affairs of Peru Juan Soto "
        "in New York on 24 September 2024.",
        "Minister Ruiz and Minister Soto discussed trade and fisheries.",
        "Minister Ruiz and Foreign Minister of Ghana Kofi Mensah exchanged views on the region.",
        "ICRC President Lea Marsh and Minister Ruiz agreed to explore new areas of cooperation.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0, 1), (2,), (3,)]


def test_a_host_who_welcomes_the_guest_is_the_same_scene() -> None:
    sections = _sections_of(
        "Minister of Finance Tom Berg, accompanied by his adviser Omar Said, held bilateral talks at the "
        "Headquarters of the Port Council with its Secretary General on 24 September 2024.",
        "Secretary General Ana Ruiz welcomed the Minister and thanked him for his support.",
        "Minister Berg said the ports needed new cranes.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0, 1, 2)]


def test_a_series_of_talks_is_one_scene_per_counterpart() -> None:
    """After "held bilateral meetings", each counterpart's talks are a scene, though the one
    who held them all is not named again, and each label names him."""
    text = (
        "Talks in Suva\n\n"
        "Minister of Health Ana Ruiz held various bilateral meetings on the sidelines of the Pacific "
        "Health Assembly in Suva.\n\n"
        "In a meeting with Dr Juan Soto, Minister of Health of Peru, the two discussed rural clinics.\n\n"
        "Dr Kofi Mensah, Secretary of Health of Ghana, asked about vaccines.\n\n"
        "Minister Ruiz congratulated Dr Lea Marsh, Minister of Health of Chile, on the new hospital.\n"
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    talks = [(s.paragraphs, s.label) for s in briefing.sections if s.kind == "bilateral"]
    assert talks == [
        ((1,), "Bilateral talks: Ana Ruiz – Juan Soto"),
        ((2,), "Bilateral talks: Ana Ruiz – Kofi Mensah"),
        ((3,), "Bilateral talks: Ana Ruiz – Lea Marsh"),
    ]
    # and each scene's people: the host of the series takes part in each, named there or not
    people = [s.participants for s in briefing.sections if s.kind == "bilateral"]
    assert people == [("Ana Ruiz", "Juan Soto"), ("Ana Ruiz", "Kofi Mensah"), ("Ana Ruiz", "Lea Marsh")]


def test_talks_with_a_titled_counterpart_the_cue_runs_into_are_a_scene_of_their_own() -> None:
    # the talks cue takes the first letter of the counterpart it meets: "held talks with P[resident]"
    sections = _sections_of(
        "President Ana Ruiz visited the Parliament of Korvia, where she was received by the Speaker, "
        "Ms. Lidia Orsk. The Speaker praised the friendship of the two peoples.",
        "On Tuesday, President Ruiz held talks with President Emil Korvik. The two presidents signed "
        "a joint declaration.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0,), (1,)]


@pytest.mark.parametrize(
    ("opening", "party"),
    [
        ("The Chilean delegation", "Chilean delegation"),
        ("The delegation of Chile", "delegation of Chile"),
        ("Chile's delegation", "Chile delegation"),
    ],
)
def test_in_a_series_of_talks_a_countrys_delegation_is_a_counterpart(opening: str, party: str) -> None:
    """A delegation of a country that opens a paragraph of the series is talks of their own,
    though nobody of it is named."""
    text = (
        "Talks in Suva\n\n"
        "Minister of Health Ana Ruiz held various bilateral meetings on the sidelines of the Pacific "
        "Health Assembly in Suva.\n\n"
        "In a meeting with Dr Juan Soto, Minister of Health of Peru, the two discussed rural clinics.\n\n"
        f"{opening} thanked Ruritania for its support and asked about vaccines.\n"
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    talks = [(s.paragraphs, s.label) for s in briefing.sections if s.kind == "bilateral"]
    assert talks == [
        ((1,), "Bilateral talks: Ana Ruiz – Juan Soto"),
        ((2,), f"Bilateral talks: Ana Ruiz – {party}"),
    ]


def test_talks_with_another_counterpart_after_two_parties_are_a_scene_of_their_own() -> None:
    sections = _sections_of(
        "On 20 March, Minister Ana Ruiz held talks with her counterpart, Minister Tom Mwangi.",
        "The two ministers signed a memorandum of understanding on farming.",
        "Later that day, she met the Director of the Ports Agency, Ms. Eva Lind, at the agency.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0, 1), (2,)]


def test_talks_on_the_margins_of_talks_with_another_are_a_scene_of_their_own() -> None:
    sections = _sections_of(
        "On 20 March, Minister Ana Ruiz held talks with her counterpart, Minister Tom Mwangi.",
        "The two ministers signed a memorandum of understanding on farming.",
        "On the margins of the talks, Ms. Ruiz was received by the President of Vell, Mr. Paul Okoth.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0, 1), (2,)]


def test_talks_after_those_with_one_named_alone_are_a_scene_of_their_own() -> None:
    sections = _sections_of(
        "On 20 March, Minister Ana Ruiz was received by the President of Vell, Mr. Tom Mwangi.",
        "She then met the Speaker of Parliament, Ms. Eva Lind. Ms. Lind praised the two parliaments.",
        "In the afternoon, Minister Ruiz held talks with her counterpart, Minister Paul Okoth.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0,), (1,), (2,)]


def test_a_host_who_welcomes_the_guest_named_before_is_the_same_scene() -> None:
    sections = _sections_of(
        "On 20 March, Minister Ana Ruiz held talks with her counterpart, Minister Tom Mwangi.",
        "Later that day, Minister Mwangi met Ms. Ruiz again at the port.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(0, 1)]


def test_in_a_series_of_talks_a_counterparts_aide_is_the_same_scene() -> None:
    sections = _sections_of(
        "Minister of Health Ana Ruiz held various bilateral meetings on the sidelines of the Pacific "
        "Health Assembly in Suva.",
        "In a meeting with Dr Juan Soto, Minister of Health of Peru, the two discussed rural clinics.",
        "Dr Soto's adviser, Ms Eva Ponce, said the clinics needed nurses.",
    )
    assert [p for kind, p in sections if kind == "bilateral"] == [(1, 2)]


def test_talks_with_one_named_party_name_the_country_that_acts_in_them() -> None:
    """A section of talks that names one person names the country its clause makes the other
    party: "“Peru lauded ... and agreed to sign ...”"."""
    text = (
        "Health minister holds bilateral meetings in Geneva\n\nGENEVA, 4 May 2024 – Minister of Health "
        "Ana Ruiz held various bilateral meetings with member countries at the Health Assembly.\n\n"
        "According to a statement from the Ministry, the Minister stated, “Peru lauded our progress in "
        "digital health and agreed to sign an MoU on training.”\n\nMr. Luis Vega, Minister of Health of "
        "Chile, praised the plan of Ms. Ruiz.\n"
    )
    labels = [s.label for s in analyse(build_article(Source("stdin", "-"), text)).sections]
    # the host of the series comes first in each of its talks
    assert labels[1:] == ["Bilateral talks: Ana Ruiz – Peru", "Bilateral talks: Ana Ruiz – Luis Vega"]


# A day of the Minister at a summit, talks with a group of lawmakers named in a list, then a
# statement to the press on another matter.
_GROUP_TALKS = (
    "Minister attends the Ocean Summit\n\n12 March 2023\n\n"
    "The Foreign Minister, Clara Odell, attended the final day of the Ocean Summit in Valdora.\n\n"
    "She also held a meeting with Valdoran congressmen who sit on the Fisheries Committee. The "
    "congressmen who met her were Tom Brask, Lea Munro and Ivo Pellan.\n\n"
    "In addition, Minister Odell referred to the drought in the north. In a statement to the "
    "press, she said that the Government would send water tanks.\n"
)


def test_talks_with_a_group_name_the_group_not_its_first_listed_member() -> None:
    """The congressmen are one side of the talks; the first of them listed is not it."""
    sections = analyse(build_article(Source("stdin", "-"), _GROUP_TALKS)).sections
    talks = next(s for s in sections if s.kind == "bilateral")
    assert talks.label == "Bilateral talks: Clara Odell – Valdoran congressmen"


def test_a_statement_to_the_press_is_a_scene_of_its_own() -> None:
    """A statement to the press ("In a statement to the press, she said ...") is not part of the
    talks told before it."""
    sections = analyse(build_article(Source("stdin", "-"), _GROUP_TALKS)).sections
    assert (sections[-1].kind, sections[-1].paragraphs, sections[-1].label) == (
        "meeting",
        (2,),
        "Statement to the press",
    )


def test_an_interview_with_a_paper_is_a_scene_of_its_own_headed_by_it() -> None:
    """An interview with a newspaper after talks is no part of them, nor of what comes after it
    (a gathering still to come, headed by its own name)."""
    article = build_article(
        Source("stdin", "-"),
        "Foreign Minister Lund meets Prime Minister Ekberg\n\n3 May 2022\n\n"
        "Foreign Minister Ole Lund on Monday met Prime Minister Ada Ekberg of Vell in Orla.\n\n"
        "The two discussed ferry links. Mr. Lund said ties had never been closer.\n\n"
        "In an interview with the weekly Orla Post, the Minister said a deal was near.\n\n"
        "The Minister will travel to Kessa on Friday for the opening of the Lake Craft Week.\n",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert [(s.kind, s.paragraphs, s.label) for s in sections[1:]] == [
        ("meeting", (2,), "Interview with the weekly Orla Post"),
        ("meeting", (3,), "Opening of the Lake Craft Week"),
    ]


@pytest.mark.parametrize(
    ("last", "label"),
    [
        # a gathering still to come that opens a paragraph as its subject: its own section
        (
            "The next session of the Joint Port Council will be held in Kessa in October.",
            "Next session of the Joint Port Council",
        ),
        ("The next meeting of the Council will take place in Kessa.", "Next meeting of the Council"),
    ],
)
def test_a_gathering_still_to_come_after_a_visit_is_its_own_section(last: str, label: str) -> None:
    article = _article(
        "The Minister of Ports, Ida Brek, visited Kessa from 3 to 4 May for the Delta Ports Forum.",
        "She also visited the Port of Orla, where she toured the new ferry terminal.",
        last,
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert (sections[-1].paragraphs, sections[-1].label) == ((2,), label)


def test_a_named_gathering_still_to_come_after_the_next_one_is_its_own_section() -> None:
    article = _article(
        "Trade ministers of the Lake Union met in Kessa on 3 May to review the customs union.",
        "The next ministerial meeting is scheduled for September.",
        "The Union's summit of heads of state will take place in December.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert [(s.paragraphs, s.label) for s in sections[1:]] == [
        ((1,), "Next ministerial meeting"),
        ((2,), "Union's summit of heads of state"),
    ]


def test_the_gathering_to_come_told_again_goes_on_with_it() -> None:
    article = _article(
        "Trade ministers of the Lake Union met in Kessa on 3 May to review the customs union.",
        "The next Forum of the Union will be held in Orla in June.",
        "The Forum will focus on river ports.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert sections[-1].paragraphs == (1, 2)


def test_a_trip_still_to_come_to_an_event_is_headed_by_the_event() -> None:
    article = _article(
        "The Minister of Ports, Ida Brek, will travel to Kessa next week to attend the Delta Ports Summit.",
        "She will also hold talks with her Lira counterpart, Mr. Tom Berg.",
    )
    assert segment_sections(article, classify_paragraphs(article))[0].label == "Delta Ports Summit"


def test_a_round_table_is_headed_by_its_name_not_a_time_or_the_next_one() -> None:
    """ "Last week's" dates the round table, no part of its heading; after talks on its
    margins, the gathering's people agreeing on the next one is the round table's own line."""
    article = _article(
        "Last week's Lakeside Roundtable brought together governors of eleven central banks.",
        "On the sidelines of the Roundtable, Governor Ana Ruiz met Governor Tom Berg.",
        "The governors agreed to hold the next Roundtable in Vell in 2026.",
    )
    labels = [s.label for s in segment_sections(article, classify_paragraphs(article))]
    assert labels[0] == labels[-1] == "Lakeside Roundtable"


def test_an_agreement_told_as_signed_in_the_passive_is_a_signing_headed_by_it() -> None:
    article = _article(
        "Mayors of nine river towns met in Vell on 2 May for the River Towns Forum.",
        "On the margins of the Forum, the twinning agreement was signed at the Vell city hall.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert (sections[-1].kind, sections[-1].label) == ("bilateral", "Signing of the twinning agreement")
    assert find_cues(article, 1)[-1].group == "BILATERAL_SIGNINGS"


def test_a_dinner_a_body_hosts_beside_one_encounter_is_its_own_scene_and_a_visit_next_day_too() -> None:
    """Beside talks with one counterpart, a dinner a body hosts is another occasion (not one the
    counterpart gives), headed by its host; a visit told on another weekday is another scene."""
    talks = (
        "The Mayor of Orla, Ms. Ana Ruiz, received the Mayor of Vell, Mr. Tom Berg, on Thursday, 4 May 2023.",
        "The two mayors discussed a ferry link between the two towns.",
    )
    article = _article(
        *talks,
        "In the evening, Mr. Berg attended a dinner hosted by the Orla Chamber of Commerce.",
        "On Friday, the Vell delegation visited the Orla ferry terminal.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert [(s.kind, s.paragraphs, s.label) for s in sections[1:]] == [
        ("meeting", (2,), "Dinner hosted by the Orla Chamber of Commerce"),
        ("meeting", (3,), "Visit to the Orla ferry terminal"),
    ]
    # ... not a dinner the counterpart gives: the encounter's own
    for host in ("Ms. Ruiz", "the Mayor"):
        article = _article(*talks, f"In the evening, Mr. Berg attended a dinner hosted by {host}.")
        assert classify_paragraphs(article) == ("bilateral",) * 3


def test_talks_resumed_on_the_next_sitting_of_a_joint_body_are_the_talks_not_the_body() -> None:
    """After a visit apart, "the two sides agreed to hold the next session of the Joint
    Commission" goes back to the talks and their parties, no sitting of the Commission."""
    article = _article(
        "The Mayor of Orla, Ms. Ana Ruiz, received the Mayor of Vell, Mr. Tom Berg, on 4 May 2023.",
        "The two mayors discussed a ferry link between the two towns.",
        "Later, Mr. Berg visited the Orla ferry terminal.",
        "The two sides agreed to hold the next session of the Joint Economic Commission in Vell.",
    )
    labels = [s.label for s in analyse(article).sections]
    assert labels[0] == labels[-1] == "Bilateral talks: Ana Ruiz – Tom Berg", labels
    # ... a sitting of the body itself still names it
    assert find_cues(_article("The Joint Economic Commission held its first session in Vell."), 0)


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        # a group's meeting told by its people as the subject of "met", no one met
        ("Ministers of six lake states met in Kessa on 3 May.", "Meeting of ministers of six lake states"),
        ("Kessan mayors met by videoconference on 3 May.", "Meeting of Kessan mayors"),
        # ... not one person's meeting
        ("The Minister met in Kessa on 3 May with the Mayor.", None),
    ],
)
def test_a_groups_meeting_told_by_its_people_is_headed_as_theirs(lead: str, label: str | None) -> None:
    article = _article(lead, "They agreed to open a ferry line.")
    heading = segment_sections(article, classify_paragraphs(article))[0].label
    assert heading == label if label else not heading.startswith("Meeting of")


def test_a_groups_own_meeting_is_headed_as_theirs_not_as_one_met_with() -> None:
    article = _article(
        "The Minister of Ports, Ida Brek, held talks with the Mayor of Orla, Mr. Tom Berg, on 3 May.",
        "A meeting of transport ministers of the Lake Council will be held in March.",
    )
    sections = segment_sections(article, classify_paragraphs(article))
    assert sections[-1].label == "Meeting of transport ministers of the Lake Council"


def test_a_later_visit_is_headed_as_the_visit_not_as_talks_of_whoever_it_names() -> None:
    """The delegation's visit after the talks is no talks between its host and an official of
    the first meeting named after it ("The meeting was also attended by ..."); a visit whose
    paragraph names visitor and host stays their talks."""
    text = (
        "Port minister receives Ghanaian delegation\n\n"
        "LIMA, 3 May 2024 – The Minister of Transport, Ana Ruiz, today received a delegation from "
        "Ghana led by the Minister of Ports, Kofi Mensah, at her office in Lima.\n\n"
        "The two ministers discussed ways to increase shipping between the two countries.\n\n"
        "The delegation later visited the National Port Authority in Callao, where they were "
        "briefed by its President, Mr. Pedro Soto.\n\n"
        "The meeting was also attended by the Vice Minister of Ports, Ms. Rosa Vega.\n"
    )
    labels = [s.label for s in analyse(build_article(Source("stdin", "-"), text)).sections]
    assert labels[0] == "Bilateral talks: Ana Ruiz – Kofi Mensah"
    assert labels[-1].startswith("Visit to Callao")
    named = text.replace(
        "The delegation later visited the National Port Authority in Callao, where they were briefed",
        "Minister Mensah later visited the National Port Authority in Callao, where he was received",
    )
    labels = [s.label for s in analyse(build_article(Source("stdin", "-"), named)).sections]
    assert labels[-1] == "Bilateral talks: Kofi Mensah – Pedro Soto"


_PORT_VISIT = (
    "MEP at the port\n\n"
    "VELDA, 12 October 2021 – Ms. Rosa Fenn, Member of the European Parliament, visited the Orvan dry "
    "port on Tuesday to assess progress in customs reform.\n\n"
    "She was received by the port director, Mr. Ivo Sarr, who showed her the scanning hall.\n\n"
    "“The work here is impressive,” Ms. Fenn said.\n\n"
    "The MEP later met with representatives of the Velda Chamber of Shipping.\n"
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (_PORT_VISIT, "Visit to the Orvan dry port"),
        (  # no scene the section opens on names it: the side meeting does not either
            _PORT_VISIT.replace("visited the Orvan dry port", "inspected the new customs laboratory"),
            "Meeting",
        ),
        (  # the section opens on the meeting: it is the scene
            "MEP in Velda\n\nVELDA, 12 October 2021 – Ms. Rosa Fenn, Member of the European Parliament, "
            "also met with members of the Velda Chamber of Shipping on Tuesday.\n\nShe praised their work.\n",
            "Meeting with members of the Velda Chamber of Shipping",
        ),
    ],
)
def test_a_section_is_headed_by_its_main_scene_not_a_later_side_one(text: str, label: str) -> None:
    """The visit the first paragraph tells is the section's scene; "The MEP later met with
    representatives of the Chamber" in its last paragraph adds a side meeting to it. A site
    visited that names no place is named as written: "the Orvan dry port"."""
    sections = analyse(build_article(Source("stdin", "-"), text)).sections
    assert [s.label for s in sections if s.kind == "meeting"] == [label]


@pytest.mark.parametrize(
    ("last", "label"),
    [
        (
            "Later in the day, the Governor laid a wreath at the Liberty Memorial Park.",
            "Laying of a wreath at the Liberty Memorial Park",
        ),
        (  # not "Governor launched": a verb heads no noun phrase
            "On Saturday, the Governor launched the online licensing portal of the Port Authority.",
            "Launch of the online licensing portal of the Port Authority",
        ),
        (
            "On Saturday, the Governor laid the foundation stone of the new customs house in Port Loren.",
            "Laying of the foundation stone of the new customs house in Port Loren",
        ),
        (
            "On Saturday, the Governor unveiled a plaque at the restored customs house.",
            "Unveiling of a plaque",
        ),
    ],
)
def test_a_ceremony_told_by_its_verb_is_headed_by_its_noun(last: str, label: str) -> None:
    """A ceremony the paragraph tells by its verb names the section, not the bare kind
    ("Meeting"): the verb's noun and what it took, with the named site it was held at."""
    text = (
        "Prime Minister meets Governor\n\n"
        "PORT LOREN, March 4, 2022 - Prime Minister Adam Koller held talks with Ms. Helen Marsh, "
        "Governor of the Southern Isles, at his office on Friday.\n\n"
        "The two leaders discussed trade and climate resilience.\n\n" + last + "\n"
    )
    sections = analyse(build_article(Source("stdin", "-"), text)).sections
    assert sections[-1].label == label


@pytest.mark.parametrize(
    ("last", "label"),
    [
        (  # "laid" speaks only as "laid out": a wreath laid is no report of what was said
            "Later in the day, the Governor laid a wreath at the Liberty Memorial Park and met with "
            "members of the Veridia Chamber of Commerce.",
            "Meeting with members of the Veridia Chamber of Commerce",
        ),
        (
            "Later in the day, the Governor set a stone at the Liberty Memorial Park and met with "
            "members of the Veridia Chamber of Commerce.",
            "Meeting with members of the Veridia Chamber of Commerce",
        ),
    ],
)
def test_a_meeting_after_a_verb_that_speaks_only_with_its_particle_is_named(last: str, label: str) -> None:
    """ "laid a wreath ... and met with members of the Chamber": the meeting is a scene told,
    not one talked about: "laid" and "set" speak only as "laid out", "set out"."""
    text = (
        "Prime Minister meets Governor\n\n"
        "PORT LOREN, March 4, 2022 - Prime Minister Adam Koller held talks with Ms. Helen Marsh, "
        "Governor of the Southern Isles, at his office on Friday.\n\n"
        "The two leaders discussed trade and climate resilience.\n\n" + last + "\n"
    )
    sections = analyse(build_article(Source("stdin", "-"), text)).sections
    assert sections[-1].label == label


def test_a_discussion_named_by_its_noun_alone_takes_the_webinar_named_before() -> None:
    """ "The discussion featured ..." names nothing; the webinar the lead names, with its title,
    heads the section (not "Discussion")."""
    text = (
        "Institute hosts webinar\n\nThe Harbour Policy Institute hosted a webinar on “Ports at a "
        "crossroads” on Wednesday.\n\nThe discussion featured Ambassador Ana Ruiz of Peru and Professor "
        "Tom Berg, and was moderated by Dr. Ivo Dahl.\n\nAmbassador Ruiz argued that port fees were too "
        "high.\n"
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert briefing.sections[0].label == "Webinar “Ports at a crossroads”"


def test_a_visit_to_one_hosts_seat_is_bilateral_from_its_first_paragraph() -> None:
    """A visit whose only talks are with one host ("was welcomed by the Secretary General"):
    the whole article is the bilateral talks, the visit's paragraph too (GUIDE.md)."""
    text = (
        "Minister visits Harbour Board\n\nOSLO, 3 May 2022 – The Minister of Ports of Chile, Ms. Ana Soto, "
        "visited the headquarters of the Harbour Board on Tuesday.\n\nShe was welcomed by the Secretary "
        "General, Dr. Tom Lind, who briefed her on the Board's work.\n\nThe two discussed training.\n"
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert briefing.kinds == ("bilateral", "bilateral", "bilateral")


def test_talks_with_two_counterparts_named_with_appositions_are_no_one_encounter() -> None:
    """ "met with the Minister of Transport, Mr. A, and the Commissioner General ..., Ms. B":
    two counterparts across the first one's apposition; the visit is a meeting overall."""
    text = (
        "Director visits Kenya\n\nNAIROBI, 3 May 2022 – The Director of the Ports Board, Dr. Ana Soto, "
        "ended a visit to Kenya on Friday.\n\nShe met with the Cabinet Secretary for Transport, Mr. Tom "
        "Otieno, and the Commissioner General of the Revenue Authority, Ms. Grace Wanjiku.\n\nDr. Soto "
        "and Mr. Otieno discussed the port.\n"
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert briefing.kinds[0] == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        # the summit is still to come: the section is the ministers' meeting
        "Trade ministers meet ahead of summit\n\nSUVA – Pacific trade ministers met in Suva on 3 May 2024 to "
        "prepare for the 12th Pacific Islands Summit, which will take place in Apia on 8 June 2024.\n\nThe "
        "ministers agreed on a customs plan.\n",
        # the conference the talks' conclusions will feed into is no heading of the talks
        "Water dialogue in Geneva\n\nGENEVA, 3 May 2024 – A high-level dialogue on water security took place "
        "in Geneva on Monday.\n\nIts conclusions will feed into the Harbour Water Conference, to be held in "
        "Lima in June.\n",
    ],
)
def test_an_event_still_to_come_heads_no_section(text: str) -> None:
    briefing = analyse(build_article(Source("stdin", "-"), text))
    assert not any("Summit" in s.label or "Conference" in s.label for s in briefing.sections)


def test_members_listed_together_are_not_the_two_parties() -> None:
    """Three people listed as one delegation's members are no two sides of the talks: the
    parties are the host and the delegation's head."""
    text = (
        "Delegation of Norland visits the Senate\n\n3 May 2022\n\n"
        "A delegation of the Trade Committee of Norland, led by its chair, Ms. Ida Lunn, visited the "
        "Senate of Ostia on 2 May.\n\n"
        "The delegation, which also included Mr. Tom Berg, Ms. Ana Holm and Mr. Per Vik, members of the "
        "Committee, was received by the President of the Senate, Mr. Marco Riva.\n\n"
        "Mr. Riva welcomed the guests. Ms. Lunn said that Norland would support the reforms.\n\n"
        "The delegation also met the Mayor of Ostia, Ms. Eva Conti, and members of the Friendship Group."
    )
    briefing = analyse(build_article(Source("stdin", "-"), text))
    talks = next(s.label for s in briefing.sections if s.kind == "bilateral")
    assert talks == "Bilateral talks: Marco Riva – Ida Lunn"


def test_a_second_session_after_one_told_with_no_number_is_its_own_section() -> None:
    """ "A second discussion" says another session came before it: a new section, even after an
    opening adverbial ("On the second day, ...")."""
    sections = _sections_of(
        "The Lake Trade Forum opened in Varno on 2 May 2022 with 60 delegates.",
        "A panel discussion on fishing permits brought together three port officers. Mr. Ilo Brandt said "
        "that permits should be digital.",
        "On the second day, a second discussion looked at credit for boat owners. Ms. Rina Holt argued "
        "that banks should lend more.",
    )
    assert sections[-2:] == [("panel", (1,)), ("panel", (2,))]


def test_an_award_after_the_questions_closes_the_lecture_not_the_questions() -> None:
    sections = _sections_of(
        "Professor Ada Mertz gave the annual Orsini Lecture at the Law School in Tarn on 2 May 2022.",
        "During the question-and-answer session, students asked about river law. Professor Mertz said "
        "that courts would decide.",
        "At the end of the evening, the Dean thanked Professor Mertz and presented her with the School's "
        "silver medal.",
    )
    assert sections[-1] == ("meeting", (2,))


def test_an_envoy_received_after_several_presented_credentials_presents_them_too() -> None:
    """After "received the letters of credence of four new ambassadors", the reception of one
    Ambassador is that envoy's presentation of credentials, not plain talks."""
    briefing = analyse(
        _article(
            "The President of Ostria, Mr. Karl Venn, received the letters of credence of four new "
            "ambassadors at the palace on 2 May 2022.",
            "The President first received the Ambassador of Lirna, Ms. Ada Fors, who conveyed greetings "
            "from her King. President Venn said that Ostria wanted more trade with Lirna.",
        )
    )
    talks = [s.label for s in briefing.sections if s.kind == "bilateral"]
    assert talks and talks[0].startswith("Presentation of credentials:")


def test_a_ceremony_after_a_meal_is_a_scene_of_its_own() -> None:
    """Two activities of a visit told one after the other, a working lunch, then a wreath laid
    the next day, are two sections; the heading of one would not name the other. The lunch
    is part of the visit told before it, and "After the ceremony" goes on with the ceremony."""
    sections = _sections_of(
        "The Minister of Trade of Ostria, Ms. Ada Fors, visited Lirna on 2 and 3 May 2022 and held "
        "talks with business leaders.",
        "The Minister then attended a working lunch hosted by the Lirna Chamber of Commerce.",
        "On 3 May, Ms. Fors laid a wreath at the War Memorial in Lirna.",
        "After the ceremony, she said that the two peoples shared a long history.",
    )
    assert sections == [("meeting", (0, 1)), ("meeting", (2, 3))]


def test_also_before_the_verb_and_article_of_a_cue_marks_it() -> None:
    """ "She also held a meeting with ...": "also" governs the verb whose object is the cue."""
    article = _article("The Coordinator also held a meeting with members of the Chamber of Commerce.")
    assert [c.also for c in find_cues(article, 0)] == [True]


_MISSION = (
    "Coordinator visits flood-hit province\n\n"
    "The United Nations Resident Coordinator in Norland, Ms. Ana Lind, undertook a two-day mission to "
    "the Northern Province on 1 and 2 April to meet flood victims.\n\n"
    "In Kasempa, she met the Provincial Governor, Mr. Tom Berg, who asked for help.\n\n"
    "Ms. Lind visited a camp for displaced families at Mulungu.\n\n"
    "She also held a meeting with aid groups working in the province.\n"
)


def test_a_visit_is_headed_by_the_place_after_its_cue_and_a_site_by_its_phrase() -> None:
    """The place after "a mission to" heads the visit, not one a title names ("Coordinator in
    Norland"); an unnamed site ("a camp") heads the later visit, not a meeting it adds ("also
    held a meeting with ...")."""
    labels = [s.label for s in analyse(build_article(Source("stdin", "-"), _MISSION)).sections]
    assert labels[0] == "Visit to the Northern Province"
    assert labels[-1] == "Visit to a camp"


def test_a_city_named_after_city_of_heads_the_visit() -> None:
    text = (
        "Mayor back from twin city\n\n"
        "Mayor Ana Lind returned on Sunday from a five-day visit to Velda's twin city of Orvik, "
        "Norland, where she led a delegation of councillors.\n\n"
        "On Tuesday, Mayor Lind was received by Mayor Tom Berg. The two discussed ferries.\n\n"
        "The delegation also met members of the Chamber of Commerce at a business breakfast.\n"
    )
    labels = [s.label for s in analyse(build_article(Source("stdin", "-"), text)).sections]
    assert labels[0] == "Visit to Orvik, Norland"


def test_a_signing_after_the_first_paragraph_does_not_name_the_whole_talks() -> None:
    """A visit to one host is talks from its first paragraph; the charter signed on its last
    day is one act of them, not their name."""
    text = (
        "Twin city delegation visits Velda\n\n"
        "A delegation from Orvik led by Mayor Ana Lind paid an official visit to Velda from 3 to 5 "
        "May 2025.\n\n"
        "Mayor Tom Berg received the guests at City Hall on Monday.\n\n"
        "Mayor Lind thanked her hosts. The two mayors signed a partnership charter on culture.\n"
    )
    sections = analyse(build_article(Source("stdin", "-"), text)).sections
    assert sections[0].label == "Bilateral talks: Ana Lind – Tom Berg"


def test_a_visit_told_day_by_day_has_a_section_for_each_day() -> None:
    """ "Day two: ... | Day three: ..." each open the day's scene: a heading over both would name
    only the forum of the third day."""
    text = (
        "Minister concludes visit to Norland\n\n14 November 2025\n\n"
        "The Minister of Agriculture, Dr. Ana Lind, visited Norland from 10 to 13 November 2025.\n\n"
        "Day one: In Oslo, Dr. Lind held talks with Minister Tom Berg on dairy exports.\n\n"
        "Day two: The Minister visited the headquarters of the national seed research agency.\n\n"
        "Day three: Dr. Lind addressed the Nordic Agribusiness Forum in Bergen.\n"
    )
    sections = analyse(build_article(Source("stdin", "-"), text)).sections
    assert [(s.paragraphs, s.label) for s in sections[2:]] == [
        ((2,), "Visit to the headquarters of the national seed research agency"),
        ((3,), "Nordic Agribusiness Forum"),
    ]


def test_an_event_in_a_relative_clause_that_says_who_speaks_heads_no_section() -> None:
    """ "Former Mayor Tom Finch, who launched the exchange in 2015, said ...": the clause says
    who he is; the paragraph goes on with the signing, no launch of its own."""
    article = _article(
        "Mayor Ana Ruiz and Mayor Ivo Lenn of Lorvik signed a twinning charter in Elmfield on 2 May 2024.",
        "Former Mayor Tom Finch, who launched the student exchange in 2015, said he was proud of it.",
    )
    labels = [s.label for s in segment_sections(article, classify_paragraphs(article))]
    assert not any("exchange" in label.casefold() for label in labels)


def test_an_interviews_turns_keep_the_interviews_scene() -> None:
    # an answer's present facts are what the interviewee said, not background
    kinds = classify_paragraphs(
        _article(
            "On the margins of the Tarn Forum, we spoke with Ms. Ana Lind, Director of the Port Board.",
            "Q: What has the board achieved this year?",
            "Lind: Ships now wait one day instead of three. The new berth is open.",
            "Q: What comes next?",
            "A: A second berth, if the funds come.",
        )
    )
    assert len(set(kinds)) == 1 and kinds[0] != "other"


def test_a_counterpart_taking_the_floor_in_a_meeting_is_no_talks_of_two() -> None:
    # "his Tarnish counterpart" in a meeting is another member's minister speaking, not a bilateral
    kinds = classify_paragraphs(
        _article(
            "Ministers of ports from nine member states of the Coastal Union adopted a safety code at "
            "their annual meeting in Lira on Tuesday.",
            "Vosk's Minister of Ports, Mr. Ivo Dahl, proposed a joint inspection scheme. His Tarnish "
            "counterpart, Ms. Ana Lind, supported the proposal.",
        )
    )
    assert kinds == ("meeting", "meeting")
