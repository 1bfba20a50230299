"""Who's who: honorifics, titles, organization cues, pronouns.

Each table says what it is for and shows a sentence it targets. The analysis stage
(``briefcli.analysis.people``) imports these tables; they hold no logic. Words are lowercase;
a multi-word entry is its words joined by one space, written as the tokenizer sees them
("H.E." is the word "h.e" and a full stop; "Secretary-General" is one word). Adding a word is
one line.
"""

from __future__ import annotations

from typing import Literal

Gender = Literal["male", "female"]

# Honorifics: courtesy words before a name, never part of it. The value is the gender the
# honorific tells, for resolving "he" and "she"; None when it tells none.
# "Dr. Kunio Mikuriya attended ...", "Mr. Anton Siluanov, Minister of Finance ...",
# "His Excellency Goran Petrovic", "The Honourable Ravi Patel, MP", "H.E. Capt. Tarek El Sayed",
# "Ms Mei Ling Tan" (no full stop), "Her Excellency Ms. Ana Gómez", "His Worship Mr. Tom Reid"
# (the style of a mayor).
HONORIFICS: dict[str, Gender | None] = {
    "mr": "male", "mister": "male", "messrs": "male", "sir": "male", "lord": "male",
    "his excellency": "male", "his majesty": "male", "his highness": "male",
    "his royal highness": "male", "his holiness": "male", "his worship": "male", "sheikh": "male",
    "monsieur": "male", "señor": "male", "senor": "male", "herr": "male",
    "mrs": "female", "ms": "female", "miss": "female", "madam": "female", "madame": "female",
    "mme": "female", "dame": "female", "lady": "female", "sheikha": "female",
    "her excellency": "female", "her majesty": "female", "her highness": "female",
    "her royal highness": "female", "her worship": "female", "señora": "female", "senora": "female",
    "frau": "female",
    "dr": None, "doctor": None, "prof": None, "professor": None, "h.e": None,
    "the honourable": None, "the honorable": None, "honourable": None, "honorable": None,
    "hon": None, "the hon": None, "rt hon": None, "the rt hon": None, "right honourable": None,
    "the right honourable": None, "excellency": None, "h.r.h": None, "hrh": None, "h.m": None,
    "capt": None, "captain": None, "col": None, "colonel": None, "lt": None, "maj": None,
    "major": None, "gen": None, "cdr": None, "adm": None, "admiral": None, "brig": None,
    "eng": None, "engr": None, "rev": None, "reverend": None, "fr": None, "father": "male",
    "amb": None, "dato": None, "datuk": None, "tan sri": None,
}  # fmt: skip

# Abbreviations before a name that never end a sentence; the sentence splitter keeps them
# with the name that follows: "... especially Ms. Ingrid Vos of the Port Authority".
HONORIFIC_ABBREVIATIONS: frozenset[str] = frozenset({
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Amb", "Capt", "Hon", "Rt", "Gen", "Col",
    "Lt", "Maj", "Sen", "Rep", "Gov", "Rev", "Fr", "Sr", "Sra", "Eng", "Engr", "Adm", "Cdr", "Brig",
    "H.E", "H.R.H", "H.M",
})  # fmt: skip

# Title heads: the noun a title is built on. A title before a name makes the name a person
# ("Prime Minister Hiroshi Tanabe", "Riga Mayor Ilze Kalnina"); a title phrase without a name
# is a role ("the Minister of Finance of Russia"), resolved to its holder or listed as an unnamed
# participant ("the Acting Head of the Federal Customs Service").
TITLE_HEADS: frozenset[str] = frozenset({
    "secretary general", "secretary-general", "under-secretary-general", "secretary",
    "prime minister", "minister", "president", "director general", "director-general",
    "director", "commissioner", "commissioner general", "commissioner-general",
    "comptroller general", "comptroller-general", "comptroller", "chairperson", "chairman",
    "chairwoman", "chair", "co-chair", "vice-chair", "vice-chairman", "vice-president",
    "vice-minister", "head", "chief", "mayor", "governor", "governor-general", "ambassador",
    "spokesperson", "spokesman", "spokeswoman", "coordinator", "co-ordinator", "convenor",
    "convener", "co-convenor", "officer", "ceo", "representative", "envoy", "counsellor",
    "counselor", "adviser", "advisor", "consul", "consul general", "senator", "congressman",
    "congresswoman", "king", "queen", "prince", "princess", "emir", "amir", "sultan",
    "chancellor", "premier", "speaker", "administrator", "manager", "delegate", "rapporteur",
    "registrar", "judge", "commander", "attorney general", "auditor general",
    "accountant general", "inspector general", "solicitor general", "member of parliament",
    "chargé d'affaires", "charge d'affaires", "attaché", "attache", "moderator", "dean",
    "rector", "superintendent", "treasurer", "controller", "collector", "inspector", "leader",
    "founder", "co-founder",
})  # fmt: skip

