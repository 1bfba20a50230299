"""Speech cues: the verbs that report what someone said or thinks, and the words around them.

THE one place for cue knowledge. The statements stage (``briefcli.analysis.statements``) and
the direct-quote stage (``briefcli.analysis.quotes``) both read it; neither keeps its own verb
list. The small API, for code in either stage:

- ``cue_lemma(word)``: the lemma of a cue in any of its forms, case-insensitive, or None:
  ``cue_lemma("Emphasised") == "emphasize"``, ``cue_lemma("stressing") == "stress"``,
  ``cue_lemma("said") == "say"``, ``cue_lemma("attended") is None``;
- ``cue_form(word)``: which form it is ("base", "s", "past", "ing"), or None;
- ``cue_group(lemma)``: the group a lemma belongs to ("emphasis", "proposal", ...);
- ``PARTICLES``: cues that count only with their particle ("pointed out", "called for");
- ``PHRASES``: idiom cues that count only with their words ("paid tribute to");
- ``ACTIVITY_VERBS``: verbs that report doing, never saying ("attended", "met", "signed");
- ``GROUP_HEADS``, ``DOCUMENT_NOUNS``, ``GREETING_OBJECTS``: subjects and objects that decide
  whether a cue counts.

A cue counts when a speaker (person, pronoun, title, group, organization) is its subject and
it has content: a that-clause, an object phrase, or a quotation (see the corpus GUIDE).
Words are lowercase lemmas; the forms (-s, -ed, -ing, British -ise next to -ize) are derived by
``_forms``, irregular ones listed in ``IRREGULAR``. Adding a verb is one word in one group.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Literal

CueForm = Literal["base", "s", "past", "ing"]

# --- Cue groups ------------------------------------------------------------------------------------
# Each group: lemmas, US spelling (the British -ise form is derived), with a sentence it targets.

CUE_GROUPS: dict[str, tuple[str, ...]] = {
    # Saying and stating: "The Minister said that the reforms were on track."
    "say": (
        "say", "state", "tell", "declare", "announce", "remark", "comment", "mention", "add",
        "reply", "respond", "answer", "write", "assert", "maintain", "claim", "speak",
    ),
    # Noting and observing: "She noted that trade had recovered faster than expected."
    "observation": (
        "note", "observe", "point", "remind", "recall", "indicate", "acknowledge", "recognize",
        "admit", "concede", "find",
    ),
    # Emphasis: "He stressed the need for closer cooperation"; "She underlined the role of data."
    "emphasis": (
        "stress", "emphasize", "highlight", "underline", "underscore", "insist", "reiterate",
        "reaffirm", "affirm", "confirm", "assure", "reassure", "spotlight",
    ),
    # Explanation and description: "The Director explained how the new system works."
    "explanation": (
        "explain", "clarify", "describe", "outline", "detail", "elaborate", "illustrate",
        "report", "inform", "brief", "summarize", "sum", "convey", "set", "lay", "update",
        "notify",
    ),
    # Conclusion and argument: "He concluded that the pilot had been a success."
    "argument": (
        "conclude", "argue", "contend", "believe", "think", "consider", "feel",
        "predict", "warn", "caution", "estimate", "expect", "hope", "wish", "regret", "fear",
    ),
    # Agreement and appreciation: "The delegates appreciated the new rules"; "She thanked the
    # hosts for their hospitality"; "He welcomed the launch of the programme."
    "appreciation": (
        "welcome", "thank", "appreciate", "praise", "commend", "value", "applaud", "salute",
        "congratulate", "compliment", "hail", "laud",
    ),
    # Expressing a stance or a feeling: "The Mayor expressed confidence that ties would grow."
    "expression": ("express", "voice", "extend", "offer"),
    # Agreement and support: "The ministers agreed that tourism was a priority";
    # "Officials supported the shift to risk management."
    "agreement": ("agree", "concur", "support", "endorse", "echo"),
    # Commitment: "The Government pledged its full support"; "They undertook to meet again."
    "commitment": ("pledge", "promise", "commit", "vow", "undertake", "guarantee"),
    # Idioms of stance, counted only with their words (see PHRASES): "The Minister paid tribute
    # to the staff for their dedication"; "She drew attention to the risks of fraud."
    "idiom": ("pay", "draw"),
    # Proposal and appeal: "She called for a rules-based system"; "He urged members to act."
    "proposal": (
        "call", "urge", "propose", "suggest", "recommend", "encourage", "appeal", "advocate",
        "request", "ask", "exhort", "implore", "plead", "advise",
    ),
    # Disagreement and concern: "The delegate questioned the timing of the reform."
    "concern": ("question", "criticize", "deplore", "condemn", "reject", "oppose", "doubt", "deny"),
}  # fmt: skip

# Cues that count only with one of these particles right after them:
# "He pointed out that ..." (not "pointed to the map"), "She called for reform", "They called on
# members to act", "He summed up the debate", "She set out the priorities", "He laid out a plan",
# "She spoke of the need for reform".
PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "call": frozenset({"for", "on", "upon"}),
    "sum": frozenset({"up"}),
    "set": frozenset({"out"}),
    "lay": frozenset({"out"}),
    "speak": frozenset({"of", "about"}),
}

# Particles after which a cue needs a to-infinitive: "She called on members to ratify the
# convention" is an appeal, "He called on the Minister" a courtesy visit.
INFINITIVE_PARTICLES: dict[str, frozenset[str]] = {"call": frozenset({"on", "upon"})}

# Idiom cues: the words that must follow the verb; the content comes after them.
# "He paid tribute to the staff for their dedication" (content: "the staff for their dedication"),
# "She drew attention to the risks of fraud" (content: "the risks of fraud").
PHRASES: dict[str, tuple[str, ...]] = {
    "pay": ("tribute", "to"),
    "draw": ("attention", "to"),
}

# Cues whose content may follow a preposition: "The participants agreed on a roadmap",
# "He elaborated on the plan". Not "comment": "Commenting on the results, she said ..." frames
# a statement, it is none.
PREPOSITIONAL_CONTENT: dict[str, frozenset[str]] = {
    "agree": frozenset({"on", "upon"}),
    "concur": frozenset({"on", "with"}),
    "elaborate": frozenset({"on", "upon"}),
    "report": frozenset({"on"}),
}

# A manner phrase between a cue and its object: "The Commissioner noted with satisfaction the
# progress achieved", "He noted with concern the rise in fraud" (content: the object after it).
MANNER_NOUNS: frozenset[str] = frozenset({
    "satisfaction", "concern", "appreciation", "interest", "regret", "pleasure", "pride",
    "approval", "gratitude", "great", "deep", "particular", "much",
})  # fmt: skip

# Cues that count only with a clause ("He said that ...", "She added the plan was on track"),
# a wh-clause ("explained how ..."), a to-infinitive ("They agreed to meet again") or a
# quotation, never with a bare object: "He answered questions", "She responded to the
# concerns", "They considered the role of ports", "He found the time" report no content.
CLAUSE_ONLY: frozenset[str] = frozenset({
    "find", "think", "feel", "consider", "expect", "believe", "hope", "fear", "doubt", "wish",
    "undertake", "say", "write", "claim", "assert", "maintain", "admit", "concede", "predict",
    "estimate", "answer", "reply", "respond", "add", "remark", "comment", "agree", "concur",
    "conclude", "argue", "contend", "speak",
})  # fmt: skip

# Cues whose first object is the hearer; the content follows "that", "about", "of" or "on":
# "He informed investors about the new tools" (content: "the new tools"), "She told
# reporters that ...", "He assured the Minister of his support", "She briefed members on ...".
HEARER_FIRST: frozenset[str] = frozenset({
    "inform", "tell", "brief", "remind", "assure", "reassure", "advise", "update", "notify",
    "warn", "caution",
})  # fmt: skip

# Words that introduce the content after a hearer (see HEARER_FIRST).
HEARER_CONTENT_MARKERS: frozenset[str] = frozenset({"that", "about", "of", "on", "regarding"})

# Cues that count only when their object is a stance noun (see STANCE_NOUNS): "She extended
# her congratulations to ...", "He offered his condolences"; not "The President extended an
# invitation to ..." nor "The city offered a dinner".
STANCE_OBJECT_ONLY: frozenset[str] = frozenset({"extend", "offer"})

# Cues that do not count in the passive even with an agent: "the centre, supported by the
# Government of Egypt" is sponsorship, not a stance. Other cues do: "as highlighted by the
# panellists", "The need for reform was stressed by the Minister".
NO_PASSIVE: frozenset[str] = frozenset({
    "support", "endorse", "echo", "agree", "concur", "pledge", "promise", "commit", "vow",
    "undertake", "guarantee", "extend", "offer", "find", "consider", "expect", "value",
    "request", "ask", "report", "set", "lay", "brief", "inform", "update", "notify",
})  # fmt: skip

# Irregular forms: lemma -> (s, past, ing). Past participles that differ are added as "past".
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "find": ("finds", "found", "finding"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "set": ("sets", "set", "setting"),
    "pay": ("pays", "paid", "paying"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "lay": ("lays", "laid", "laying"),
    "sum": ("sums", "summed", "summing"),
    "commit": ("commits", "committed", "committing"),
    "regret": ("regrets", "regretted", "regretting"),
    "admit": ("admits", "admitted", "admitting"),
    "plead": ("pleads", "pleaded", "pled", "pleading"),
    "deny": ("denies", "denied", "denying"),
}

# Light-verb cues: a verb of giving plus an opinion noun, the content after the preposition.
# "The Director gave his views on how ports can help" (content: "how ports can
# help"), "She shared her thoughts about the reform", "He offered his perspective on trade".
LIGHT_VERBS: frozenset[str] = frozenset({
    "give", "gave", "given", "gives", "giving", "share", "shared", "shares", "sharing",
    "offer", "offered", "offers", "offering", "provide", "provided", "provides", "providing",
    "present", "presented", "presents", "presenting",
})  # fmt: skip
OPINION_NOUNS: frozenset[str] = frozenset({
    "thoughts", "views", "view", "perspective", "perspectives", "insights", "insight",
    "overview", "assessment", "vision", "reflections", "opinion", "opinions", "observations",
    "analysis", "outlook",
})  # fmt: skip
OPINION_PREPOSITIONS: frozenset[str] = frozenset({"on", "about", "of", "regarding", "concerning"})

# Infinitive frames: a cue after "to" counts, with the frame's subject as speaker, after these
# words: "The Minister took the opportunity to thank ...", "She wished to stress that ...",
# "He would like to express ...", "He went on to explain ...", "She used the occasion to call for".
INFINITIVE_FRAMES: frozenset[str] = frozenset({
    "opportunity", "occasion", "chance", "moment", "wished", "wishes", "wish", "wanted",
    "wants", "like", "on", "sought", "seeks", "hastened", "continued", "continues",
    "took", "time", "care", "pleased", "happy", "glad", "delighted", "honoured", "honored",
})  # fmt: skip

# Speech nouns: "In his remarks, X ..." makes X's main verb report speech even when it is not a
# cue: "In her address, the Minister focused on the recovery" (content: "the recovery").
SPEECH_NOUNS: frozenset[str] = frozenset({
    "remarks", "address", "speech", "statement", "presentation", "intervention", "keynote",
    "message", "contribution", "lecture", "talk", "welcome", "opening", "closing", "words",
    "comments", "reply", "response",
})  # fmt: skip

# Adverbs and short adverbials that may stand between a speaker and the cue, or between the cue
# and its "that": "The delegates warmly welcomed ...", "He also stressed ...", "She noted in
# particular that ...", "He stressed once again that ...", "They all supported ...".
ADVERBS: frozenset[str] = frozenset({
    "also", "further", "furthermore", "again", "then", "too", "both", "all", "each",
    "later", "subsequently", "moreover", "however", "therefore", "thus", "equally",
    "additionally", "finally", "first", "firstly", "secondly", "lastly", "meanwhile", "even",
    "already", "always", "still", "not", "only", "just", "very", "much", "well", "ever",
    "similarly", "likewise", "accordingly", "notably", "specifically", "repeatedly", "today",
    "yesterday", "earlier", "recently", "previously", "now",
})  # fmt: skip

# Adverbial phrases skipped like adverbs: "Ms. X in her turn noted that ...", "She noted in
# particular that ...", "He stressed once again that ...", "For her part, the Minister ...".
ADVERBIAL_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "in turn", "in his turn", "in her turn", "in their turn", "for his part", "for her part",
        "for their part", "for its part", "on his part", "on her part", "in particular",
        "once again", "once more", "in addition", "in response", "in return", "in reply",
        "at the same time", "in conclusion", "in closing", "on this occasion", "as well",
        # When it was said, between the speaker and the cue: "The Bank last week announced that
        # it would ...", "She earlier this month warned that ...".
        "last week", "last month", "last year", "last night", "this week", "this month",
        "this year", "this morning", "this afternoon", "earlier this week", "earlier this month",
        "earlier this year", "earlier today",
    )
)  # fmt: skip

# Auxiliaries and modals before a cue: "He has stressed", "She would like to", "They will urge".
AUXILIARIES: frozenset[str] = frozenset({
    "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "did", "does", "do", "having",
})  # fmt: skip

# Forms of "be": before a past cue they make a passive ("It was agreed that ..."), which counts
# only with an agent ("was stressed by the Minister").
BE_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})

# Words that open a subordinate clause: a subject after them is not the main clause's subject.
# "The Governor renewed her offer when they met in Lagos, praising ..." (the speaker
# of "praising" is the Governor, not "they").
SUBORDINATORS: frozenset[str] = frozenset({
    "when", "while", "whilst", "as", "because", "after", "before", "if", "since", "although",
    "though", "once", "until", "whereas", "unless", "where", "whether",
})  # fmt: skip

# Past participles that may stand inside a group phrase: "recently elected leaders",
# "the assembled delegates", "the invited experts".
GROUP_PARTICIPLES: frozenset[str] = frozenset({
    "elected", "appointed", "invited", "assembled", "gathered", "united", "distinguished",
    "esteemed", "respected", "experienced", "concerned", "interested", "selected", "accredited",
})  # fmt: skip

# Determiners and possessives: a past form followed by one is a verb with its object
# ("... and adopted the report"), not an adjective ("... and trained officers").
DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those", "that", "some", "several", "many", "all", "both", "each", "every", "no",
})  # fmt: skip

# Common irregular past forms: a subject followed by one is a clause's subject ("The Minister
# took the opportunity to thank ...", "She gave her views on ...").
IRREGULAR_PASTS: frozenset[str] = frozenset({
    "took", "gave", "made", "went", "came", "saw", "said", "held", "met", "led", "spoke",
    "brought", "sought", "began", "left", "told", "thought", "felt", "found", "kept", "put",
    "set", "laid", "paid", "won", "wrote", "chose", "drew", "rose", "stood", "sent", "spent",
    "built", "became", "knew", "read", "heard", "meant", "undertook", "oversaw", "underwent",
})  # fmt: skip

# Quantity nouns that lead into a group: "a variety of speakers", "a number of delegates".
QUANTITY_NOUNS: frozenset[str] = frozenset({
    "variety", "number", "range", "group", "majority", "host", "series", "couple", "lot",
    "all", "some", "many", "most", "each", "several", "both", "none", "one", "two", "three",
    "dozens", "hundreds", "members", "representatives", "heads",
})  # fmt: skip

# --- Not cues --------------------------------------------------------------------------------------

# Activity verbs: doing, not saying. As the main verb of a clause they never make a statement,
# even with an object: "Dr. Okafor attended the forum", "She met the Minister", "They
# discussed trade facilitation", "The delegations exchanged views", "He delivered remarks",
# "She chaired the session", "The Minister opened the conference", "He signed the agreement".
ACTIVITY_VERBS: frozenset[str] = frozenset({
    "attend", "attended", "attends", "attending",
    "meet", "met", "meets", "meeting",
    "participate", "participated", "participates", "participating",
    "visit", "visited", "visits", "visiting",
    "sign", "signed", "signs", "signing",
    "discuss", "discussed", "discusses", "discussing",
    "exchange", "exchanged", "exchanges", "exchanging",
    "deliver", "delivered", "delivers", "delivering",
    "chair", "chaired", "chairs", "chairing",
    "open", "opened", "opens", "opening",
    "host", "hosted", "hosts", "hosting",
    "receive", "received", "receives", "receiving",
    "hold", "held", "holds", "holding",
    "lead", "led", "leads", "leading",
    "moderate", "moderated", "moderates", "moderating",
    "tour", "toured", "tours", "touring",
    "travel", "travelled", "traveled", "travels", "travelling", "traveling",
    "address", "addressed", "addresses", "addressing",
    "invite", "invited", "invites", "inviting",
    "launch", "launched", "launches", "launching",
    "present", "presented", "presents", "presenting",
    "award", "awarded", "awards", "awarding",
    "inaugurate", "inaugurated", "inaugurates", "inaugurating",
    "witness", "witnessed", "witnesses", "witnessing",
    "adopt", "adopted", "adopts", "adopting",
    "review", "reviewed", "reviews", "reviewing",
    "approve", "approved", "approves", "approving",
    "accompany", "accompanied", "accompanies", "accompanying",
    "join", "joined", "joins", "joining",
    "unveil", "unveiled", "unveils", "unveiling",
    "hand", "handed", "hands", "handing",
})  # fmt: skip

# Objects that make "welcome" a greeting, not a stance: "The Mayor welcomed the delegation",
# "She welcomed participants to Geneva", "He welcomed the guests and wished them a pleasant stay".
GREETING_OBJECTS: frozenset[str] = frozenset({
    "participants", "delegates", "delegation", "delegations", "guests", "guest", "visitors",
    "visitor", "attendees", "everyone", "all", "him", "her", "them", "audience", "speakers",
    "panellists", "panelists", "members", "ministers", "minister", "ambassador", "ambassadors",
    "officials", "representatives", "students", "graduates", "journalists", "colleagues",
    "counterpart", "counterparts", "mayor", "president", "secretary", "director", "you",
})  # fmt: skip

# --- Speakers that are not one person --------------------------------------------------------------

# Heads of group speakers: "Both sides agreed that ...", "The two sides stressed ...",
# "Other speakers voiced concern ...", "The Ministers agreed ...", "Participants noted ...".
# The phrase is kept as written ("GROUP:Both sides"); the head is its last noun.
GROUP_HEADS: frozenset[str] = frozenset({
    "sides", "parties", "participants", "panellists", "panelists", "delegates", "delegations",
    "speakers", "ministers", "members", "officials", "leaders", "representatives", "heads",
    "directors", "commissioners", "experts", "partners", "attendees", "presenters", "discussants",
    "governments", "countries", "administrations", "stakeholders", "ambassadors", "counterparts",
    "governors", "mayors", "presidents", "chairs", "co-chairs", "organizers", "organisers",
    "authorities", "agencies", "organizations", "organisations", "institutions", "economies",
    "both", "all", "everyone", "colleagues", "students", "graduates", "journalists",
    "businesses", "companies", "executives", "panels", "states", "nations", "interlocutors",
    "hosts", "guests", "visitors", "negotiators", "signatories", "envoys", "diplomats",
    "lawmakers", "parliamentarians", "legislators", "researchers", "donors", "moderators",
    # plural titles, also with a postposed "General": "The Directors General", "Auditors General"
    "auditors", "attorneys", "secretaries", "inspectors", "consuls", "comptrollers", "chiefs",
    "directors-general", "secretaries-general", "commissioners-general",
})  # fmt: skip

# Collective bodies that speak as one: "The Council stressed ...", "The Committee agreed ...",
# "The Conference urged ...". Kept as written with speaker kind "organization".
BODY_HEADS: frozenset[str] = frozenset({
    "council", "committee", "board", "commission", "assembly", "ministry", "government",
    "secretariat", "organization",
    "organisation", "administration", "parliament", "cabinet", "office", "agency", "bank",
    "fund", "union", "bureau", "department", "embassy", "municipality", "delegation", "group",
    "service", "authority", "team", "network",
})  # fmt: skip

# Institutions named by a capitalised common noun after "the": "According to the City, 3,000
# homes were connected" (the city's administration), "The Treasury confirmed ...", "The
# Presidency welcomed ...". Only capitalised: "the city grew" names a place, no speaker.
INSTITUTION_HEADS: frozenset[str] = frozenset({
    "city", "town", "county", "province", "state", "region", "district", "treasury",
    "presidency", "court", "senate", "house", "chamber", "directorate", "inspectorate",
    "institute", "centre", "center", "academy", "university", "police", "tribunal", "congress",
})  # fmt: skip

# --- Role holders ------------------------------------------------------------------------------
# A title phrase refers to the one named person who holds it. "The meeting was held under the
# chairmanship of Dr. Ann Lowe. ... The Chairperson stressed ..." (the speaker is Dr. Lowe): the
# chair is whoever the text says chairs, with one of these nouns before the name ("under the
# chairmanship of X", "chaired by X") or verbs after it ("X, who chaired the meeting, ...").
CHAIR_TITLES: frozenset[str] = frozenset({"chair", "chairperson", "chairman", "chairwoman"})
CHAIRING_BEFORE: tuple[str, ...] = (
    "chairmanship of", "chairpersonship of", "chairwomanship of", "chairship of", "chaired by",
    "presided over by", "presided by",
)  # fmt: skip
CHAIRING_AFTER: tuple[str, ...] = ("chaired", "chairs", "presided over", "presides over")

# Plural pronouns speak for a group: "They agreed that ...", "We believe ...".
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "we"})

# Determiners and quantifiers that may open a group phrase: "Both sides", "The two sides",
# "Other panellists", "All participants", "Several delegates", "a variety of speakers".
GROUP_OPENERS: frozenset[str] = frozenset({
    "the", "both", "all", "other", "several", "many", "some", "most", "various", "two", "three",
    "four", "a", "an", "these", "those", "their", "our", "its", "his", "her", "each", "fellow",
    "numerous", "few", "participating", "senior", "high-level", "visiting", "further",
})  # fmt: skip

# Documents and things as subjects: what they "highlight" is no one's speech act.
# "The report highlights the risks ...", "The study notes that ...", "The agreement stresses ...".
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "report", "reports", "study", "studies", "document", "documents", "paper", "papers",
    "declaration", "communiqué", "communique", "resolution", "agreement", "memorandum", "mou",
    "publication", "survey", "guide", "guidelines", "strategy", "plan", "framework", "article",
    "release", "statement", "letter", "text", "book", "analysis", "review", "data", "figures",
    "results", "findings", "index", "brochure", "website", "video", "film", "event", "theme",
    "mandate", "accord", "policy", "discussions", "discussion", "meeting", "session", "seminar",
    "workshop", "conference", "forum", "summit", "debate", "dialogue", "panel discussion",
    "programme", "program", "project", "initiative", "law", "convention", "treaty", "charter",
    "protocol", "decision", "outcome", "this", "that", "it", "which", "table", "chart", "map",
})  # fmt: skip

# Objects that carry a stance after "express", "voice", "convey", "extend", "reiterate", "offer",
# "pledge": "expressed appreciation for ...", "voiced their support for ...", "conveyed his
# congratulations to ...". Their presence confirms an NP cue of the "expression" group.
STANCE_NOUNS: frozenset[str] = frozenset({
    "appreciation", "gratitude", "thanks", "support", "commitment", "confidence", "hope",
    "concern", "concerns", "satisfaction", "congratulations", "condolences", "sympathy",
    "wish", "wishes", "willingness", "readiness", "interest", "desire", "optimism", "regret",
    "solidarity", "admiration", "pride", "pleasure", "disappointment", "view", "views",
    "opinion", "position", "belief", "conviction", "determination", "intention", "welcome",
    "recognition", "respect", "praise",
})  # fmt: skip


# An -s cue form that is also a plural noun ("states", "notes", "remarks", "reports", "calls",
# "comments", "thanks") is a noun after these words and a verb after a subject: "delegates of
# 58 member states attended", "in his closing remarks", "the notes of the meeting". Subject
# words that may stand right before the verb ("The committee notes that ...", "it states") are
# not modifiers; nor are the bodies and documents a -s verb agrees with.
SUBJECT_WORDS: frozenset[str] = frozenset({
    "he", "she", "it", "who", "which", "that", "there", "one", "everyone", "everybody",
    "nobody", "someone", "each", "either", "neither", "this",
})  # fmt: skip

# "-s cue + word" pairs that are compound prepositions, never a verb with content: "The
# Ministry, thanks to the support of donors, built 40 schools" (no one thanked anyone).
COMPOUND_PREPOSITIONS: frozenset[tuple[str, str]] = frozenset({("thanks", "to")})


# --- Quotations (read by ``briefcli.analysis.quotes``) -------------------------------------------

# Words that put a name or a title, not speech, in quotation marks right after them:
# "a report entitled “Customs in the 21st Century”", "the programme called “Single Window”",
# "a session themed “Smart Borders”", "the so-called “green lane”".
QUOTE_NAMING_WORDS: frozenset[str] = frozenset({
    "called", "named", "entitled", "titled", "dubbed", "labelled", "labeled", "termed", "themed",
    "branded", "known", "so-called", "slogan", "theme", "motto", "banner", "headline",
})  # fmt: skip

# Cues whose object in quotation marks is a title, not a quotation: "He presented “Vision
# 2030”", "She introduced “a new approach to risk”", "They reviewed “Customs in the 21st Century”".
QUOTE_TITLE_CUES: frozenset[str] = frozenset({
    "present", "introduce", "review", "share", "detail", "set", "lay", "brief", "summarize",
    "sum", "illustrate", "offer", "extend", "join", "back", "support", "endorse", "approve",
    "accept", "echo", "celebrate", "welcome", "thank", "congratulate",
})  # fmt: skip

# Words an attribution after a quotation may go on with, without taking content of its own:
# "“We are ready,” she said in her keynote.", "“...,” he added during the visit.",
# "“...,” the Minister said today." (not "..., he said that ...": that clause is his content).
QUOTE_ATTRIBUTION_TAIL: frozenset[str] = frozenset({
    "in", "at", "during", "on", "when", "while", "after", "before", "as", "from", "upon", "with",
    "today", "yesterday", "later", "then", "also", "recently", "earlier", "afterwards", "again",
    "here", "there", "too",
})  # fmt: skip

# Adverbs and auxiliaries that may stand between a speaker and the cue: "He also said:",
# "The Minister further stressed, “...”", "She has repeatedly said: “...”". Words in -ly too.
SPEAKER_VERB_FILLERS: frozenset[str] = frozenset({
    "also", "further", "then", "later", "again", "once", "finally", "too", "has", "have", "had",
    "was", "were", "is", "are", "will", "would", "furthermore",
})  # fmt: skip

# Verbs after which the addressee may follow a quotation's cue: "“...,” she told reporters.",
# "“...,” he assured the delegates.", "“...,” the Minister reminded participants."
ADDRESSEE_CUES: frozenset[str] = frozenset({"tell", "assure", "reassure", "inform", "remind", "brief"})


# --- Forms -----------------------------------------------------------------------------------------


def _regular(lemma: str) -> dict[str, CueForm]:
    """-s, -ed, -ing of a regular verb: "stress" -> stresses, stressed, stressing;
    "emphasize" -> emphasizes, emphasized, emphasizing; "applaud" -> applauds ...;
    "agree" -> agrees, agreed, agreeing; "clarify" -> clarifies, clarified, clarifying."""
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        s, past, ing = lemma + "s", lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("ee"):
        s, past, ing = lemma + "s", lemma + "d", lemma + "ing"
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        s, past, ing = lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        s, past, ing = lemma + "es", lemma + "ed", lemma + "ing"
    else:
        s, past, ing = lemma + "s", lemma + "ed", lemma + "ing"
    return {lemma: "base", s: "s", past: "past", ing: "ing"}


def _forms(lemma: str) -> dict[str, CueForm]:
    if lemma in IRREGULAR:
        listed = IRREGULAR[lemma]
        forms: dict[str, CueForm] = {lemma: "base", listed[0]: "s", listed[-1]: "ing"}
        for past in listed[1:-1]:
            forms[past] = "past"
        return forms
    return _regular(lemma)


def _british(word: str) -> str | None:
    """The -ise spelling of an -ize form: "emphasized" -> "emphasised"."""
    for us, gb in (("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise")):
        if word.endswith(us):
            return word[: -len(us)] + gb
    return None


@cache
def _table() -> dict[str, tuple[str, CueForm]]:
    table: dict[str, tuple[str, CueForm]] = {}
    for lemmas in CUE_GROUPS.values():
        for lemma in lemmas:
            for form, kind in _forms(lemma).items():
                table.setdefault(form, (lemma, kind))
                gb = _british(form)
                if gb:
                    table.setdefault(gb, (lemma, kind))
    return table


@cache
def _groups() -> dict[str, str]:
    groups: dict[str, str] = {}
    for name, lemmas in CUE_GROUPS.items():
        for lemma in lemmas:
            groups.setdefault(lemma, name)
    return groups


def cue_lemma(word: str) -> str | None:
    """The lemma of a speech cue in any form, or None: "Emphasised" -> "emphasize",
    "said" -> "say", "pointed" -> "point" (a phrasal cue: check ``PARTICLES``)."""
    hit = _table().get(word.lower())
    return hit[0] if hit else None


def cue_form(word: str) -> CueForm | None:
    """The form of a speech cue: "stressed" -> "past", "stressing" -> "ing", "says" -> "s"."""
    hit = _table().get(word.lower())
    return hit[1] if hit else None


def cue_group(lemma: str) -> str | None:
    """The group a cue lemma belongs to: "stress" -> "emphasis", "urge" -> "proposal"."""
    return _groups().get(lemma)


@cache
def cue_lemmas() -> Mapping[str, str]:
    """Every cue form (lowercase) with its lemma, for code that looks up many words at once."""
    return {word: lemma for word, (lemma, _) in _table().items()}


@cache
def cue_forms() -> Mapping[str, CueForm]:
    """Every cue form (lowercase) with its form, for code that looks up many words at once."""
    return {word: form for word, (_, form) in _table().items()}


@cache
def trigger_words() -> frozenset[str]:
    """Every lowercase word that may make a statement: the cue forms, "according" and the
    opinion nouns of light verbs ("gave his views on"). A sentence without one holds no
    reported statement (except "In his remarks, X focused on ...": see SPEECH_NOUNS)."""
    return frozenset(_table()) | {"according"} | OPINION_NOUNS
