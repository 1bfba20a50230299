"""Scene cues: the words that tell which part of an event a sentence is about.

GUIDE.md's paragraph kinds: ``meeting`` (the event or visit as a whole), ``panel`` (a panel,
round table or moderated session with several speakers), ``bilateral`` (talks between the
principal and ONE counterpart), ``other`` (background tied to no part of the event).

Each entry is a regular-expression fragment, matched case-insensitively on word boundaries;
``(?-i:...)`` marks a part that must keep its case (a capitalised name or title). Fragments must
not nest unbounded repetitions: bound them (``{0,2}``). Each group says which sentence it
targets. Adding a cue is one line.
"""

from __future__ import annotations

# --- Shared pieces ---------------------------------------------------------------------------------

# Plural nouns for several people at once: meeting them is the visit, not a bilateral talk.
# "He met recently elected political leaders"; "The Director also met other senior representatives";
# "they met and talked with local staff".
GROUP_NOUNS: tuple[str, ...] = (
    "officials", "leaders", "representatives", "members", "staff", "delegates", "delegations",
    "stakeholders", "participants", "students", "ministers", "ambassadors", "authorities",
    "journalists", "businesses", "companies", "experts", "partners", "heads", "directors",
    "officers", "executives", "communities", "counterparts", "parliamentarians", "donors",
    "traders", "operators", "graduates", "trainees", "employees", "colleagues", "people",
    "organizations", "organisations", "agencies", "institutions", "groups", "teams",
)  # fmt: skip

# Title words that make "received X" a reception of one counterpart:
# "The Mayor received the newly-appointed Ambassador of Peru".
RECEIVED_TITLES: tuple[str, ...] = (
    "Ambassador", "Minister", "President", "Prime Minister", "Secretary", "Governor", "Mayor",
    "Chairman", "Chairperson", "Chair", "Director", "Head", "Envoy", "Commissioner", "King",
    "Queen", "Prince", "Princess", "Deputy", "Vice", "Foreign", "Speaker", "Senator", "delegation",
    "Chief", "Emir", "Sultan", "Chancellor", "Premier", "High Commissioner", "Consul",
)  # fmt: skip

# Who a bilateral meeting is with: a determiner or a possessive, up to two lowercase words, then
# a capitalised word. "met with the Minister of Finance", "met Prime Minister Tanabe",
# "met with Egypt's Minister", "met with the newly appointed Ambassador"; not "met at the Summit".
ONE_COUNTERPART = (
    r"(?:(?:the|his|her|their|its|a|an)\s+(?:(?-i:[a-z])[\w-]{0,30}\s+){0,2}"
    r"|(?-i:[A-Z])[\w.-]{0,30}['’]s\s+(?:(?-i:[a-z])[\w-]{0,30}\s+){0,2})?(?-i:[A-Z])"
)
# A time put between a verb and its object: "received on Monday a delegation", "received
# yesterday the Ambassador", "received on 3 May the Minister".
_WHEN = (
    r"(?:(?:on\s+(?:(?-i:[A-Z])\w+|\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:(?-i:[A-Z])\w+|\d{1,4})){0,2}"
    r"|yesterday|today|this\s+(?:morning|afternoon|week))\s*,?\s+)?"
)

# Not when a plural group noun follows within four words: "met with senior Customs officials".
_NOT_A_GROUP = r"(?!(?:[\w'’-]+\s+){0,4}(?:" + "|".join(GROUP_NOUNS) + r")\b)"

# --- meeting: the event or the visit as a whole -------------------------------------------------------

# "At the invitation of the Ministry of Trade, the Director General visited Lima."
MEETING_INVITATION: tuple[str, ...] = (r"at the invitation of", r"invited by")