# Titles a headline abbreviates to save room, and the title each stands for: "WCO S-G opens
# the forum", "UNIDO DG visits Lima", "PM meets investors".
TITLE_ABBREVIATIONS: dict[str, str] = {
    "S-G": "Secretary-General", "SG": "Secretary-General", "SecGen": "Secretary-General",
    "DSG": "Deputy Secretary-General", "USG": "Under-Secretary-General",
    "DG": "Director-General", "DDG": "Deputy Director-General", "PM": "Prime Minister",
}  # fmt: skip

# Heads that are also everyday nouns: in lowercase they make a role only after "the"/"a"
# ("the representative of the Vice-Chair ... from Greece", "the head of the delegation"), never
# a title before a name.
LOWERCASE_ROLE_HEADS: frozenset[str] = frozenset({
    "representative", "head", "spokesperson", "spokesman", "spokeswoman", "envoy", "chairperson",
    "chairman", "chairwoman", "president", "director", "coordinator", "ambassador",
})  # fmt: skip

# Words before a head that narrow it, part of the title: "the Acting Head of ...",
# "Senior Vice Minister of Trade Akiko Morita", "First Deputy Head of the FCS",
# "the late Vietnamese President" (late/former: a past holder, never "the President" today).
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "deputy", "vice", "acting", "senior", "first", "second", "third", "executive", "regional",
    "assistant", "permanent", "chief", "special", "general", "associate", "principal", "under",
    "co", "interim", "former", "late", "outgoing", "incoming", "newly-appointed", "newly-elected",
    "newly", "appointed", "elected", "new", "lead", "joint", "honorary", "managing", "national",
    "technical", "political", "personal", "resident", "non-resident", "high", "junior",
    "minister-counsellor",
})  # fmt: skip

# Modifiers that mark a past holder: "the late Ghanaian President, Kwame Asante" is not the
# "Ghanaian President" of the next paragraph.
PAST_MODIFIERS: frozenset[str] = frozenset({"late", "former", "outgoing", "then"})

# Words after a head that are still the title: "Ambassador Extraordinary and Plenipotentiary",
# "Senior Policy Officer III", "President-elect".
TITLE_POST_MODIFIERS: frozenset[str] = frozenset({
    "extraordinary", "plenipotentiary", "designate", "elect", "emeritus", "ad interim", "pro tempore",
    "i", "ii", "iii", "iv", "v",
})  # fmt: skip

# Titles used as honorifics: an ambassador keeps the style before another post, so the title
# phrase before the comma is still this person's: "The ECOWAS Commissioner for Infrastructure,
# Ambassador Femi Adeyemi, stressed ...".
HONORIFIC_TITLES: frozenset[str] = frozenset({"ambassador"})

# Modifiers of the moment, not of the post: "the newly-appointed Ambassador" is "the Ambassador".
EPHEMERAL_MODIFIERS: frozenset[str] = frozenset({
    "new", "newly", "newly-appointed", "newly-elected", "appointed", "elected", "incoming",
})  # fmt: skip

# Words after an honorific or title that end the name: post-nominal letters after a comma
# ("The Honourable Ravi Patel, MP, Minister of Trade") and generational suffixes.
POST_NOMINALS: frozenset[str] = frozenset({
    "mp", "mep", "phd", "obe", "mbe", "cbe", "kbe", "qc", "kc", "jr", "sr", "esq", "md",
})  # fmt: skip

