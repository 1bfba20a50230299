"""Events: the short account of a dated sentence, the place, and the events of an article."""

from __future__ import annotations

import pytest

from briefcli.analysis import analyse
from briefcli.analysis.accounts import event_what, past_perfect, without_honorifics
from briefcli.analysis.dates import find_dates
from briefcli.analysis.events import find_events
from briefcli.analysis.kinds import classify_paragraphs
from briefcli.analysis.sections import segment_sections
from briefcli.analysis.venues import place_in
from briefcli.model import Article, Event, Person, Source
from briefcli.text.layout import build_article
from briefings import briefing_of


def _article(*paragraphs: str, date_line: str = "9 May 2022") -> Article:
    head = f"A test article\n\n{date_line}\n\n" if date_line else "A test article\n\n"
    return build_article(Source("stdin", "-"), head + "\n\n".join(paragraphs))


def _events(
    *paragraphs: str, people: tuple[Person, ...] = (), date_line: str = "9 May 2022"
) -> tuple[Event, ...]:
    article = _article(*paragraphs, date_line=date_line)
    sections = segment_sections(article, classify_paragraphs(article), people)
    return find_events(article, find_dates(article), sections, people)


def _what(sentence: str, date: str | None = None) -> str:
    spans = [(sentence.index(date), sentence.index(date) + len(date))] if date else []
    return event_what(sentence, spans)