# "... attended the International Trade Forum in Lima."; "The Summit was opened by the Minister.";
# "The Ambassador hosted a reception" (not "thanked the Mayor for the warm reception");
# "The Minister hosted a working lunch for the delegation"; "Africa Customs Week opened ...".
MEETING_EVENTS: tuple[str, ...] = (
    r"forums?", r"fora", r"conferences?", r"summits?", r"symposi(?:um|a|ums)", r"seminars?",
    r"workshops?", r"congress(?:es)?", r"conventions?", r"assembl(?:y|ies)", r"expos?",
    r"exhibitions?", r"webinars?", r"town hall(?: meeting)?", r"plenary", r"plenary sessions?",
    r"general debate", r"retreats?", r"festivals?", r"galas?", r"luncheons?",
    r"(?:hosted|held|gave|offered|attended) an? (?:[\w-]+\s+)?reception",
    r"(?:official|working|gala|state) dinners?",
    r"(?:official|working|business) (?:lunch(?:es)?|breakfasts?)",
    r"committee meetings?", r"council (?:meeting|session)s?",
    r"ministerial (?:meeting|conference)s?", r"(?:annual|general|regional|ministerial|high-level) meetings?",
    r"meetings? of (?:the\s+)?(?-i:[A-Z])", r"events?", r"trade fairs?", r"(?-i:Week)",
    # A gathering convened under that name, not a panel of a few speakers: "The Agency convened
    # a high-level dialogue on water"; "the Assembly's high-level debate on oceans".
    r"(?:high-level|policy|ministerial) (?:dialogue|debate)s?",
)  # fmt: skip

# "At the opening ceremony, the Minister underlined ..."; "performed a wreath-laying ceremony";
# "took part in the 80th anniversary celebration"; "attended the inauguration of the new office";
# "The Minister launched the portal"; "the launch of the report" (not the plan in "agreed to
# launch a joint review").
MEETING_CEREMONIES: tuple[str, ...] = (
    r"ceremon(?:y|ies)", r"celebrations?", r"inaugurat(?:ion|ed|es)", r"launch(?:ed|es)",
    r"launch (?:of|event|ceremony)",
    r"commemorat(?:ion|ed|es)", r"graduation", r"unveil(?:ed|ing)", r"ribbon[- ]cutting",
)  # fmt: skip

# "In his address, the Secretary General recalled ..."; "delivered the keynote speech";
# "Presentations on the new port tariff drew questions"; "officially opened the meeting".
MEETING_SPEECHES: tuple[str, ...] = (
    r"(?:opening|closing|welcome|welcoming|keynote) (?:remarks|speech(?:es)?|address|statement)",
    r"keynote", r"(?:his|her|their|an|the|a) address", r"speech(?:es)?", r"presentations?",
    r"(?:officially )?opened the", r"(?:was|were) (?:officially )?opened by", r"opening of the",
    r"closing of the", r"at the opening", r"delivered",
    # "Opening the Forum, the Minister recalled ..."; "Closing the meeting, the Chair thanked
    # ..." (not "closing the gap", "opening the market").
    r"(?:opening|closing) the (?:[\w-]+\s+){0,2}?(?:meeting|session|conference|forum|summit"
    r"|symposium|seminar|workshop|congress|assembly|event|proceedings|dialogue|debate)",
)  # fmt: skip

# "The Minister visited Accra ..."; "undertook a working mission to Nairobi"; "During his visit to Chile".
MEETING_VISITS: tuple[str, ...] = (
    r"visited", r"(?:official|working|state|study|field|first|three-day|two-day) (?:visit|mission|trip)s?",
    r"undertook an? (?:[\w-]+\s+){0,2}(?:visit|mission|trip)", r"(?:visit|mission|trip) to",
)  # fmt: skip

# A conference's outcome document, adopted by the meeting: "On the last day, the delegates adopted
# the Nairobi Declaration on ..."; "closed with the adoption of a joint communiqué". Adopting a
# text is the meeting's act; signing an agreement between two parties is a bilateral one.
MEETING_OUTCOMES: tuple[str, ...] = (
    r"(?:adopted|adopts|adopt|adoption of)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:statement|declaration|communiqu[eé]|resolutions?|decisions?|conclusions|outcome document"
    r"|action plan|plan of action|work programme|programme of work|roadmap|road map|charter"
    r"|recommendations|report|agenda|budget)",
)  # fmt: skip