# Organization cues: a capitalised phrase holding one of these names an organization, never a
# person. "the Federal Customs Service (FCS)", "the Eurasian Economic Commission", "the Russian
# Railways", "Dutch Customs", "the Ministry of Foreign Affairs", "the African Union (AU)".
ORG_CUES: frozenset[str] = frozenset({
    "service", "services", "organization", "organisation", "commission", "ministry", "railways",
    "railway", "bank", "council", "union", "customs", "office", "bureau", "agency", "department",
    "administration", "authority", "institute", "institution", "fund", "programme", "program",
    "association", "chamber", "embassy", "municipality", "government", "parliament", "assembly",
    "committee", "secretariat", "court", "tribunal", "university", "college", "school",
    "academy", "group", "corporation", "company", "inc", "ltd", "llc", "plc", "gmbh",
    "foundation", "stiftung", "centre", "center", "network", "alliance", "federation",
    "confederation", "nations", "board", "directorate", "division", "unit", "mission",
    "delegation", "cabinet", "senate", "congress", "party", "police", "army", "navy", "force",
    "forces", "guard", "society", "league", "consortium", "cooperative", "co-operative",
    "airlines", "airways", "airport", "port", "ports", "community", "observatory",
})  # fmt: skip

# Bodies inside an organization: in "the Board of the Eurasian Economic Commission" the
# organization is the Commission; "the Council of the European Union" is the Union's.
ORG_BODIES: frozenset[str] = frozenset({
    "board", "council", "committee", "secretariat", "presidency", "bureau", "executive",
    "cabinet", "office", "plenary", "assembly",
})  # fmt: skip

# Other named things that are not people either: events, documents, buildings, areas.
# "the Harmonized System (HS)", "the Presidential Palace", "the Go Trade Summit",
# "the Accra Declaration on Ports", "the Regional Trade Facilitation Programme (RTFP)".
THING_CUES: frozenset[str] = frozenset({
    "palace", "house", "headquarters", "mausoleum", "monument", "hall", "building", "tower",
    "hotel", "square", "street", "avenue", "road", "bridge", "park", "stadium", "island",
    "islands", "river", "lake", "mountain", "city", "province", "district", "county",
    "conference", "summit", "symposium", "seminar", "meeting", "workshop", "convention",
    "congress", "session", "dialogue", "forum", "round", "roundtable", "webinar", "ceremony",
    "agreement", "accord", "treaty", "declaration", "mandate", "strategy", "system", "plan",
    "programme", "package", "framework", "protocol", "charter", "act", "law", "code", "model",
    "award", "prize", "day", "week", "year", "decade", "initiative", "partnership", "project",
    "area", "market", "region", "zone", "corridor", "window", "republic", "kingdom", "state",
    "states", "nations", "emirates", "federation", "union", "movement", "goals", "agenda",
})  # fmt: skip

# Portfolio words: the subject of a ministry or a post, part of the title, never a name:
# "Minister of Trade and Industry Ama Owusu", "Minister of Civil Aviation",
# "Ghana's Minister of Trade, Industry and Ghanaian Diaspora Affairs".
PORTFOLIO_WORDS: frozenset[str] = frozenset({
    "finance", "finances", "economy", "economic", "economics", "trade", "industry", "industries",
    "foreign", "affairs", "labour", "labor", "tourism", "civil", "aviation", "agriculture",
    "forestry", "fisheries", "fishery", "marine", "maritime", "resources", "budget", "planning",
    "development", "defence", "defense", "interior", "home", "justice", "health", "education",
    "culture", "transport", "transportation", "infrastructure", "energy", "environment",
    "climate", "communications", "communication", "information", "technology", "science",
    "research", "innovation", "investment", "investments", "commerce", "cooperation",
    "co-operation", "integration", "immigration", "emigration", "expatriates", "security",
    "public", "works", "housing", "urban", "rural", "water", "mining", "mines", "minerals",
    "petroleum", "oil", "gas", "power", "youth", "sports", "sport", "women", "gender", "family",
    "social", "welfare", "employment", "national", "international", "regional", "local",
    "land", "lands", "natural", "revenue", "revenues", "taxation", "tax", "taxes", "treasury",
    "compliance", "facilitation", "enforcement", "capacity", "building", "policy", "policies",
    "strategy", "human", "rights", "digital", "telecommunications", "posts", "veterans",
    "religious", "diaspora", "bilateral", "multilateral", "relations", "protocol", "legal",
    "operations", "audit", "statistics", "procurement", "external", "internal", "state",
    "affair", "tariff", "tariffs", "logistics", "shipping", "ports", "food", "nutrition",
    "livestock", "irrigation", "heritage", "arts", "media", "press", "broadcasting",
    "children", "elderly", "disability", "disabilities", "solidarity", "reconstruction",
    "privatization", "privatisation", "reform", "reforms", "administrative", "personnel",
    "management", "ecology", "hydrocarbons", "electricity", "railways", "roads",
    "highways", "crafts", "handicrafts", "small", "medium", "enterprises", "business",
    "businesses", "consumer", "protection", "competition", "standards", "quality", "customs",
    "excise", "border", "borders", "citizenship", "migration", "refugees",
    "emergency", "disaster", "disasters", "relief", "humanitarian", "peace", "war", "veteran",
    "francophonie", "commonwealth",
    # plural units of a post: "Director of Maritime Programs", "Head of Special Projects"
    "programs", "programmes", "projects", "partnerships", "initiatives", "services", "systems",
    "markets", "networks", "studies", "sciences", "solutions", "platforms", "products",
})  # fmt: skip