# One row per trimming rule: the sentence, its date phrase, the short account.
WHAT = [
    # two subjects each told by title and name: both are named
    (
        "The Minister of Ports of Norland, Ms. Ana Lind, and the visiting Minister of Trade of Vosk, "
        "Mr. Tom Berg, on 3 May signed an arrangement on ferry links.",
        "3 May",
        "Ana Lind and Tom Berg signed an arrangement on ferry links",
    ),
    # a weekday in apposition before the date goes with it
    (
        "The Law School hosted a debate on river rights on Tuesday evening, 18 November 2025, in the "
        "Great Hall.",
        "18 November 2025",
        "The Law School hosted a debate on river rights",
    ),
    # a signing's account names its signatories, the agent of "signed by" and its list
    (
        "The Port Board and the City of Tarn formalised a lease agreement, signed by Board Chair "
        "Ana Ruiz, and Mayor of Tarn Tom Berg.",
        None,
        "The Port Board and the City of Tarn formalised a lease agreement, signed by Board Chair "
        "Ana Ruiz, and Mayor of Tarn Tom Berg",
    ),
    (
        "The two ports concluded a twinning accord, signed by the Harbour Master, Ana Ruiz, which "
        "will run for five years.",
        None,
        "The two ports concluded a twinning accord, signed by the Harbour Master, Ana Ruiz",
    ),
    # ... not a clause of its own after it
    (
        "The Board adopted the plan, signed by the Chair, and the talks then moved to fees.",
        None,
        "The Board adopted the plan, signed by the Chair",
    ),
    # a list goes on to its last item: a suspended hyphen ("national- and") joins two
    # modifiers inside one item, not the last item
    (
        "On 4 May the Lakeside Forum opened with guests from business, national- and regional "
        "agencies, academia and media.",
        "4 May",
        "The Lakeside Forum opened with guests from business, national- and regional agencies, "
        "academia and media",
    ),
    # introductory phrases, the date, an appositive and honorifics go; the clause stops at its comma
    (
        "On 5 May 2022, at the invitation of the Port Authority, Ms. Ana Ortiz, Minister of Transport "
        "of Peru, visited the port of Callao, Peru.",
        "5 May 2022",
        "Ana Ortiz visited the port of Callao, Peru",
    ),
    # a title subject with a name in apposition: the name
    (
        "On 5 May 2022, the Minister of Transport of Peru, Ana Ortiz, opened the new terminal.",
        "5 May 2022",
        "Ana Ortiz opened the new terminal",
    ),
    # a passive clause with its own subject after the introductory phrases
    (
        "At the opening of the Summit, following a welcome by the Mayor, a panel discussion was held "
        "on 4 May.",
        "4 May",
        "A panel discussion was held",
    ),
    # the date in a relative clause dates that clause
    (
        "The delegates prepared the Council, which will meet on 3 June, with care.",
        "3 June",
        "The Council will meet",
    ),
    (
        "The Ministers recalled the charter that was adopted on 2 April 2019 in Lima.",
        "2 April 2019",
        "The charter was adopted in Lima",
    ),
    # the relative clause's noun phrase whole: its determiner, and a place it is "in"
    (
        "He praised the new Trade Office in Lusaka, which was opened on 4 May 2021.",
        "4 May 2021",
        "The new Trade Office in Lusaka was opened",
    ),
    (
        "The forum, which was held on 9 May 2022, adopted a plan.",
        "9 May 2022",
        "The forum was held",
    ),
    # a place "to" which, with its country after a comma
    (
        "The Mayor is leading a delegation on a visit to Tarn, Lesotho, which began on 9 May.",
        "9 May",
        "A visit to Tarn, Lesotho began",
    ),
    # the date in a participle phrase after a noun dates that phrase
    (
        "The delegates discussed the findings of the Working Group held from 2 to 4 May.",
        "2 to 4 May",
        "Working Group held",
    ),
    # ... and so does one whose participle has a phrase of a preposition before the date
    (
        "The guests visited the border post, where the Director showed the checks introduced with "
        "the neighbouring country in June.",
        "June",
        "Checks introduced with the neighbouring country",
    ),
    (
        "The Council approved the budget adopted by the Board on 3 May.",
        "3 May",
        "Budget adopted by the Board",
    ),
    # ... not a verb of the main clause with its own phrase
    ("The delegates met with the Minister in June.", "June", "The delegates met with the Minister"),
    # an inline date line before a dash goes with its date
    (
        "Lima, Peru, Monday 2 May 2022 – The Minister of Trade met her Chilean counterpart.",
        "Monday 2 May 2022",
        "The Minister of Trade met her Chilean counterpart",
    ),
    # a subordinate clause before the main one
    (
        "After the ministers signed the agreement, President Lopes visited the new terminal, and later met "
        "the press.",
        None,
        "President Lopes visited the new terminal",
    ),
    # honorifics, bracketed acronyms
    (
        "The Forum was opened by H.E. Mr. Paulo Dias (PM) on 9 March 2023.",
        "9 March 2023",
        "The Forum was opened by Paulo Dias",
    ),
    (
        "Dr. Lena Roth of the Agency (WHO) delivered the keynote on 2 May 2022.",
        "2 May 2022",
        "Lena Roth of the Agency delivered the keynote",
    ),
    # a passive participle after its noun is no verb of the clause
    (
        "The agreement signed by the two ministers was registered on 4 May.",
        "4 May",
        "The agreement signed by the two ministers was registered",
    ),
    # a comma between digits is a thousands separator, not the end of a clause; one after a
    # number still is
    (
        "On 4 May, the fair drew some 1,200 traders from the region.",
        "4 May",
        "The fair drew some 1,200 traders from the region",
    ),
    (
        "On 4 May, the fair drew 1200, and the talks began.",
        "4 May",
        "The fair drew 1200",
    ),
    # a relative clause in the subject's apposition is no main clause
    (
        "The new Ambassador of Chile, Mr Tom Berg, who was appointed in March, presented his "
        "credentials to President Ana Ruiz on 4 May.",
        "4 May",
        "Tom Berg presented his credentials to President Ana Ruiz",
    ),
    # a weekday's possessive is a word of the occasion's noun phrase, kept
    (
        "The ministers agreed on the plan at Thursday's meeting in Apia.",
        "Thursday",
        "The ministers agreed on the plan at Thursday's meeting in Apia",
    ),
    # a speech verb that points back at what was said: the happening is the occasion
    (
        "Ms Roy said this when the Consul of Fiji, Mr Tom Berg, called on her in Suva on 4 May.",
        "4 May",
        "Tom Berg called on her in Suva",
    ),
    (
        "He stated this while receiving the envoy of Fiji on 4 May.",
        "4 May",
        "He stated this while receiving the envoy of Fiji",
    ),
    # not a demonstrative that determines a noun
    (
        "Ms Roy said this week when the port opens she will visit on 4 May.",
        "4 May",
        "Roy said this week when the port opens she will visit",
    ),
    # a list its commas cut keeps its other items, short ones ending with "and"
    (
        "The Minister, who is in Lima for the summit, met his counterparts from Peru, Chile and Bolivia "
        "on 4 May.",
        "4 May",
        "The Minister met his counterparts from Peru, Chile and Bolivia",
    ),
    # ... and a last item a relative clause goes on from, the clause left out
    (
        "On 4 May, the Governor met growers, packers and hauliers who had asked for a new depot.",
        "4 May",
        "The Governor met growers, packers and hauliers",
    ),
    (
        "The Governor met growers on 4 May, and the talks that followed were long.",
        "4 May",
        "The Governor met growers",
    ),
    # ... and a last item of nouns in -ing, which opens no participle's phrase
    (
        "On 4 May, the Governor launched a fund to fight poaching, logging and illegal mining.",
        "4 May",
        "The Governor launched a fund to fight poaching, logging and illegal mining",
    ),
    # a relative clause after the subject that only dates it: the main clause tells what happened
    (
        "The mission, which ran from 2 to 4 May, toured the depots of Kiva and Tarn.",
        "2 to 4 May",
        "The mission toured the depots of Kiva and Tarn",
    ),
    (
        "The Governor visited the depot, which opened in May 2021, and the new quay.",
        "May 2021",
        "The depot opened",
    ),
    # ... its last item too, when the clause's adjuncts follow it; not an apposition's "and"
    (
        "The Governor met growers, packers and cold-chain operators at the depot in Kiva on 4 May.",
        "4 May",
        "The Governor met growers, packers and cold-chain operators at the depot in Kiva",
    ),
    (
        "The Governor met Ana Ruiz, the head of the Growers Union and chair of the Kiva depot board, "
        "on 4 May.",
        "4 May",
        "The Governor met Ana Ruiz",
    ),
    (
        "Ms Roy paid a courtesy call on the Minister for Investments, Trade and Industry on 4 May.",
        "4 May",
        "Roy paid a courtesy call on the Minister for Investments, Trade and Industry",
    ),
    # ... and a list that is the subject keeps its first items
    (
        "On 4 May, more than 180 delegates from ports, ministries, academia and business met in Lima.",
        "4 May",
        "More than 180 delegates from ports, ministries, academia and business met in Lima",
    ),
    (
        "On 4 May, delegates representing ports, Trade and other Ministries from the region, academia "
        "and business met in Lima.",
        "4 May",
        "Delegates representing ports, Trade and other Ministries from the region, academia and business "
        "met in Lima",
    ),
    # ... and the long names of bodies, past the last "and" (a title heads no such item)
    (
        "On 4 May, Ms Roy also held separate meetings with the Ministry of Ports, the Office of the "
        "Norland Trade and Shipping Envoy, and the Harbour Board of Port Harlow and Coastal Region.",
        "4 May",
        "Roy also held separate meetings with the Ministry of Ports, the Office of the Norland Trade and "
        "Shipping Envoy, and the Harbour Board of Port Harlow and Coastal Region",
    ),
    (
        "Ms Roy met Tom Berg, the President of the Norland Bank of Ports and Shipping, and Lea Marsh "
        "on 4 May.",
        "4 May",
        "Roy met Tom Berg",
    ),
    # the theme after the date, told last, is what the occasion was about
    (
        "The Norland Ports Forum met in Apia, Samoa, from 3 to 5 May 2024, under the theme “Ports for "
        "People”.",
        "from 3 to 5 May 2024",
        "The Norland Ports Forum met in Apia, Samoa, under the theme “Ports for People”",
    ),
    (
        "The Norland Ports Forum met in Apia, Samoa, from 3 to 5 May 2024, and the talks began.",
        "from 3 to 5 May 2024",
        "The Norland Ports Forum met in Apia, Samoa",
    ),
    # ... a titled name as the last item, and an item added with "as well as"
    (
        "On 4 May, Ms Roy also met Prime Minister Tom Berg, Deputy Prime Minister and Minister of "
        "Ports Lea Marsh and Senior Vice Minister of Trade Ana Vidal.",
        "4 May",
        "Roy also met Prime Minister Tom Berg, Deputy Prime Minister and Minister of Ports Lea Marsh and "
        "Senior Vice Minister of Trade Ana Vidal",
    ),
    (
        "On 4 May, Ms Roy met Mayor Tom Berg, as well as representatives of the Norland Harbour Board.",
        "4 May",
        "Roy met Mayor Tom Berg, as well as representatives of the Norland Harbour Board",
    ),
    # ... not appositions: each piece too long for an item of a list
    (
        "Ms Roy met Tom Berg, the President of the Bank of the Southern Islands, and Lea Marsh on 4 May.",
        "4 May",
        "Roy met Tom Berg",
    ),
    # going to the event a participle phrase dates happens then: the main clause tells it
    (
        "Ms Roy led a delegation to the Ports Forum held on 4 May in Lima.",
        "4 May",
        "Roy led a delegation to the Ports Forum held in Lima",
    ),
    # a word that narrows the date goes with it
    ("Ms Roy met the Minister in late May 2024 at the port.", "May 2024", "Roy met the Minister at the port"),
    # a slash pairs two names in one word of the noun phrase
    (
        "At the first session of the Chile/Peru Joint Commission, which opened on 4 May at the Ministry, "
        "trade was discussed.",
        "4 May",
        "The Chile/Peru Joint Commission opened at the Ministry",
    ),
    # a title object in apposition with a name: the name and what follows it stay
    (
        "The envoy, Tom Berg, on 4 May congratulated Trade Minister, Ana Ruiz on the new port code.",
        "4 May",
        "Tom Berg congratulated Trade Minister, Ana Ruiz on the new port code",
    ),
    # a title in quotation marks after its noun is no clause of its own, nor the comma it closes on
    (
        "On 4 May the first dialogue focused on the theme, \u2018Ports: A New Era,\u2019 and explored trade.",
        "4 May",
        "The first dialogue focused on the theme, \u2018Ports: A New Era,\u2019 and explored trade",
    ),
    # a second predicate of the subject after ", and" tells what else was done; a clause of
    # another subject does not join
    (
        "On 4 May Ms Roy attended the Ports Forum in Lima, Peru, and signed a port plan with the Minister.",
        "4 May",
        "Roy attended the Ports Forum in Lima, Peru, and signed a port plan with the Minister",
    ),
    (
        "Ms Roy attended the Ports Forum on 4 May, and the Minister signed a port plan.",
        "4 May",
        "Roy attended the Ports Forum",
    ),
    # "for" before a date goes with it: "scheduled for May"
    (
        "The plan will be presented at the ministerial meeting scheduled for May 2027 in Tarn.",
        "May 2027",
        "The plan will be presented at the ministerial meeting scheduled in Tarn",
    ),
    # a country after its city's comma is no clause of its own: what follows it stays
    (
        "At the invitation of the Minister, Ms Roy visited Lima, Peru on 4 May to speak at the Ports Forum.",
        "4 May",
        "Roy visited Lima, Peru to speak at the Ports Forum",
    ),
    # a date right after "where" or "when" dates the clause after it, which has its own subject
    (
        "She then travelled to Quito, where on 14 May she held talks with the Minister of Trade.",
        "14 May",
        "She held talks with the Minister of Trade",
    ),
    (
        "The talks went on until Friday, when on 3 May the two sides signed a joint statement.",
        "3 May",
        "The two sides signed a joint statement",
    ),
    # a date inside a noun phrase of the clause is no clause's opening: the main clause
    (
        "The delegation visited Suva, where the talks of 3 May took place.",
        "3 May",
        "The delegation visited Suva",
    ),
    # a relative clause of place that tells whom the visitor met there is the encounter's
    (
        "On 3 May, Ms. Ana Ruiz visited the Council's headquarters, where she met the Secretary General, "
        "Mr. Tom Berg, to discuss trade.",
        "3 May",
        # with the name the title (a head of two words) stands in apposition with
        "Ana Ruiz visited the Council's headquarters, where she met the Secretary General, Tom Berg",
    ),
    # a title with its complement takes its name too, and so does a list's last titled item
    (
        "On 3 May, Ms. Ana Ruiz travelled to Lisvik, where she met the Minister of Ports, Mr. Tom Berg,"
        " and the Minister of Trade, Ms. Ida Holm.",
        "3 May",
        "Ana Ruiz travelled to Lisvik, where she met the Minister of Ports, Tom Berg, and the Minister of"
        " Trade, Ida Holm",
    ),
    (
        "Ms. Ana Ruiz met the Minister of Ports, Mr. Tom Berg, and the Minister of Trade, Ms. Ida Holm.",
        None,
        "Ana Ruiz met the Minister of Ports, Tom Berg, and the Minister of Trade, Ida Holm",
    ),
    # an occasion's participle after its name is a reduced relative clause: the verb after
    # it (past the place's state after its comma) is the clause's
    (
        "The 2019 Lakes Trade Forum held in Duluth, Minnesota on 4-5 May 2019 brought together "
        "300 exporters.",
        "4-5 May 2019",
        "The 2019 Lakes Trade Forum held in Duluth, Minnesota brought together 300 exporters",
    ),
    # an account a few words past the limit stays whole when those words name something
    (
        "On 3 May, the long-delayed reform of the regional fishing licences and the shared rules on "
        "the inspection of foreign vessels in the common waters of the southern islands were among the "
        "many topics of two long days of talks between the Minister and the delegates on the margins of "
        "the Pacific Ports Council in Suva.",
        "3 May",
        "The long-delayed reform of the regional fishing licences and the shared rules on the inspection "
        "of foreign vessels in the common waters of the southern islands were among the many topics of "
        "two long days of talks between the Minister and the delegates on the margins of the Pacific "
        "Ports Council in Suva",
    ),
    # must not: a verb with a subject of its own after the comma
    ("The Forum held in Lima, the Minister said, was a success.", None, "The Forum held in Lima"),
    ("The Council convened in Lima.", None, "The Council convened in Lima"),
    # must not: a place clause that tells something else
    (
        "On 3 May, Ms. Ana Ruiz visited the port, where a new terminal opened in 2020.",
        "3 May",
        "Ana Ruiz visited the port",
    ),
    # a list subject keeps its gerunds and its compounds in -ing: they are items, no phrase
    # fronted before the clause (the list's head still may be one)
    (
        "APIA, 3 May 2021 – The rise of freight rates in the Pacific, customs data, dredging the "
        "harbour, capacity-building programmes, fisheries and tourism were among the topics of the talks.",
        "3 May 2021",
        "The rise of freight rates in the Pacific, customs data, dredging the harbour, capacity-building "
        "programmes, fisheries and tourism were among the topics of the talks",
    ),
    (
        "Speaking at the Ports Forum, the Minister and the Ambassador signed a charter on 3 May.",
        "3 May",
        "The Minister and the Ambassador signed a charter",
    ),
    # a clause that names no encounter keeps the "as"/"when" clause that tells its event
    (
        "Trade and jobs were once again the focus for the delegates, as Tonga hosted the 2019 "
        "Pacific Ports Parallel Event, on 4-6 May.",
        "4-6 May",
        "Trade and jobs were once again the focus for the delegates, as Tonga hosted the 2019 Pacific "
        "Ports Parallel Event",
    ),
    (
        "Fares were the first topic, when the Island Shipping Forum opened in Suva on 4 May.",
        "4 May",
        "Fares were the first topic, when the Island Shipping Forum opened in Suva",
    ),
    # ... not one that tells its own encounter, nor an "as" clause that holds no event
    (
        "The Minister met the Ambassador of Peru on 4 May, as Tonga hosted the Pacific Ports Forum.",
        "4 May",
        "The Minister met the Ambassador of Peru",
    ),
    (
        "Fares were the first topic on 4 May, as the Minister noted in her remarks.",
        "4 May",
        "Fares were the first topic",
    ),
    # a place named in apposition to the kind of place is the place, kept
    (
        "The envoy travelled to the capital, Vell Harbour, where she met the Premier.",
        None,
        "The envoy travelled to the capital, Vell Harbour, where she met the Premier",
    ),
    # ... not a clause after it
    ("The envoy reached the port, Ms. Ode said.", None, "The envoy reached the port"),
    # a date in a contrast or a concession with a verb of its own dates that clause, not the main
    (
        "She said the quay was half built, while dredging of the channel had ended in May.",
        "May",
        "Dredging of the channel had ended",
    ),
    (
        "The talks went on, although the summit had closed on 4 May.",
        "4 May",
        "The summit had closed",
    ),
    # a date in a predicate joined by ", and" dates that predicate, told with the subject
    (
        "Ministers adopted the plan, approved the budget, and agreed to meet again in Apia in March 2027.",
        "March 2027",
        "Ministers agreed to meet again in Apia",
    ),
    # a date in the clause a participle of speech reports dates what that clause tells
    (
        "He welcomed the proposal, adding that the first meeting could be held in Apia in September.",
        "September",
        "The first meeting could be held in Apia",
    ),
    # ... not a modal's, which goes on the clause nearest it
    (
        "Ms. Ode announced that the fund would open in 2027, and would hold its first call on 3 May.",
        "3 May",
        "Ode announced that the fund would open in 2027, and would hold its first call",
    ),
    # an encounter that needs whom goes on past its date and place to whom (end weight), the
    # day word of the date with the date
    (
        "The Governor, Ms. Ida Lunn, received today, 4 May 2023, at the Residence the Consul General of "
        "Peru, Mr. Luis Soto, who is on a visit.",
        "4 May 2023",
        "Ida Lunn received at the Residence the Consul General of Peru, Luis Soto",
    ),
    (
        "The Mayor welcomed on Friday, 5 May 2023, the delegates of the Port Council.",
        "5 May 2023",
        "The Mayor welcomed the delegates of the Port Council",
    ),
    # ... not an occasion that needs none
    ("The Ports Forum opened today, 4 May 2023, in Vela.", "4 May 2023", "The Ports Forum opened today"),
    # a past participle's phrase opening the sentence is no item of its subject's list
    (
        "Held here on 6 May 2023, the fair of the towns of Olvik and Brask drew 300 traders.",
        "6 May 2023",
        "The fair of the towns of Olvik and Brask drew 300 traders",
    ),
    # the word that says which month it is goes with the date
    (
        "The plan was first proposed at a meeting in Kallo last November.",
        "November",
        "The plan was first proposed at a meeting in Kallo",
    ),
    ("The ministers will meet again in Olvik next May.", "May", "The ministers will meet again in Olvik"),
    # the subject's own predicate after its relative clause between commas
    (
        "The Reef Fair, which is held every two years in Lorvik, continues until 24 June 2023.",
        "24 June 2023",
        "The Reef Fair continues",
    ),
    # must not: a list's last items after a subject's relative clause are no predicate
    (
        "Ms. Ana Roel, who is in Lorvik for the Fair, met envoys from Tarn, Brask and Vell on 24 June 2023.",
        "24 June 2023",
        "Ana Roel met envoys from Tarn, Brask and Vell",
    ),
    # a verb of travel's irregular past is the clause's verb
    (
        "On 6 May 2023, she flew to Tolvo, where she met the fishers.",
        "6 May 2023",
        "She flew to Tolvo, where she met the fishers",
    ),
    # a relative clause after an opening phrase is the phrase's, not the main clause
    (
        "In Olvik, where she arrived on 3 May 2023, the Minister opened a clinic.",
        "3 May 2023",
        "The Minister opened a clinic",
    ),
    # a fronted "With" phrase naming the other party of the talks stays: the talks were with them
    (
        "On 4 May 2023, with Trade Minister of Vosk Tom Berg, the Minister reviewed the port plan.",
        "4 May 2023",
        "With Trade Minister of Vosk Tom Berg, the Minister reviewed the port plan",
    ),
    (
        "With the Mayor of Olvik, Ms. Ana Lind, the Minister toured the harbour on 5 May 2023.",
        "5 May 2023",
        "With the Mayor of Olvik, Ana Lind, the Minister toured the harbour",
    ),
    # must not: a "with" phrase that names no party
    (
        "With the support of the Harbour Bank, the Minister opened a clinic on 6 May 2023.",
        "6 May 2023",
        "The Minister opened a clinic",
    ),
    # a list's last item opens with "and", however long: no apposition
    (
        "The Minister met Governor Ana Ruiz, Mayor Tom Berg, and other senior officials of the "
        "northern province in Olvik on 7 May 2023.",
        "7 May 2023",
        "The Minister met Governor Ana Ruiz, Mayor Tom Berg, and other senior officials of the "
        "northern province in Olvik",
    ),
    # the name set beside a title whose portfolio list a comma cuts
    (
        "The Minister of Industry, Trade and Investment, Dr. Ada Okon, opened a fair on 7 May 2023.",
        "7 May 2023",
        "Ada Okon opened a fair",
    ),
    # a past with a verb's prefix and a hyphen is the verb: the account keeps its subject
    (
        "Minister Ana Ruiz and Minister Tom Berg co-chaired the Joint Commission in Olvik on 9 May 2023.",
        "9 May 2023",
        "Minister Ana Ruiz and Minister Tom Berg co-chaired the Joint Commission in Olvik",
    ),
    # a subject's last item after "and" is no clause of its own, however it opens
    (
        "The Speaker, Ms. Ana Ruiz, and a delegation of members of Parliament visited the port on "
        "9 May 2023.",
        "9 May 2023",
        "The Speaker, Ana Ruiz, and a delegation of members of Parliament visited the port",
    ),
    # must not: a long apposition after the name
    (
        "The Minister met Mr. Tom Berg, the newly elected chairman of the northern ports board, "
        "on 8 May 2023.",
        "8 May 2023",
        "The Minister met Tom Berg",
    ),
    # must not: a name of a past participle's form heads a list
    (
        "United Ports, Harbour Lines and Vela Cargo signed the charter on 6 May 2023.",
        "6 May 2023",
        "United Ports, Harbour Lines and Vela Cargo signed the charter",
    ),
    # a body's leader after "led by" holds no date: the verb before it is dated
    (
        "The Minister of Ports received a delegation led by Vice Minister Tom Berg on 10 March to discuss "
        "transit.",
        "10 March",
        "The Minister of Ports received a delegation led by Vice Minister Tom Berg to discuss transit",
    ),
    # a thing's participle with its place before the date: the thing's account
    (
        "The commission met in Lusaka on 6 June 2023 to review the Transport Agreement signed in Tolvo on "
        "4 May 2021.",
        "4 May 2021",
        "Transport Agreement signed in Tolvo",
    ),
    # a relative clause of the occasion that opens the sentence dates the main clause's happening
    (
        "During the visit, which ran from 7 to 9 June, Ms. Ana Lind met the Minister of Ports.",
        "7 to 9 June",
        "Ana Lind met the Minister of Ports",
    ),
    # must not: the occasion told after the main clause is the relative clause's
    (
        "Ms. Ana Lind met the Minister of Ports during the fair, which was held from 7 to 9 June.",
        "7 to 9 June",
        "The fair was held",
    ),
    # a list whose items semicolons part, its last after "; and": one list, kept whole
    (
        "On 4 June, Ms. Ana Lind met the Mayor of Orvik, Mr. Tom Berg; the Harbour Master, Ms. Eva Dal; "
        "and the Chief of Police, Mr. Leo Sand.",
        "4 June",
        "Ana Lind met the Mayor of Orvik, Tom Berg; the Harbour Master, Eva Dal; "
        "and the Chief of Police, Leo Sand",
    ),
    # ... and the first item's apposition, which the main clause leaves out alone
    (
        "A panel chaired by Ms. Ana Lind brought together Mr. Tom Berg, Head of the Port of Orvik; "
        "Ms. Eva Dal, Director at the Tarn Shipping Board; and Dr. Leo Sand of Orvik University.",
        None,
        "A panel chaired by Ana Lind brought together Tom Berg, Head of the Port of Orvik; Eva Dal, "
        "Director at the Tarn Shipping Board; and Leo Sand of Orvik University",
    ),
    # a list's last item whose -ing word modifies its noun, after a bare plural: no participle
    (
        "On 4 June, Ms. Ana Lind met fish traders, shipping agents and harbour pilots in Orvik.",
        "4 June",
        "Ana Lind met fish traders, shipping agents and harbour pilots in Orvik",
    ),
    # must not: a participle's phrase after a clause's object keeps out
    (
        "On 4 June, Ms. Ana Lind opened the fair, welcoming traders and pilots from Orvik.",
        "4 June",
        "Ana Lind opened the fair",
    ),
    # must not: a clause of its own after the semicolon is no item of the list
    (
        "On 4 June, Ms. Ana Lind met the Mayor of Orvik, Mr. Tom Berg; and the two toured the harbour.",
        "4 June",
        "Ana Lind met the Mayor of Orvik, Tom Berg",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "what"), WHAT, ids=[w[2][:40] for w in WHAT])