# "... attended the Seminar"; "participated in the Conference"; "spoke at the Symposium";
# "met recently elected political leaders" (several people at once: the visit as a whole).
MEETING_ATTENDANCE: tuple[str, ...] = (
    # The event's whole body, a bare plural opening the sentence, as the subject of a past verb:
    # "Delegates also expressed concern over ..."; "Participants adopted the agenda" (not
    # "welcomed delegates to the Forum", nor "The delegates thanked the hosts": the two
    # delegations of talks just told).
    r"(?-i:Delegates|Participants|Attendees)\s+(?:also\s+|further\s+|then\s+|later\s+)?"
    r"(?-i:[a-z]{2,20}ed)",
    r"attended", r"participated in", r"took part in", r"spoke at", r"hosted", r"organi[sz]ed by",
    r"(?:met|meet|meets|meeting)\s+(?:with\s+)?(?:[\w'’-]+\s+){0,4}(?:" + "|".join(GROUP_NOUNS) + r")\b",
)  # fmt: skip

# --- panel: a panel, round table or moderated session with several speakers -------------------------

# "a high-level panel discussion was held with ..."; "In a panel session on ...";
# "At a round table on ports ..."; "The debate was moderated by ..."; "A ministerial panel
# chaired by the Deputy Minister brought together ..."; "The session, moderated by a
# broadcaster, heard ..."; "She moderated the discussion".
PANEL_SESSIONS: tuple[str, ...] = (
    r"panel (?:discussion|session|debate|dialogue|conversation)s?", r"panels? (?:on|of)",
    r"panels? (?:moderated|chaired|featuring|featured|comprising|composed|made up|with)",
    r"(?:high-level|ministerial|expert|interactive|opening|closing|plenary|final|first|second"
    r"|third) panels?(?: (?:discussion|session|debate|dialogue|conversation)s?)?",
    r"round[- ]?tables?", r"fireside chats?", r"breakout sessions?", r"moderated by",
    r"moderated (?:session|discussion|debate|dialogue)s?",
    r"moderated (?:the|a|an) (?:[\w-]+\s+){0,2}?(?:session|discussion|debate|dialogue|panel|exchange)",
    r"moderator",
    r"interactive (?:dialogue|discussion|session)s?",
)  # fmt: skip

# "The panellists discussed ..."; "attended ... as one of the panelists";
# "Speakers included Ambassador ..."; "a variety of speakers outlined ...".
PANEL_SPEAKERS: tuple[str, ...] = (
    r"panell?ists?", r"speakers included",
    r"(?:other|several|a variety of|a number of|many|fellow) (?:[\w-]+\s+){0,1}speakers",
)  # fmt: skip

# --- bilateral: talks between the principal and ONE counterpart -------------------------------------

# "... attended a bilateral meeting with the Minister of Finance"; "held one-on-one talks";
# "the third round of bilateral political consultations"; "Talks between the Ministry of Trade
# and the Embassy of Japan focused on ..." (two parties, not a list: "between A, B and C").
BILATERAL_TALKS: tuple[str, ...] = (
    # Talks, as the subject, told as the scene already opened: "The talks were also attended by
    # the Minister of Trade"; "The talks focused on energy" (not "Traders joined the talks":
    # anyone's talks).
    r"the talks (?:were|was|had|have|also|then|focused|focussed|covered|centred|centered|took"
    r"|ended|concluded|lasted|touched|dealt|addressed|explored)",
    r"bilateral (?:(?!and\b|or\b)[\w-]+\s+){0,2}?"
    r"(?:meeting|talk|discussion|consultation|session|exchange|encounter|call|negotiation)s?",
    r"one-on-one", r"tête-à-tête", r"tete-a-tete", r"face-to-face meeting",
    r"(?:talks|consultations|negotiations|discussions)\s+between\s+(?:the\s+)?(?-i:[A-Z])[^,;.:]{0,80}?"
    r"\sand\s+(?:the\s+)?(?-i:[A-Z])",
)  # fmt: skip

# The two parties of talks named as a pair: "Both sides reviewed ...", "The two delegations
# agreed ...". Only two parties are "both" or "the two" (not "both sides of the border").
BILATERAL_PARTIES: tuple[str, ...] = (
    r"(?:both|two) (?:sides|delegations|parties|heads of delegation)(?! of\b)",
    # Two leaders named as a pair: "The two leaders agreed ..."; "Both Presidents stressed ...";
    # not "Two ministers from the region spoke at the Forum" (no "the").
    r"both (?:leaders|presidents|prime ministers|ministers|heads of state|heads of government)(?! of\b)",
    r"the two (?:leaders|presidents|prime ministers|ministers|heads of state|heads of government)(?! of\b)",
    # One counterpart: "She held talks with her counterpart"; "his Kenyan counterpart"
    # (not "their counterparts": several people, the visit as a whole).
    r"(?:his|her|their) (?:(?-i:[A-Z])[\w-]{0,30}\s+)?counterpart(?![\w-])",
    # One head of state or government on a visit to another: "The visiting President thanked
    # his host"; not "the visiting ministers toured the laboratory" (several of them).
    r"the visiting (?-i:President|Vice-President|Prime Minister|King|Queen|Emir|Sultan"
    r"|Crown Prince|Chancellor|Premier|Head of State)",
)  # fmt: skip