# Endings of abstract nouns: a capitalised word ending so, inside a title, is a portfolio word
# even when the table above lacks it ("Minister of Decentralization Jane Doe").
PORTFOLIO_SUFFIXES: tuple[str, ...] = (
    "tion", "sion", "ment", "ance", "ence", "ism", "ity", "ies", "ics", "ure", "ness", "ship", "logy",
)  # fmt: skip

# Personal pronouns a statement can stand on, with the gender they require:
# "He also met with the Minister of Finance", "In his remarks, President Mensah ...".
PRONOUNS: dict[str, Gender] = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}  # fmt: skip

# Capitalised words that open a sentence or a clause and are never part of a name:
# "At the invitation of ...", "During the round table ...", "Both sides ...".
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "in", "at", "on", "during", "after",
    "before", "following", "while", "with", "by", "for", "from", "to", "of", "as", "and", "but",
    "or", "nor", "both", "other", "others", "it", "its", "they", "their", "them", "we", "our",
    "us", "i", "my", "me", "you", "your", "he", "she", "his", "her", "him", "hers", "also",
    "there", "here", "when", "where", "which", "who", "whom", "whose", "what", "why", "how",
    "all", "each", "every", "some", "many", "most", "several", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next",
    "new", "over", "under", "about", "around", "among", "between", "through", "throughout",
    "within", "without", "into", "onto", "upon", "via", "per", "since", "until", "till", "if",
    "then", "thus", "however", "moreover", "furthermore", "meanwhile", "additionally", "today",
    "yesterday", "tomorrow", "tonight", "speaking", "according", "responding", "considering",
    "having", "being", "given", "despite", "regarding", "concerning", "ahead",
    "not", "no", "yes", "so", "such", "more", "less", "further", "accordingly", "finally",
    "lastly", "firstly", "secondly", "together", "later", "earlier", "afterwards", "subsequently",
    "ladies", "gentlemen", "dear", "hello", "welcome", "thanks", "thank", "please", "note",
    "photo", "image", "source", "read", "see", "click", "share", "tags", "related",
    "internet", "web", "online", "e-commerce", "covid-19", "covid", "coronavirus", "pandemic",
    "day", "week", "year", "years",
    # job nouns, never a name after a title: "Chief Economist", "Senior Trade Expert"
    "economist", "expert", "analyst", "engineer", "scientist", "consultant", "researcher",
    "lecturer", "editor", "correspondent", "journalist", "reporter", "staff", "official",
    "officials", "negotiator", "specialist", "assistant", "secretariat", "team",
})  # fmt: skip

# Lowercase particles inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
# "Khalid bin Saeed".
NAME_PARTICLES: frozenset[str] = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "da", "das", "dos", "do", "di", "du", "la",
    "le", "bin", "binti", "ibn", "bint", "al", "el", "ter", "ten", "y", "zu", "st",
})  # fmt: skip

# Abbreviated particles with a full stop inside a name, before its last part: "Ms. Gabriela
# St. Clair chaired the panel", "Mr. Paul Ste. Marie".
NAME_ABBREVIATED_PARTICLES: frozenset[str] = frozenset({"st", "ste"})