def test_event_what(sentence: str, date: str | None, what: str) -> None:
    assert _what(sentence, date) == what


def test_what_quotes_the_article() -> None:
    """Every word of an account is a word of its sentence: it trims, never rewords."""
    for sentence, _, what in WHAT:
        words = {w.strip(",.;") for w in sentence.split()}  # "1,200" stays a word
        said = [w.strip(",;") for w in what.split()]  # "Peru," of a list the account keeps
        assert all(w in words or w.capitalize() in words or w.lower() in words for w in said), what


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The summit was held in Kigali, Rwanda, on 3 May.", "Kigali, Rwanda"),
        ("She visited Hanoi on Monday.", "Hanoi"),
        ("The delegation travelled to Dakar, Senegal.", "Dakar, Senegal"),
        ("They met in New York in April.", "New York"),
        ("He shared his experience in Customs reform.", None),  # a modifier, not a place
        ("Traders from markets in Europe and Africa attended.", None),  # a list
        ("The office opens in May.", None),
        ("While in Cairo, Mr. Lopes attended the ceremony.", "Cairo"),
        # which part of it, before the place
        ("The envoy visited flooded districts in northern Tarnland.", "Tarnland"),
        ("The fair was held in downtown Lorvik, Tarnland, on 3 May.", "Lorvik, Tarnland"),
        # the honorific after the place opens the name of the person after it
        ("The Envoy in Tarnland Ms. Ida Vell met the Mayor.", "Tarnland"),
    ],
)
def test_place_in(sentence: str, place: str | None) -> None:
    assert place_in(sentence) == place