# "The Ambassador paid a courtesy call on the Governor of the province."
BILATERAL_COURTESY: tuple[str, ...] = (r"courtesy (?:call|visit)s?", r"paid (?:a|an) (?:[\w-]+\s+)?call on")

# "In the margins of his visit, ..."; "on the sidelines of the Summit, the Ministers met".
BILATERAL_MARGINS: tuple[str, ...] = (r"(?:on|in|at) the (?:margins?|sidelines?)",)

# "He also met with the Minister of Finance"; "She met Prime Minister Tanabe"; "held a productive
# meeting with President Mensah"; "both meetings with Kenya's leadership"; "held talks with the
# Governor"; "The Mayor received the newly-appointed Ambassador"; "granted an audience to".
BILATERAL_MEETINGS: tuple[str, ...] = (
    rf"(?:met|meets|meet)\s+(?:with\s+)?{_NOT_A_GROUP}{ONE_COUNTERPART}",
    rf"(?:meetings?|talks|discussions|consultations)\s+with\s+{_NOT_A_GROUP}{ONE_COUNTERPART}",
    rf"(?:held|had|hold|holds)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}(?:meeting|talks|discussions?|consultations?)\s+with\s+{_NOT_A_GROUP}",
    # an acronym in brackets may follow the body's name: "received the African Union (AU)
    # Commissioner for Energy".
    r"received\s+" + _WHEN + r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:[\w-]+\s+\((?-i:[A-Z])[\w.-]{0,12}\)\s+)?(?-i:" + "|".join(RECEIVED_TITLES) + r")",
    r"(?:granted|gave) (?:an )?audience", r"(?:an )?audience with",
)  # fmt: skip

# "... witnessed the signing of two Memoranda of Understanding"; "The two Ministers signed an
# agreement on ..."; "The MoU they signed in May ...".
BILATERAL_SIGNINGS: tuple[str, ...] = (
    r"memorand(?:um|a) of understanding", r"(?-i:MoUs?|MOUs?)",
    r"sign(?:ed|ing|s)?\s+(?:of\s+)?(?:(?:a|an|the|two|three|several)\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}"
    r"(?:agreements?|accords?|protocols?|memorand(?:um|a)|letters? of intent|treat(?:y|ies))",
)  # fmt: skip

# --- other: background, tied to no part of the event -------------------------------------------------

# "It will be recalled that the President ..."; "It should be noted that the programme ...";
# "The Centre was established in 1998 ..."; "Since its creation, the Fund has ...".
# "The Council was established by treaty in 1994"; "Founded in 1971, the Institute ...";
# "Its headquarters are located in Geneva"; "The Federation represents more than 400 firms";
# "The Union has 27 member states"; "Peru and Ghana established diplomatic relations in 1962".
OTHER_BACKGROUND: tuple[str, ...] = (
    r"it (?:will|should|could|may|might|must|is to|can) be (?:recalled|noted|remembered)",
    r"(?:was|were) (?:established|founded|created|set up) (?:in|on|by|under|through|as)",
    r"(?:founded|established|created) in (?:\d{4}|the \d{4}s)",
    r"(?:is|are) (?:based|headquartered|located) in", r"headquartered in",
    r"(?:represents|comprises|counts|unites|groups) (?:more than |over |some |about |around |nearly "
    r"|almost |close to )?\d[\d,]*",
    r"(?:has|have) (?:more than |over |some |about |around |nearly |almost |close to )?\d[\d,]* "
    r"(?:[\w-]+\s+){0,1}?(?:members|member states|member countries|member administrations|affiliates)",
    r"(?:more|further|additional) information (?:is|can|may|about|on)",
    r"(?:established|opened|maintained|enjoyed) (?:[\w-]+\s+){0,2}?relations (?:in|since|for)\b",
    r"relations (?:were|was) (?:established|opened)",
    r"since its (?:establishment|creation|founding|inception)",
    r"for background", r"background:", r"about the (?-i:[A-Z])\w+:", r"for more information",
)  # fmt: skip