# Words that take an object: a person named right after one is not the subject of the sentence:
# "At the invitation of Mr. X, Director General of the Port Authority, Dr. Y attended ...",
# "Having thanked Mayor X for ..., Ambassador Y noted ...".
OBJECT_MARKERS: frozenset[str] = frozenset({
    "of", "by", "with", "to", "from", "on", "at", "for", "in", "into", "onto", "upon", "about",
    "among", "between", "through", "towards", "toward", "against", "under", "over", "after",
    "before", "during", "including", "like", "than", "via", "per", "as", "behind", "beside",
    "besides", "beyond", "despite", "except", "inside", "outside", "near", "alongside",
    "congratulating", "thanking", "thanked", "congratulated", "welcoming", "meeting", "met",
    "received", "receiving", "invited", "inviting", "accompanied", "joined", "visited", "called",
})  # fmt: skip

# Verbs right after a bare name of two or more words make it a person without any title:
# "Jane Doe said the talks were constructive.", "John Smith attended the ceremony."
# (The statements stage has its own, fuller list of speech verbs.)
NAME_VERBS: frozenset[str] = frozenset({
    "said", "says", "stated", "states", "noted", "notes", "added", "adds", "stressed", "stresses",
    "emphasized", "emphasised", "emphasizes", "emphasises", "explained", "explains", "told",
    "tells", "remarked", "highlighted", "highlights", "underlined", "underscored", "announced",
    "announces", "observed", "pointed", "welcomed", "welcomes", "urged", "urges", "thanked",
    "thanks", "expressed", "reiterated", "recalled", "declared", "affirmed", "confirmed",
    "commented", "argued", "insisted", "warned", "acknowledged", "praised", "commended",
    "concluded", "asserted", "assured", "wrote", "presented", "opened", "chaired", "moderated",
    "delivered", "addressed", "spoke", "speaks", "met", "visited", "received", "attended",
    "participated", "led", "headed", "signed", "congratulated", "reflected", "called",
})  # fmt: skip

# Words before a bare name of two or more words that make it a person: "according to Jane
# Doe, the plan works", '"We agree," said John Smith.'
NAME_BEFORE_CUES: frozenset[str] = frozenset({
    "according to", "said", "says", "added", "noted", "stressed", "explained", "remarked",
    "observed", "concluded", "emphasized", "emphasised", "underlined", "asked", "told",
})  # fmt: skip

# Lowercase occupation nouns right before a bare name of two or more words make it a person:
# "a debate moderated by journalist Jane Doe", "with economist John Smith". Lowercase, they are
# no title of an office, only what the person does.
OCCUPATION_NOUNS: frozenset[str] = frozenset({
    "journalist", "broadcaster", "presenter", "anchor", "reporter", "correspondent", "editor",
    "columnist", "writer", "author", "novelist", "poet", "economist", "analyst", "researcher",
    "scientist", "scholar", "historian", "academic", "professor", "lecturer", "consultant",
    "lawyer", "attorney", "architect", "engineer", "entrepreneur", "businessman",
    "businesswoman", "investor", "banker", "farmer", "artist", "photographer", "filmmaker",
    "activist", "campaigner", "moderator", "facilitator", "hydrologist", "physician", "doctor",
})  # fmt: skip

# Openings that give a sentence's source: the person named right after one is what the
# sentence is about, so a "He" or "She" opening the next sentence is that person:
# "According to Mr. Tom Reid, the port will reopen in May. He also announced a new terminal."
SOURCE_OPENERS: tuple[str, ...] = ("according to", "in the words of", "in the view of")

# Plural heads and group nouns: never one person ("Directors General reviewed ...",
# "key representatives from the private sector", "The Ministers discussed ...").
PLURAL_HEADS: frozenset[str] = frozenset({
    "ministers", "presidents", "directors", "directors general", "directors-general", "heads",
    "ambassadors", "representatives", "delegates", "officials", "officers", "members", "leaders",
    "secretaries", "commissioners", "chairs", "chairpersons", "governors", "mayors", "experts",
    "panellists", "panelists", "speakers", "participants", "envoys", "sides", "parties",
})  # fmt: skip