@pytest.mark.parametrize(
    ("date_line", "lead", "dates"),
    [
        # a date line with the place and the day dates the undated lead's meeting
        ("Oslo, 3 May 2024", "The Minister met with the Ambassador of Chile.", ["2024-05-03"]),
        # not: a date line without a place, a lead in the future, or a lead with its own date
        ("3 May 2024", "The Minister met with the Ambassador of Chile.", []),
        ("Oslo, 3 May 2024", "The Minister will meet the Ambassador of Chile.", []),
        ("Oslo, 3 May 2024", "The Minister met the Ambassador on 2 May 2024.", ["2024-05-02"]),
    ],
)
def test_a_date_line_with_a_place_dates_an_undated_lead(date_line: str, lead: str, dates: list[str]) -> None:
    assert [e.date for e in _events(lead, date_line=date_line)] == dates


@pytest.mark.parametrize(
    ("second", "dates"),
    [
        # the text counts its days from the date line only for a thing told in passing: it is
        # written that day, and its undated talks were held then
        (
            "She praised the new trade office in Marlo, which was officially opened last evening.",
            ["2024-05-03", "2024-05-02"],
        ),
        # not: a day counted back that dates a scene of the text (the talks may be of that day)
        ("The two ministers met again yesterday.", ["2024-05-02"]),
        # not: a text that counts no day from the date line
        ("She praised the new trade office in Marlo.", []),
    ],
)
def test_a_date_line_of_the_day_of_writing_dates_an_undated_lead(second: str, dates: list[str]) -> None:
    lead = "The Minister welcomed the Ambassador of Chile, who is on her first visit to Tarn."
    assert [e.date for e in _events(lead, second, date_line="3 May 2024")] == dates