# Prepositions that put a speaker at an event named after a speech verb: "He welcomed delegates
# to the Forum"; "she said at the opening ceremony that ..."; "thanked them during the Summit".
# An event named after a speech verb without one is what was said: "She welcomed the planned
# business forum"; "He recalled that Parliament had adopted a statement in 2024".
AT_EVENT_WORDS: tuple[str, ...] = ("to", "at", "during", "in", "on", "throughout")

# "He also met with the Minister": "also" before a cue marks an activity added to the scene the
# paragraph opened with, not a new scene. The words that may stand between "also" and the cue.
ALSO_WORDS: tuple[str, ...] = ("also", "further", "additionally", "then", "later")

# --- narration: does a paragraph without cues carry on the scene? ------------------------------------
# A paragraph carries on the scene before it when it goes on telling it: in the past tense ("The
# Governor welcomed the offer"), with what is planned ("The delegation will travel to Kisumu"),
# in quotation marks, or about the people of the scene ("She added that ..."). One that only
# states present facts ("The Authority trains 300 pilots a year. Its office is in Lomé.") tells
# about an organisation or a country, not the event: background. The irregular past forms are
# ``briefcli.lexicon.dates.PAST_FORMS``; regular ones end in "-ed".

# Words that make a sentence narrate the scene by themselves: the future of what was agreed
# ("The next round is scheduled for May"; "The Forum continues tomorrow"), and the subject
# pronouns of its people ("it" is left out: "It trains 300 pilots a year").
NARRATING_WORDS: frozenset[str] = frozenset({
    "will", "shall", "next", "upcoming", "forthcoming", "scheduled", "tomorrow", "yesterday",
    "he", "she", "they", "we",
})  # fmt: skip

# Reported speech narrates too: a speech verb (``briefcli.lexicon.speech``) before "that" in
# any tense: "Delegates agree that dredging is the priority". And a background cue inside it is
# what a speaker said at the scene, no aside: "He recalled that the Centre was established in
# 1998" (after a past speech verb in the same sentence).
REPORTED_THAT: str = "that"

# An organisation speaking of itself, in the present, states a standing fact, not the scene:
# "The Authority said it expects volumes to grow"; "The Bank said that it has 40 members".
# The pronoun a body uses of itself, and present forms not ending in "-s" ("it can", "it must").
SELF_PRONOUN: str = "it"
PRESENT_VERBS: frozenset[str] = frozenset({"can", "must", "may"})

# Words ending in "-ed" that are no past verb: "the need for", "more than one hundred".
NOT_PAST_ED: frozenset[str] = frozenset({
    "need", "speed", "seed", "feed", "proceed", "exceed", "succeed", "hundred", "indeed", "shed",
    "bed", "red", "breed", "creed", "heed", "embed", "naked", "sacred", "wicked", "kindred",
})  # fmt: skip

# Words after which an "-ed" form is a participle or an adjective, not a past verb: "is
# funded by", "have covered", "a specialised agency", "of accredited centres", "newly elected".
# Not "and" ("Ghana and Togo signed") nor adverbs of time ("later signed").
PARTICIPLE_LEADS: frozenset[str] = frozenset({
    "is", "are", "am", "be", "been", "being", "has", "have", "having", "get", "gets", "the", "a",
    "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some",
    "several", "many", "all", "both", "each", "every", "no", "of", "in", "for", "with", "by", "on",
    "at", "to", "from", "among", "across", "into", "than", "as", "most", "more", "less", "well",
    "newly", "fully", "highly", "widely",
})  # fmt: skip

# After "and"/"or" an "-ed" form before a noun is an adjective: "trade and related services"
# (not before a determiner or a preposition: "thanked the hosts and welcomed the plan").
COORDINATORS: frozenset[str] = frozenset({"and", "or"})