@pytest.mark.parametrize(
    ("lead", "second", "dates"),
    [
        # a lead that tells a day of a meeting by its order, in a text that dates nothing, is
        # the report of that day: the date line's
        (
            "The Minister of Trade, Ana Ruiz, held talks on the final day of the Harbour Summit in Tarn.",
            "She met the Minister of Ports of Vell.",
            ["2024-05-03"],
        ),
        (
            "On the second day of the Harbour Summit, the Minister of Trade met her Vell counterpart.",
            "They agreed to open a ferry line.",
            ["2024-05-03"],
        ),
        # not: a text that dates something else (the day may be another's)
        (
            "The Minister of Trade held talks on the final day of the Harbour Summit in Tarn.",
            "The Summit had opened on 29 April.",
            ["2024-04-29"],
        ),
        # not: a lead in the past that names no day (the release may come days later)
        (
            "The Minister of Trade held talks at the Harbour Summit in Tarn.",
            "She met the Minister of Vell.",
            [],
        ),
    ],
)
def test_a_day_told_by_its_order_is_the_date_line_day(lead: str, second: str, dates: list[str]) -> None:
    assert [e.date for e in _events(lead, second, date_line="3 May 2024")] == dates


def test_one_event_per_dated_sentence() -> None:
    events = _events(
        "On 5 May 2022, the Minister attended the Regional Trade Forum in Nairobi, Kenya.",
        "The Forum, which will meet again on 4 May 2023, adopted a declaration.",
    )
    assert [(e.date, e.end, e.paragraph, e.sentence) for e in events] == [
        ("2022-05-05", None, 0, 0),
        ("2023-05-04", None, 1, 1),
    ]
    assert events[0].what == "The Minister attended the Regional Trade Forum in Nairobi, Kenya"
    assert events[0].where == "Nairobi, Kenya"
    assert events[1].what == "The Forum will meet again"


def test_a_range_has_an_end() -> None:
    [event] = _events("The Minister visited Accra, Ghana, from 3 to 5 May 2022.")
    assert (event.date, event.end, event.where) == ("2022-05-03", "2022-05-05", "Accra, Ghana")


def test_a_date_twice_in_a_sentence_is_one_event() -> None:
    events = _events("The Board met on 5 May 2022 and again, briefly, on 5 May 2022 in the evening.")
    assert len(events) == 1


def test_an_undated_section_inherits_the_date_of_its_scene() -> None:
    events = _events(
        "On 5 May 2022, the Minister attended the Regional Trade Forum in Nairobi, Kenya.",
        "It will be recalled that the two countries signed a treaty in June 2019.",
        "On the margins of the Forum, she held bilateral talks with the Minister of Trade of Kenya.",
    )
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0), ("2019-06", 1), ("2022-05-05", 2)]
    inherited = events[2]
    assert inherited.what == "She held bilateral talks with the Minister of Trade of Kenya"
    assert inherited.where == "Nairobi, Kenya"


def test_talks_on_the_margins_take_the_whole_gathering_not_the_session_before() -> None:
    """The first session dates its first day; talks "on the margins of the Forum" told after it
    took place during the Forum, on a day the text does not give."""
    events = _events(
        "The Minister attended the Regional Trade Forum in Nairobi, Kenya, on 5-6 May 2022.",
        "The first session, chaired by the Minister, examined payment links.",
        "On the margins of the Forum, she held bilateral talks with the Minister of Trade of Kenya.",
    )
    assert [(e.date, e.end, e.paragraph) for e in events] == [
        ("2022-05-05", "2022-05-06", 0),
        ("2022-05-05", None, 1),
        ("2022-05-05", "2022-05-06", 2),
    ]
    # talks told after a session without "on the margins" go on with that session's day
    events = _events(
        "The Minister attended the Regional Trade Forum in Nairobi, Kenya, on 5-6 May 2022.",
        "The first session, chaired by the Minister, examined payment links.",
        "After the session, she held bilateral talks with the Minister of Trade of Kenya.",
    )
    assert [(e.date, e.end) for e in events][2] == ("2022-05-05", None)


def test_an_announced_date_is_no_scene_to_inherit() -> None:
    events = _events(
        "On 5 May 2022, the Minister attended the Regional Trade Forum in Nairobi, Kenya.",
        "The Minister announced that Kenya will host a port expo in Mombasa in August.",
        "At the close of the Forum, the two ministers signed a memorandum of understanding.",
    )
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0), ("2022-08", 1), ("2022-05-05", 2)]
    assert events[2].where == "Nairobi, Kenya"


def test_a_date_in_a_relative_clause_is_no_scene_to_inherit() -> None:
    """ "the border post, which opened in May 2021": the post's date, not a scene that the
    courtesy call told after it took place at."""
    text = (
        "Commissioner visits Kenya\n\nNAIROBI, 6 May 2022 – Ms. Ana Ruiz, Commissioner of Customs of "
        "Uganda, held talks with her counterpart, Mr. Tom Otieno, on 5 May 2022.\n\nThey reviewed the "
        "border post at Busia, which opened in March 2021, and agreed on new rules.\n\nDuring the visit, "
        "Ms. Ruiz also paid a courtesy call on the Minister of Finance, Mr. Paul Kiprono."
    )
    events = analyse(build_article(Source("stdin", "-"), text)).events
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0), ("2021-03", 1), ("2022-05-05", 2)]


@pytest.mark.parametrize(
    "lead",
    [
        "The Minister announced on 5 May 2022 in Nairobi, Kenya that the country will host a port expo.",
        "On 5 May 2022, the Minister said in Nairobi, Kenya that the plan would be adopted.",
    ],
)
def test_the_day_of_an_announcement_is_a_scene(lead: str) -> None:
    # what was announced has its own time; the announcing happened on the day the lead gives
    events = _events(lead, "On the margins, she held bilateral talks with the Minister of Trade of Kenya.")
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0), ("2022-05-05", 1)]


@pytest.mark.parametrize(
    "lead",
    [
        "Fiji and Tonga signed two agreements in Suva on 3 May 2022, the Ministry said on 5 May 2022.",
        "Fiji and Tonga signed two accords in Suva on 3 May 2022, the Minister told reporters on 5 May 2022.",
    ],
)
def test_the_day_of_saying_gives_way_to_the_happening(lead: str) -> None:
    # a news report's attribution dates the report, not the signing it reports
    assert [(e.date, e.what[:25]) for e in _events(lead)] == [("2022-05-03", "Fiji and Tonga signed two")]


def test_the_date_lines_date_is_no_happening_that_hides_the_day_of_saying() -> None:
    # a wire's lead: the date line dates the release, the saying dates the speech
    lead = "SUVA, 9 May 2022 (FNA) – Small ports risk being left behind, the Minister said on Thursday."
    assert [e.date for e in _events(lead, date_line="")] == ["2022-05-05"]


def test_a_plural_noun_is_no_saying() -> None:
    # "states" is the noun here, not "state" said of a date
    [event] = _events("Ministers of the island states met in Suva on 3 May 2022, the Ministry said.")
    assert event.date == "2022-05-03"


def test_no_date_no_inherited_event() -> None:
    assert (
        _events("The Minister held bilateral talks with the Governor.", "He stressed the port's role.") == ()
    )


def test_a_date_heading_dates_the_next_paragraph() -> None:
    [event] = _events("Nairobi, 5-6 May 2022", "The Minister attended the Regional Trade Forum.")
    assert (event.date, event.end, event.paragraph) == ("2022-05-05", "2022-05-06", 0)
    assert event.what == "The Minister attended the Regional Trade Forum"
    assert event.where == "Nairobi"


@pytest.mark.parametrize(
    ("lead", "dates"),
    [
        # the lead dates its happening itself: the date line is the release's date
        (
            "ACCRA, 12 May 2022 – The Bank convened a dialogue on port finance on Tuesday, 10 May.",
            [("2022-05-10", None)],
        ),
        (
            "Lima, 12 May 2022 – The Minister opened the Trade Forum on 11 May. Talks went on.",
            [("2022-05-11", None)],
        ),
        # no date of its own: the lead tells the date line's day
        ("Hanoi, 12 May 2022 – The President has held talks with the Premier.", [("2022-05-12", None)]),
        # the day told again in the lead
        (
            "Dakar, 12 May 2022 – The ministers signed the accord on 12 May 2022 after talks on 11 May.",
            [("2022-05-11", None), ("2022-05-12", None)],
        ),
        # the same with an agency's tag, or in capitals without a dash
        ("Lomé, 12 May 2022 (ATOP) – The Minister opened the Trade Forum on 11 May.", [("2022-05-11", None)]),
        ("LIMA, 12 MAY 2022 The Minister opened the Trade Forum on 11 May.", [("2022-05-11", None)]),
    ],
)
def test_an_inline_date_line_dates_the_release(lead: str, dates: list[tuple[str, str | None]]) -> None:
    events = _events(lead, "The delegates thanked the hosts.", date_line="")
    assert sorted((e.date, e.end) for e in events) == dates


@pytest.mark.parametrize(
    ("lead", "dates"),
    [
        # a release dated after the day its story was filed: the date line's day is the filing's
        (
            "KESSA, 8 May – The Lake Commission held its fourth session in Kessa on 6 and 7 May.",
            [("2022-05-06", "2022-05-07")],
        ),
        # ... but the happening's when the lead tells no day of its own
        ("KESSA, 8 May – The Lake Commission has closed its fourth session.", [("2022-05-08", None)]),
    ],
)
def test_an_inline_date_line_before_the_release_date(lead: str, dates: list[tuple[str, str | None]]) -> None:
    events = _events(lead, "The delegates thanked the hosts.")
    assert sorted((e.date, e.end) for e in events) == dates


@pytest.mark.parametrize(
    ("lead", "what", "where"),
    [
        # the date line is no part of what happened; its date's place is the event's location
        (
            "LIMA, 12 MAY 2022 The Minister opened the Trade Forum on 11 May.",
            "The Minister opened the Trade Forum",
            "Lima, Peru",
        ),
        (
            "Lomé, 12 May 2022 (ATOP) – The ministers took part in the forum, held this year in Accra.",
            "The ministers took part in the forum",
            "Accra, Ghana",
        ),
    ],
)
def test_the_event_of_a_date_line(lead: str, what: str, where: str) -> None:
    briefing = analyse(_article(lead, "The delegates thanked the hosts.", date_line=""))
    [event] = briefing.events
    assert (event.what, event.where) == (what, where)


def test_who_comes_from_the_people() -> None:
    people = (Person(name="Ana Ortiz", mentions=("Ms. Ana Ortiz", "Ms. Ortiz"), id="p1"),)
    [event] = _events("On 5 May 2022, Ms. Ana Ortiz opened the Trade Forum in Lima.", people=people)
    assert event.who == ("Ana Ortiz",)
    assert event.who_ids == ("p1",)


def test_who_by_id_in_the_same_order() -> None:
    people = (
        Person(name="Ana Ortiz", mentions=("Ms. Ortiz",), id="p1"),
        Person(name="Grace Wanjiru", mentions=("Ms. Wanjiru",), id="p2"),
    )
    [event] = _events("On 5 May 2022, Ms. Wanjiru met Ms. Ortiz in Lima.", people=people)
    assert event.who == ("Grace Wanjiru", "Ana Ortiz")
    assert event.who_ids == ("p2", "p1")


def test_who_ids_are_the_people_stage_ids(reference_article_text: str) -> None:
    """Each event's ids are those of the very people it lists, as the people stage numbered
    them, also for an event a section inherits its date for."""
    briefing = analyse(build_article(Source("sample", "sample"), reference_article_text))
    by_id = {person.id: person.name for person in briefing.people}
    assert all(event.who_ids for event in briefing.events)
    for event in briefing.events:
        assert tuple(by_id[i] for i in event.who_ids) == event.who


def test_the_bundled_article(reference_article_text: str) -> None:
    article = build_article(Source("sample", "sample"), reference_article_text)
    sections = segment_sections(article, classify_paragraphs(article))
    events = find_events(article, find_dates(article), sections)
    assert [(e.date, e.paragraph) for e in events] == [
        ("2021-10-23", 0),
        ("2021-10-23", 1),
        ("2021-10-23", 3),
    ]
    assert events[0].what == "Kunio Mikuriya attended the International Customs Forum in Moscow, Russia"
    assert events[0].where == "Moscow, Russia"
    assert "panel discussion" in events[1].what
    assert "bilateral meeting" in events[2].what


def _titled(title: str, *paragraphs: str, date_line: str = "9 May 2022") -> tuple[Event, ...]:
    article = build_article(Source("stdin", "-"), f"{title}\n\n{date_line}\n\n" + "\n\n".join(paragraphs))
    sections = segment_sections(article, classify_paragraphs(article), ())
    return find_events(article, find_dates(article), sections, ())


@pytest.mark.parametrize(
    ("title", "body", "dates"),
    [
        # a range the headline gives, the body dating only its last day
        (
            "Minister's official visit to Ghana from 3 to 5 May 2022",
            "The Minister met the President in Accra. On 5 May 2022 she opened the port forum.",
            [("2022-05-03", "2022-05-05"), ("2022-05-05", None)],
        ),
        # a day the headline gives, with a year or the publication date's
        (
            "Statement at the Ports Council, 6 May 2022",
            "The Minister spoke on trade.",
            [("2022-05-06", None)],
        ),
        ("Minister meets envoys on May 6", "The Minister spoke on trade.", [("2022-05-06", None)]),
        # must not: the body has it already; the publication date; a month alone
        (
            "Ports Council, 6 May 2022",
            "The Council met on 6 May 2022 in Lomé.",
            [("2022-05-06", None)],
        ),
        ("Press statement, 9 May 2022", "The Minister spoke on trade.", []),
        ("Ports Council opens in May 2022", "The Minister spoke on trade.", []),
    ],
)
def test_the_headline_dates_its_happening(title: str, body: str, dates: list[tuple[str, str | None]]) -> None:
    assert [(e.date, e.end) for e in _titled(title, *body.split("\n\n"))] == dates


@pytest.mark.parametrize(
    ("title", "date_line", "date"),
    [
        # the release is dated the day after the headline's day: "today" is the headline's
        ("Minister at the General Assembly, 8 May 2022", "9 May 2022", "2022-05-08"),
        # must not: the headline's day is the publication date, or far from it
        ("Minister at the General Assembly, 9 May 2022", "9 May 2022", "2022-05-09"),
        ("Minister at the General Assembly, 1 May 2022", "9 May 2022", "2022-05-09"),
        ("Minister at the General Assembly", "9 May 2022", "2022-05-09"),
    ],
)
def test_today_is_the_headline_day(title: str, date_line: str, date: str) -> None:
    events = _titled(title, "The Minister met his counterparts today.", date_line=date_line)
    assert date in {e.date for e in events}
    assert all(e.date in (date, "2022-05-01") for e in events)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        # the lead's date line is a day before the release's: "today" is the date line's
        ("Lorvik, 8 May 2022 – The Minister met his counterparts today.", "2022-05-08"),
        # must not: a date line of the publication day, or far from it
        ("Lorvik, 9 May 2022 – The Minister met his counterparts today.", "2022-05-09"),
        ("The Minister met his counterparts in Lorvik today.", "2022-05-09"),
    ],
)
def test_today_is_the_lead_date_lines_day(lead: str, date: str) -> None:
    events = _titled("Minister in Lorvik", lead, date_line="9 May 2022")
    assert {e.date for e in events} == {date}