# Prepositions after an "-ed" form that make it a participle: "the report prepared by the
# Secretariat notes ..."; after a comma, "The Charter, adopted in 2001, sets out ...".
PARTICIPLE_BY: frozenset[str] = frozenset({"by"})
PARTICIPLE_AFTER_COMMA: frozenset[str] = frozenset({
    "by", "at", "in", "on", "under", "during", "for", "with", "from", "through", "since", "after",
    # how often: "The Outlook, published every two years by the Bank, covers ..."
    "every", "each", "annually", "yearly", "monthly", "weekly", "jointly", "twice", "once",
})  # fmt: skip

# Documents that "say" things in the present: what a report states is a standing fact, not
# something told at the scene. "The latest survey shows that exports fell"; "The report notes
# that ports are congested" (unlike "Delegates agree that ...", people at the scene).
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "report", "reports", "study", "studies", "survey", "surveys", "outlook", "index", "review",
    "analysis", "assessment", "paper", "brief", "publication", "research", "data", "findings",
    "figures", "statistics", "estimates", "yearbook", "edition", "atlas", "monitor", "database",
})  # fmt: skip

# What a scene leaves behind. A paragraph of present facts that opens on one of them, named in
# the paragraph before, still tells that scene: "The two Ministers signed a trade agreement."
# then "The agreement covers fisheries and tourism." (a signing); "The Declaration sets a
# target of ..." after its adoption (the meeting).
OUTCOME_NOUNS: frozenset[str] = frozenset({
    "agreement", "agreements", "memorandum", "memoranda", "mou", "declaration", "statement",
    "communiqué", "communique", "resolution", "resolutions", "accord", "treaty", "protocol",
    "letter", "plan", "roadmap", "deal", "contract", "grant", "charter", "decision", "decisions",
    "conclusions", "recommendations",
})  # fmt: skip

# A time before the event, from the time of writing: a paragraph whose happenings are all told
# at such a time tells no scene of the event but its background. "Exports to the region rose
# by a third last year."; "The Bank last week announced a new credit line." (not "She recalled
# that exports rose last year": said at the scene). Fragments as for the scene cues.
EARLIER_TIMES: tuple[str, ...] = (
    r"last (?:week|month|year|decade|night|spring|summer|autumn|fall|winter)",
    r"earlier (?:this|that) (?:week|month|year)",
    r"(?:in|over|during) the (?:past|last|previous) (?:[\w-]+\s+)?(?:weeks?|months?|years?|decades?)",
    r"(?:\d+|a|one|two|three|four|five|six|several|few|many) (?:days|weeks|months|years|decades) ago",
    r"previously",
)  # fmt: skip

# Determiners that point back to something already told: "The agreement ...", "This plan ...".
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({"the", "this", "these", "that", "those", "both"})

# Pronouns a person's mention list may hold; they name nobody by themselves, so they do not make
# a person a participant of a section ("He stressed that ..." alone does not say who).
PRONOUN_WORDS: frozenset[str] = frozenset({
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
    "theirs", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your",
})  # fmt: skip

# --- labels ------------------------------------------------------------------------------------------

# Capitalised head nouns of an event's name: "the International Customs Forum", "the 10th EU
# Sub-Committee of Heads of Ports", "the Regional Ports Symposium".
EVENT_NAME_HEADS: tuple[str, ...] = (
    "Forum", "Conference", "Summit", "Symposium", "Seminar", "Workshop", "Congress", "Convention",
    "Assembly", "Meeting", "Session", "Dialogue", "Committee", "Sub-Committee",
    "Subcommittee", "Ceremony", "Celebration", "Expo", "Exhibition", "Fair", "Webinar", "Retreat",
    "Festival", "Week", "Day", "Roundtable", "Round Table", "Consultation", "Colloquium", "Meeting",
)  # fmt: skip

# Small words inside an event's name: "Conference of Directors General of Fisheries".
EVENT_NAME_JOINERS: tuple[str, ...] = ("of", "for", "on", "and", "&", "de", "des", "du", "la")

# Words a noun phrase does not reach back over when a label quotes it: "attended [the Danish
# Police Academy graduation ceremony]", "[a high-level panel discussion] was held", "by the
# [technical meeting of officials] that was held".
PHRASE_STOPS: tuple[str, ...] = (
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "at", "in", "on", "to", "for", "with", "by", "from", "and", "or", "during", "after",
    "before", "following", "while", "as", "into", "also", "was", "were", "is", "are", "be", "been",
    "has", "have", "had", "which", "who", "where", "when", "both", "other", "each", "all",
)  # fmt: skip