def test_an_undated_lead_under_a_headline_range_takes_the_range() -> None:
    """ "Harbour Council, 2-3 May 2024: main results" over "Oslo, 3 May 2024 | Ministers adopted
    ...": the date line is the day of writing; on which of the meeting's days the lead's act
    fell the text does not say."""
    text = (
        "Harbour Council, 2-3 May 2024: main results\n\nOslo, 3 May 2024\n\n"
        "Ministers adopted a plan on pilotage.\n\nThey also approved the budget."
    )
    article = build_article(Source("stdin", "-"), text)
    sections = segment_sections(article, classify_paragraphs(article), ())
    events = find_events(article, find_dates(article), sections, ())
    lead = [e for e in events if e.sentence == 0]
    assert [(e.date, e.end) for e in lead] == [("2024-05-02", "2024-05-03")]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a full stop may end each word of a two-word honorific, and a space follow its inner stop
        ("The Speaker, Rt. Hon. Sam Oduya, received them", "The Speaker, Sam Oduya, received them"),
        ("The Speaker, Rt Hon Sam Oduya, received them", "The Speaker, Sam Oduya, received them"),
        ("He met H. E. Ana Ruiz", "He met Ana Ruiz"),
        ("He met H.E. Ana Ruiz", "He met Ana Ruiz"),
        ("He met the U.S. delegation", "He met the U.S. delegation"),
    ],
)
def test_an_account_leaves_out_honorifics_however_punctuated(text: str, plain: str) -> None:
    assert without_honorifics(text) == plain


def test_a_day_of_the_visit_is_left_out_of_its_account_and_kept_as_its_subject() -> None:
    # "On the last day of the visit, X signed ...": the account is what X did; "The first day of
    # the Meeting was held jointly ...": the date phrase is the subject the account needs
    events = _events(
        "The envoy concluded on 5 May 2019 a three-day visit to Lisvik.",
        "On the last day of the visit, she signed the accord with Mayor Tom Berg.",
        "The first day of the visit was spent at the port.",
    )
    whats = [(e.date, e.what) for e in events]
    assert ("2019-05-05", "She signed the accord with Mayor Tom Berg") in whats
    assert ("2019-05-03", "The first day of the visit was spent at the port") in whats


def test_a_section_in_the_past_perfect_takes_no_date_of_the_scene() -> None:
    """What had been done before the story's time happened on no day of its scene."""
    events = _events(
        "On 5 May 2022, the Deputy Minister visited the Port of Vela, where she met the Governor.",
        "The Minister of Trade, Mr. Tom Berg, who toured the port in 2021, had announced the plan at a "
        "forum in Lora.",
    )
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0)]


@pytest.mark.parametrize(
    ("what", "perfect"),
    [
        ("Tom Berg had announced the plan at a forum in Lora", True),
        ("The Mayor had already presented the project", True),
        ("The Mayor had met the Governor before", True),
        # must not: "had" as a verb of its own, or a past perfect in no main clause
        ("She had talks with the Mayor of Vela", False),
        ("She had a meeting with the Mayor", False),
        ("She met the Mayor, who had visited Vela", False),
    ],
)
def test_past_perfect(what: str, perfect: bool) -> None:
    assert (past_perfect(what) is not None) is perfect


def test_a_yearless_date_line_day_gives_way_to_the_lead_day() -> None:
    # "PORT LEVA, 12 Mar (PNA) – ... yesterday received": the date line dates the release, the
    # lead's "yesterday" the happening, once
    events = _events(
        "PORT LEVA, 12 Mar (PNA) – The Prime Minister, Hon. Sione Falan, yesterday received the "
        "Ambassador of Norland, Mr. Aksel Dahl, at his office. The two sides met in 2025 too.",
        "Mr. Dahl thanked the Government.",
        date_line="",
    )
    assert [e.date for e in events if e.paragraph == 0 and "received" in e.what] == ["2025-03-11"]


def test_a_return_from_the_trip_is_not_at_the_trips_place() -> None:
    [event] = _events("The trade delegation returned on 14 May 2022 from a mission to Muscat, Oman.")
    assert event.where is None
    # must not: the trip itself keeps its place
    [trip] = _events("The trade delegation ended on 14 May 2022 a mission to Muscat, Oman.")
    assert trip.where == "Muscat, Oman"


def test_a_second_date_of_a_sentence_opened_by_a_date_has_an_account() -> None:
    events = _events(
        "On Saturday the Minister toured a dairy in Velska before flying to Tarn for talks on Monday.",
        "The talks went well.",
    )
    assert [(e.date, bool(e.what)) for e in events] == [("2022-05-07", True), ("2022-05-09", True)]
    assert events[1].what.startswith("The Minister toured a dairy")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a date line closed by a full stop is a sentence of its own: the next one tells the day's
        # happening, and the lead's own mention of that day is the only event of it
        (
            "Lorvik, March 4, 2026. The Minister of Trade, Ana Lind, met the Ambassador of Tesvania.",
            [("2026-03-04", "Ana Lind met the Ambassador of Tesvania")],
        ),
        (
            "Lorvik, March 4, 2026. The Minister of Trade, Ana Lind, met the Ambassador this Wednesday.",
            [("2026-03-04", "Ana Lind met the Ambassador")],
        ),
    ],
)
def test_a_date_line_closed_by_a_full_stop(lead: str, expected: list[tuple[str, str]]) -> None:
    events = _events(lead, "They discussed trade.", date_line="")
    assert [(e.date, e.what) for e in events] == expected


def test_a_months_which_word_leaves_with_it_from_a_clause_of_its_own() -> None:
    sentence = "The talk, which took place on Monday, was the first since the Mayor took office last June."
    assert _what(sentence, "June") == "The talk was the first since the Mayor took office"


def test_two_weekdays_apart_are_two_events_told_alike() -> None:
    # 9 May 2022 was a Monday: "on Tuesday and Friday" is the week before's
    events = _events("The envoy held talks in Tarn on Tuesday and Friday.", "The talks went well.")
    assert [(e.date, e.what) for e in events] == [
        ("2022-05-03", "The envoy held talks in Tarn"),
        ("2022-05-06", "The envoy held talks in Tarn"),
    ]


def test_a_section_to_come_takes_no_date_of_the_scene() -> None:
    """A meeting announced in a paragraph of its own happens on no day of the scene told before."""
    events = _events(
        "On 5 May 2022, the Deputy Minister attended the Council of Trade Ministers in Vela.",
        "On the margins of the Council, she held a bilateral meeting with the Minister of Trade of Lora, "
        "Mr. Tom Berg.",
        "The next meeting of Trade Ministers will take place in Lora in 2023.",
    )
    assert [(e.date, e.paragraph) for e in events] == [("2022-05-05", 0), ("2022-05-05", 1)]


def test_a_month_ending_an_upcoming_gatherings_phrase_dates_that_gathering() -> None:
    """A date after "the upcoming <gathering>" is that gathering's, still to come: the talks
    that discuss it keep their own day, and the month tells no talks."""
    events = _events(
        "The Minister of Ports, Ms. Ana Lind, on 4 May 2022 met the Mayor of Tarn to discuss the upcoming "
        "harbour conference in Velsk in July.",
    )
    talks = "Ana Lind met the Mayor of Tarn to discuss the upcoming harbour conference in Velsk in July"
    assert [(e.date, e.what, e.where) for e in events] == [
        ("2022-05-04", talks, None),
        ("2022-07", "The upcoming harbour conference in Velsk", "Velsk"),
    ]
    assert events[1].announced


@pytest.mark.parametrize(
    ("lead", "where"),
    [
        # a gathering still to come with no place of its own: none, not the lead's
        ("Ministers of six lake states met in Kessa on 3 May. They will meet again in June.", None),
        ("Ministers of six lake states met in Kessa on 3 May and agreed to meet again in June.", None),
        ("KESSA, 4 May 2022 – Ministers met on 3 May and agreed to hold a summit of leaders in June.", None),
        # ... its own, in its own clause
        (
            "Ministers of six lake states met in Kessa on 3 May and agreed to meet again in Lira in June.",
            "Lira",
        ),
    ],
)
def test_a_gathering_still_to_come_takes_no_place_of_the_leads(lead: str, where: str | None) -> None:
    article = _article(lead, "The ministers agreed to remove tariffs on grain.")
    sections = segment_sections(article, classify_paragraphs(article))
    events = find_events(article, find_dates(article), sections, location="Kessa")
    assert [e.where for e in events if e.date == "2022-06"] == [where]


@pytest.mark.parametrize(
    ("last", "where"),
    [
        # the place of a sitting still to come is that sitting's, not the talks' that agreed on it
        ("The two sides agreed to hold the next session of the Joint Council in Kessa.", "Tarn"),
        ("The two ministers agreed to hold the next round of talks in Kessa.", "Tarn"),
    ],
)
def test_a_place_of_a_sitting_still_to_come_is_not_the_talks(last: str, where: str) -> None:
    events = _events(
        "The Minister of Ports, Ms. Ana Lind, on 4 May 2022 met the Mayor of Tarn, Mr. Ivo Dall, in Tarn.",
        "Ms. Lind then visited the Tarn ferry terminal.",
        last,
    )
    assert [e.where for e in events if e.paragraph == 2] == [where]


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # a clause joined by ", and" with a subject of its own tells the date's happening
        (
            "Relations between Norland and Vosk were established in 1993, and the last visit at this "
            "level took place in October 2019.",
            "in October 2019",
            "The last visit at this level took place",
        ),
        (
            "The envoy opened the trade office, and the Mayor hosted a lunch for her on Monday.",
            "on Monday",
            "The Mayor hosted a lunch for her",
        ),
    ],
)
def test_a_coordinate_clause_with_its_own_subject_tells_its_date(
    sentence: str, date: str, expected: str
) -> None:
    assert _what(sentence, date) == expected


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        # a date in a "that" relative clause in the predicate is the clause's noun's
        ("The Minister visited the bridge that collapsed in March.", "in March", "The bridge collapsed"),
        (
            "Ms. Ana Lind toured the depots to see the repairs to the pier that flooded in June.",
            "in June",
            "The pier flooded",
        ),
    ],
)
def test_a_date_in_a_that_relative_clause_tells_its_nouns_happening(
    sentence: str, date: str, expected: str
) -> None:
    assert _what(sentence, date) == expected
    # must not: a relative in an opening phrase dates the scene the main clause tells
    opening = "At the Harbour Forum that took place on 3 May in Tolvik, the Minister praised the plan."
    assert _what(opening, "on 3 May") == "The Minister praised the plan"


def test_an_undated_paragraph_of_the_pair_that_met_takes_the_day_of_their_meeting() -> None:
    text = (
        "Premier receives Governor\n\nTolvik, 12 June 2025\n\n"
        "The Premier of Vosk, Mr. Anders Holm, on 10 June received the Governor of Lorania, Ms. Claire "
        "Dumont, at the Premier's Office in Tolvik.\n\n"
        "On 9 June, Ms. Dumont toured the container terminal at Port Hallen and met port operators.\n\n"
        "The two leaders agreed to expand cooperation on maritime training.\n"
    )
    events = analyse(build_article(Source("stdin", "-"), text)).events
    assert [(e.date, e.paragraph) for e in events] == [
        ("2025-06-10", 0),
        ("2025-06-09", 1),
        ("2025-06-10", 2),
    ]


def test_a_question_after_the_date_line_leaves_the_day_to_the_sentence_after_it() -> None:
    # a feature's opening question tells no happening: the answer's occasion is the day's
    events = _events(
        "Kiva, 4 May 2022 – Who pays for the sea walls when storms grow stronger? That was the "
        "question put to a panel of growers, bankers and insurers at the Kiva Forum.",
        "The panel heard from three speakers.",
        date_line="",
    )
    assert events[0].date == "2022-05-04"
    assert events[0].what.startswith("That was the question put to a panel of growers, bankers and insurers")


@pytest.mark.parametrize(
    ("later", "where"),
    [
        # a known place opening the sentence sets the scene of all it tells
        ("In Lima, the Minister called on her counterpart, Mr. Tom Berg, on 11 May.", "Lima"),
        # the place a "where" clause hangs on is the place of the event it tells
        ("She then travelled to Quito, where she addressed a forum attended by 90 firms on 12 May.", "Quito"),
        # must not: an opener that is no place
        ("In Particular, the Minister called on her counterpart, Mr. Tom Berg, on 11 May.", None),
    ],
)
def test_a_stop_of_a_trip_has_the_place_its_sentence_sets(later: str, where: str | None) -> None:
    events = _events("The Minister of Trade of Norland, Ms. Ana Ruiz, led a mission abroad in May.", later)
    assert [e.where for e in events if e.paragraph == 1] == [where]


def test_an_undated_stop_of_a_trip_has_the_place_its_sentence_opens_with() -> None:
    events = _events(
        "The Minister of Trade of Norland, Ms. Ana Ruiz, led a trade mission to Lagos and Accra from 3 to "
        "9 May 2022.",
        "In Lagos, the Minister met the Minister of Ports.",
        "In Accra, the delegation met officials of the port authority.",
    )
    assert [e.where for e in events if e.paragraph] == ["Lagos", "Accra"]


def test_a_sentence_of_another_year_inherits_no_day() -> None:
    text = (
        "Minister attends trade dialogue\n\n"
        "TOLVO, 4 October (Norpress) -- Deputy Minister of Trade Ana Lind will lead the delegation to the "
        "5th Regional Trade Dialogue in Riyadh, Saudi Arabia, from Oct 6 to 8.\n\n"
        "The ministry said in a statement today that Lind would also hold bilateral meetings with her "
        "Saudi counterpart on the sidelines of the dialogue.\n\n"
        "The last dialogue was held in Manama, Bahrain, in 2021.\n"
    )
    assert [e.paragraph for e in briefing_of(text).events] == [0, 1]


def test_a_gathering_to_be_held_is_the_event_of_its_date() -> None:
    events = _events(
        "Ahead of the Reef Summit to be held in Tolvo on 4 December 2022, the ministers met in Lima on "
        "9 May 2022 to agree a common position."
    )
    summit = next(e for e in events if e.date == "2022-12-04")
    assert (summit.what, summit.where) == ("The Reef Summit to be held in Tolvo", "Tolvo")


def test_an_activity_told_as_repeated_inherits_no_day() -> None:
    # after an aside, "held consultations on a regular basis" went on before the signing, again
    # and again: no scene of the signing's day; the same talks told once are dated by it
    def events_of(third: str) -> list[int]:
        article = _article(
            "Tarn Customs and Vosk Customs signed an assistance agreement in Lira on 4 May 2022. Mr. Ivo "
            "Dahl of Tarn Customs and Ms. Ana Lind of Vosk Customs signed the agreement.",
            "It is important to note that both countries share a long border and close trade ties.",
            third,
            "Mr. Dahl said the agreement would cut clearance times.",
        )
        return [e.paragraph for e in analyse(article).events]

    assert events_of(
        "The officers of both countries held consultations on a regular basis before the signing."
    ) == [0]
    assert events_of("The officers of both countries held consultations on the text before the signing.") == [
        0,
        2,
    ]


@pytest.mark.parametrize(
    ("lead", "dates"),
    [
        ("Port chiefs of the Reef Group gathered in Lorvik this week for their annual meeting.", []),
        # must not: a participle's week is its noun's, the lead tells the date line's day
        (
            "Port chiefs held talks on the margins of the Reef Forum taking place this week in Lorvik.",
            ["2026-05-14"],
        ),
    ],
)
def test_a_lead_dated_this_week_under_a_date_line_is_not_the_date_lines_day(
    lead: str, dates: list[str]
) -> None:
    text = f"Port chiefs meet\n\nLORVIK, 14 May 2026 – {lead}\n\nThe chiefs agreed to share data.\n"
    events = briefing_of(text).events
    assert [e.date for e in events if e.paragraph == 0] == dates
