"""English: the word tables the stages read, each derived from the records of this folder.

The words live in the JSON files beside this module, grouped by what they are (verbs, scene
patterns, titles, nouns, function words, places, the calendar) and loaded once by
``load.TABLES``; the grammar that inflects verbs is ``inflect``. This module only names views
of them: ``CLAUSE_ONLY`` is the lemmas whose record has the flag ``clause_only``,
``ACTIVITY_VERBS`` every form of the verbs flagged ``activity``, ``GROUP_HEADS`` the group nouns
with the role ``speaker``, ``MEETING_EVENTS`` the scene patterns of kind ``meeting`` and label
``events``. To add a word, edit the data, not this module.

The speech-cue lookups, over every form ``inflect`` derives for the cue verbs:

- ``cue_lemma(word)``: the lemma of a speech cue in any of its forms, case-insensitive, or None:
  ``cue_lemma("Emphasised") == "emphasize"``, ``cue_lemma("said") == "say"``,
  ``cue_lemma("attended") is None``;
- ``cue_form(word)``: which form it is ("base", "s", "past", "ing"), or None;
- ``cue_group(lemma)``: the group a lemma belongs to ("emphasis", "proposal", ...);
- ``cue_lemmas()``, ``cue_forms()``: every cue form at once; ``trigger_words()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Literal, cast

from briefcli.lang.en.load import TABLES
from briefcli.lang.en.records import CueForm

if TYPE_CHECKING:
    from briefcli.lang.en.records import SceneKind, SceneLabel, VerbFlag

__all__ = ["CueForm", "cue_form", "cue_forms", "cue_group", "cue_lemma", "cue_lemmas", "trigger_words"]

Gender = Literal["male", "female"]


def _ordered(name: str) -> tuple[str, ...]:
    return TABLES["words"][name]


def _words(name: str) -> frozenset[str]:
    return frozenset(TABLES["words"][name])


def _role(name: str, role: str) -> frozenset[str]:
    return TABLES["roles"][name][role]


def _lemmas(flag: VerbFlag) -> frozenset[str]:
    return TABLES["lemmas"][flag]


def _forms(flag: VerbFlag) -> tuple[str, ...]:
    return TABLES["flagged"][flag]


def _ints(name: str) -> dict[str, int]:
    return {word: value for word, value in TABLES["maps"][name].items() if isinstance(value, int)}


def _scenes(kind: SceneKind, label: SceneLabel) -> tuple[str, ...]:
    return TABLES["scenes"][f"{kind}.{label}"]


def _gendered(name: str) -> dict[str, Gender | None]:
    male, female = _role(name, "male"), _role(name, "female")
    return {w: "male" if w in male else "female" if w in female else None for w in _ordered(name)}


# --- Speech-cue lookups --------------------------------------------------------------------------


def cue_lemma(word: str) -> str | None:
    """The lemma of a speech cue in any form, or None: "Emphasised" -> "emphasize",
    "said" -> "say", "pointed" -> "point" (a phrasal cue: check ``PARTICLES``)."""
    return TABLES["cue_lemmas"].get(word.lower())


def cue_form(word: str) -> CueForm | None:
    """The form of a speech cue: "stressed" -> "past", "stressing" -> "ing", "says" -> "s"."""
    return TABLES["cue_forms"].get(word.lower())


@cache
def _groups() -> Mapping[str, str]:
    return {lemma: group for group, lemmas in TABLES["cue_groups"].items() for lemma in lemmas}


def cue_group(lemma: str) -> str | None:
    """The group a cue lemma belongs to: "stress" -> "emphasis", "urge" -> "proposal"."""
    return _groups().get(lemma)


def cue_lemmas() -> Mapping[str, str]:
    """Every cue form (lowercase) with its lemma, for code that looks up many words at once."""
    return TABLES["cue_lemmas"]


def cue_forms() -> Mapping[str, CueForm]:
    """Every cue form (lowercase) with its form, for code that looks up many words at once."""
    return TABLES["cue_forms"]


@cache
def trigger_words() -> frozenset[str]:
    """Every lowercase word that may make a statement: the cue forms, "according", the
    opinion nouns of light verbs ("gave his views on"), the nouns of whose words or position a
    clause is ("In her words, A", "Ruiz's position was that A") and the stance adjectives
    ("was confident that", "made it clear that"). A sentence without one holds no reported
    statement (except "In his remarks, X focused on ...": see SPEECH_NOUNS)."""
    words = TABLES["words"]
    return (
        frozenset(TABLES["cue_lemmas"])
        | {"according"}
        | frozenset(words["opinion_nouns"])
        | frozenset(words["quote_source_nouns"])
        | frozenset(words["position_nouns"])
        | frozenset(words["stance_adjectives"])
        | frozenset(words["made_it_adjectives"])
    )


# --- Verbs (verbs.json) ------------------------------------------------------------------------

CUE_GROUPS = TABLES["cue_groups"]
PARTICLES = TABLES["particles"]
INFINITIVE_PARTICLES = TABLES["infinitive_particles"]
PHRASES = TABLES["idioms"]
PREPOSITIONAL_CONTENT = TABLES["prepositional_content"]
CLAUSE_ONLY = _lemmas("clause_only")
THAT_ONLY = _lemmas("that_only")  # "accepted that ...", never "accepted the report"
HEARER_FIRST = _lemmas("hearer_first")
STANCE_OBJECT_ONLY = _lemmas("stance_object_only")
CONTENT_OBJECT_ONLY = _lemmas("content_object")
DETERMINED_OBJECT_ONLY = _lemmas("determined_object")
ABSTRACT_OBJECT_ONLY = _lemmas("abstract_object")
AS_COMPLEMENT = _lemmas("as_complement")
NO_PASSIVE = _lemmas("no_passive")
ADDRESSEE_CUES = _lemmas("addressee")
QUOTE_TITLE_CUES = _lemmas("quote_title")
QUOTE_OBJECT_CUES = _lemmas("quote_object")
ACTIVITY_VERBS = frozenset(_forms("activity"))
WITHHOLDING_VERBS = frozenset(_forms("withholds"))  # "but declined to give details"
LIGHT_VERBS = frozenset(_forms("light"))
IRREGULAR_PASTS = frozenset(_forms("subject_past"))
PAST_FORMS = _forms("tense_past")
INTENT_VERBS = _forms("looks_ahead")
MANDATIVE_VERBS = _forms("mandative")
GROUP_PARTICIPLES = frozenset(_forms("group_participle"))
BACKGROUND_PARTICIPLES = _forms("background_participle")
NAME_VERBS = frozenset(_forms("after_name"))
EVENT_PLACE_VERBS = frozenset(_forms("event_place"))
VENUE_AT_VERBS = EVENT_PLACE_VERBS | frozenset(_forms("venue_at"))  # "received X at the Palace in Lira"
CHAIRING_AFTER = _forms("chairing")
BE_FORMS = TABLES["be_forms"]
MEET_FORMS = _forms("meets_whom")
ADOPT_FORMS = _forms("adopts_text")
SIGN_FORMS = _forms("signs_text")
HOLD_FORMS = _forms("holds_event")

# --- Scene patterns (scenes.json) --------------------------------------------------------------

MEETING_INVITATION = _scenes("meeting", "invitation")
MEETING_EVENTS = _scenes("meeting", "events")
MEETING_HOSPITALITY = _scenes("meeting", "hospitality")
MEETING_CEREMONIES = _scenes("meeting", "ceremonies")
MEETING_SPEECHES = _scenes("meeting", "speeches")
# A statement made to the press apart from the talks: "In a statement to the press, she said ...".
MEETING_PRESS = _scenes("meeting", "press")
MEETING_VISITS = _scenes("meeting", "visits")
MEETING_OUTCOMES = _scenes("meeting", "outcomes")
MEETING_ATTENDANCE = _scenes("meeting", "attendance")
MEETING_GROUPS = _scenes("meeting", "groups")
# Several talks told at once, each with one counterpart: "held bilateral meetings with ...".
MEETING_SERIES = _scenes("meeting", "series")
PANEL_SESSIONS = _scenes("panel", "sessions")
# The questions taken after a talk or a panel, a part of it: "took questions from the floor".
PANEL_QUESTIONS = _scenes("panel", "questions")
PANEL_SPEAKERS = _scenes("panel", "speakers")
BILATERAL_TALKS = _scenes("bilateral", "talks")
BILATERAL_PARTIES = _scenes("bilateral", "parties")
BILATERAL_COURTESY = _scenes("bilateral", "courtesy")
BILATERAL_CREDENTIALS = _scenes("bilateral", "credentials")
BILATERAL_MARGINS = _scenes("bilateral", "margins")
BILATERAL_MEETINGS = _scenes("bilateral", "meetings")
# Talks by telephone: "spoke by phone with the Foreign Minister of Chile".
BILATERAL_CALLS = _scenes("bilateral", "calls")
BILATERAL_SIGNINGS = _scenes("bilateral", "signings")
OTHER_BACKGROUND = _scenes("other", "background")
EARLIER_TIMES = _scenes("other", "earlier_times")
# What a headline says of the whole article (read by ``briefcli.analysis.frames``, not in the
# body): an encounter of two parties (a call, credentials, a joint commission), one counterpart
# met, several met, a discussion format.
HEADLINE_ENCOUNTER = _scenes("bilateral", "headline_encounter")
HEADLINE_ONE = _scenes("bilateral", "headline_one")
HEADLINE_SEVERAL = _scenes("meeting", "headline_several")
HEADLINE_FORMAT = _scenes("panel", "headline_format")
WHOLE_MODERATED = _scenes("panel", "whole_moderated")

# --- People's styles and names (titles.json) ---------------------------------------------------

HONORIFICS = _gendered("honorifics")
GENDERED_TITLE_WORDS = _gendered("gendered_title_words")
HONORIFIC_ABBREVIATIONS = _words("honorific_abbreviations")
STANDALONE_RANKS = _words("standalone_ranks")
TITLE_HEADS = _role("title_words", "head")
TITLE_MODIFIERS = _role("title_words", "modifier")
ORG_NOUN_FIRST_HEADS = _role("title_words", "org_noun_first")  # "Harbour Master"; "Harbour Board"
OPENING_MODIFIERS = _role("title_words", "opening")
SUBORDINATE_MODIFIERS = _role("title_words", "subordinate")
TITLE_POST_MODIFIERS = _role("title_words", "post_modifier")
PAST_MODIFIERS = _role("title_words", "past")
SHOWN_PAST_MODIFIERS = _role("title_words", "shown")  # "former", "late", "outgoing"
EPHEMERAL_MODIFIERS = _role("title_words", "ephemeral")
LOWERCASE_ROLE_HEADS = _role("title_words", "lowercase_role")
ADJECTIVE_ROLE_HEADS = _role("title_words", "adjective")
HONORIFIC_TITLES = _role("title_words", "honorific")
CHAIR_TITLES = _role("title_words", "chair")
NEWS_TITLE_HEADS = _role("title_words", "news_head")  # "Committee chair Ole Sandberg"
ACCREDITED_TITLES = _role("title_words", "accredited")
ENVOY_TITLES = _role("title_words", "envoy")
NATIONAL_TITLES = _role("title_words", "national")
LOCAL_TITLES = _role("title_words", "local")  # "Kervala's mayor": the place's
PLACE_OWNED_TITLES = _role("title_words", "place_owned")  # "the Prime Minister of Tarvonia"
PRESENT_ADVERBS = _words("present_adverbs")  # "Karin Nyberg, [now] chair of the Council"
CORPORATE_TITLES = _role("title_words", "corporate")  # "ceo", "founder"
# "Finance Secretary", "Secretary of Health": a state's post only with a portfolio
PORTFOLIO_NATIONAL_TITLES = _role("title_words", "portfolio_national")
ENVOY_WORD = "envoy"
TITLE_ABBREVIATIONS = {word: str(value) for word, value in TABLES["maps"]["title_abbreviations"].items()}
OFFICE_EPITHETS = {word: str(value) for word, value in TABLES["maps"]["office_epithets"].items()}
RANK_ABBREVIATIONS = {word: str(value) for word, value in TABLES["maps"]["rank_abbreviations"].items()}
OFFICE_VERBS = {word: str(value) for word, value in TABLES["maps"]["office_verbs"].items()}
# "the Ports Commission, chaired by Mr. Tom Berg," -> "Chair"
OFFICE_PARTICIPLES = {word: str(value) for word, value in TABLES["maps"]["office_participles"].items()}
CEREMONY_HEADINGS = {word: str(value) for word, value in TABLES["maps"]["ceremony_headings"].items()}
POST_NOMINALS = _words("post_nominals")
FIELD_ACRONYMS = _words("field_acronyms")  # "Head of IT": a field, no body
POST_NOMINAL_POSTS = _words("post_nominal_posts")
PORTFOLIO_WORDS = _words("portfolio_words")
CORPORATE_FUNCTIONS = _words("corporate_functions")  # "Vice President of Sales": a company's
PORTFOLIO_SUFFIXES = _ordered("portfolio_suffixes")
NAME_PARTICLES = _role("name_particles", "inside")
NAME_ABBREVIATED_PARTICLES = _role("name_particles", "abbreviated")
ACCOUNT_NAME_PARTICLES = _role("name_particles", "account")
ELIDED_NAME_PARTICLES = _role("name_particles", "elided")
HYPHENED_NAME_PARTICLES = _role("name_particles", "hyphened")  # "al-Masri"
NAME_ABBREVIATED_GIVEN = _role("name_particles", "given")  # "Mohd": a name follows
FAMILY_NAME_PARTICLES = _role("name_particles", "family")  # "de Croo"
FAMILY_ANY_CASE_PARTICLES = _role("name_particles", "family_any_case")  # "Al Harbi", "Abu Nasser"
ORGANISATION_HEAD_TITLES = _role("organisation_heads", "title")
ORGANISATION_HEAD_EPITHETS = _role("organisation_heads", "epithet")
FAMILY_FIRST_SURNAMES = _words("family_first_surnames")  # "han" of "Han Changfu"
FAMILY_FIRST_COUNTRIES = _words("family_first_countries")  # "china", "chinese"
GIVEN_NAME_COUNTRIES = _words("given_name_countries")  # "lao", "thai"
MALE_NAME_PARTICLES = _role("name_particles", "male")  # "bin": son of
FEMALE_NAME_PARTICLES = _role("name_particles", "female")  # "binti": daughter of
ACCOUNT_KEPT_HONORIFICS = _role("honorifics", "account_kept")
PEERAGE_HONORIFICS = _role("honorifics", "peerage")
GIVEN_NAME_STYLES = _role("honorifics", "given_name_style")  # "sir", "dame"
RANK_HONORIFICS = _role("honorifics", "rank")  # "rear admiral": the title of the name after it
PLAIN_HONORIFICS = _role("honorifics", "plain")  # "mr": a name after it, never a post
PRONOUN_LIKE_NUMERALS = _role("title_words", "pronoun_like")
POSTPOSED_TITLES = _words("postposed_titles")
RETIRED_MARKS = _words("retired_marks")

# --- Nouns (nouns.json) ------------------------------------------------------------------------

GROUP_HEADS = _role("group_nouns", "speaker")
PERSON_PLURALS = _role("group_nouns", "persons")
PLURAL_HEADS = _role("group_nouns", "plural")
ONE_EACH_PLURALS = _role("group_nouns", "one_each")  # "the foreign ministers of Chile and Peru"
# "his counterparts from Chile and Peru": the listed person of each country is its counterpart
RELATIVE_PLURALS = _role("group_nouns", "relative")
DOCUMENT_NOUNS = _role("document_nouns", "not_speaker")
REPORT_NOUNS = _role("document_nouns", "report")
OUTCOME_NOUNS = _role("document_nouns", "outcome")
ORG_CUES = _role("organisation_nouns", "org")
BODY_HEADS = _role("organisation_nouns", "body")
ORG_BODIES = _role("organisation_nouns", "inner_body")
INSTITUTION_HEADS = _role("organisation_nouns", "institution")
ACCREDITED_BODIES = _role("organisation_nouns", "accredited")
THING_CUES = _words("thing_nouns")
EVENT_NAME_HEADS = _ordered("event_nouns")
VENUE_NOUNS = _words("venue_nouns")
BUILDING_NOUNS = _words("building_nouns")  # "the King [at the Royal Palace]": where, no office
BODY_NOUNS = _words("body_nouns")
VERB_PREFIXES = _words("verb_prefixes")  # "[co]-chaired"
HOSPITALITY_NOUNS = _words("hospitality_nouns")  # "a [reception] at the Residence"
INVITATION_WORDS = _words("invitation_words")  # "[invited] the Mayor to open the festival"
INVITED_TO_VERBS = _ordered("invited_to_verbs")  # "invited the Mayor to [open] the festival"
OCCUPATION_NOUNS = _words("occupation_nouns")
RELATIVE_PERSON_NOUNS = _words("relative_person_nouns")  # "counterpart", "host"
MUTUAL_RELATIVE_NOUNS = _words("mutual_relative_nouns")  # "her counterpart": the one she met
OCCUPATION_MODIFIERS = _words("occupation_modifiers")
STANCE_NOUNS = _words("stance_nouns")
MATTER_NOUNS = _words("matter_nouns")
CHIEF_NOUNS = _words("chief_nouns")
HANDED_OBJECTS = _words("handed_objects")
ABSTRACT_NOUNS = _words("abstract_nouns")
ABSTRACT_SUFFIXES = _ordered("abstract_suffixes")
PROPOSITION_NOUNS = _words("proposition_nouns")
OPINION_NOUNS = _words("opinion_nouns")
POSITION_NOUNS = _words("position_nouns")  # "Ms. Ruiz's [position] was that ..."
MADE_IT_ADJECTIVES = _words("made_it_adjectives")  # "made it clear that"
LISTING_WORDS = tuple(sorted(_words("listing_words"), key=lambda w: -len(w.split())))
SPEECH_NOUNS = _words("speech_nouns")
TURN_NOUNS = _role("speech_nouns", "turn")
MANNER_NOUNS = _words("manner_words")
QUANTITY_NOUNS = _words("quantity_words")
TURN_PLURALS = _words("turn_plurals")
COLLECTIVE_NOUNS = _words("collective_nouns")
DISCUSSION_NOUNS = _ordered("discussion_nouns")
GENERIC_OWNERS = _words("generic_owners")

# --- Function words and the words of constructions (words.json) --------------------------------

PRONOUNS = {w: g for w, g in _gendered("pronouns").items() if g is not None}
PRONOUN_WORDS = _words("pronouns")
GROUP_PRONOUNS = _role("pronouns", "group")
GROUP_QUANTIFIERS = _words("group_quantifiers")  # "though both said that ..."
FORMER_POINTERS = _role("order_pointers", "first")
LATTER_POINTERS = _role("order_pointers", "last")
(SELF_PRONOUN,) = _role("pronouns", "self")
SUBJECT_PRONOUNS = _role("pronouns", "subject")
HEARER_PRONOUNS = _role("pronouns", "hearer")
SCENE_PRONOUNS = _role("pronouns", "scene")
FIRST_PLURAL_PRONOUNS = _role("pronouns", "first_plural")
FIRST_SINGULAR_PRONOUNS = _role("pronouns", "first_singular")  # "i": the one who answers
DETERMINERS = _words("determiners")
ANAPHORIC_DETERMINERS = _role("determiners", "anaphoric")
ACCOUNT_DETERMINERS = _role("determiners", "account")
TITLE_DETERMINERS = _role("determiners", "before_title")
INDEFINITE_ARTICLES = _role("determiners", "indefinite")
ARTICLES = _role("determiners", "article")
SPEECH_OWNERS = _role("determiners", "speech_owner")
NOT_AFTER_INFINITIVE = _role("determiners", "after_to")
LENGTH_DETERMINERS = _role("determiners", "before_length")
POSSESSIVE_DETERMINERS = _role("determiners", "possessive")
DISTRIBUTIVE_DETERMINERS = _role("determiners", "distributive")  # "Ana Ruiz and Tom Berg, both lawyers"
AUXILIARIES = _words("auxiliaries")
EMPHATIC_AUXILIARIES = _role("auxiliaries", "emphatic")
HEDGE_AUXILIARIES = _role("auxiliaries", "hedge")  # "A: I would say that ..."
BACKSHIFTED_MODALS = _role("auxiliaries", "backshifted")  # "said the port would reopen"
MODALS = _role("auxiliaries", "modal")
CONSEQUENCE_OPENERS = _ordered("consequence_openers")
EVENT_PRESENT = frozenset(_forms("event_present"))  # "meets", "holds", "opens"
# "is attending", "are visiting": an event told as it goes on, in a report written that day
EVENT_PROGRESSIVE = frozenset(_forms("event_progressive"))
EVENT_LEMMAS = _lemmas("event_present")  # "meet", "hold", "welcome": verbs that tell an encounter
FINITE_WORDS = _words("finite_auxiliaries") | EVENT_PRESENT
NARRATING_AUXILIARIES = _role("finite_auxiliaries", "narrating")
PERFECT_AUXILIARIES = _role("finite_auxiliaries", "perfect")
FINITE_MARKER_VERBS = _words("finite_markers")
PRESENT_VERBS = _words("present_modals")
SUBORDINATORS = _words("subordinators")
ACCOUNT_SUBORDINATORS = _role("subordinators", "account")
CONTRASTS = _role("subordinators", "contrast")
CONCESSIONS = _role("subordinators", "concession")
OCCASION_SUBORDINATORS = _role("subordinators", "occasion")
COORDINATORS = _words("coordinators")
ADJECTIVE_COORDINATORS = _role("coordinators", "adjective")
CLAUSE_COORDINATORS = _role("coordinators", "main_clause")
PREPOSITIONS = _words("prepositions")
OWNER_PREPOSITIONS = _role("prepositions", "owner")
TOPIC_PREPOSITIONS = _role("prepositions", "topic")
OBJECT_PREPOSITIONS = _role("prepositions", "object")
SPEECH_OPENERS = _role("prepositions", "speech_opener")
NAME_PREPOSITIONS = _role("prepositions", "in_name")
TITLE_PREPOSITIONS = _role("prepositions", "in_title")
PLACE_TITLE_PREPOSITIONS = _role("prepositions", "place_in_title")
COUNTERPART_PREPOSITIONS = _role("prepositions", "counterpart")
DISCUSSION_TOPIC_PREPOSITIONS = _role("prepositions", "panel_topic")
TEXT_TOPIC_PREPOSITIONS = _role("prepositions", "text_topic")
RELATIVES = _role("clause_words", "relative")
WH_WORDS = _role("clause_words", "question")
TITLE_RELATIVES = _role("clause_words", "after_title")
ACCOUNT_RELATIVES = _role("clause_words", "account")
RELATIVE_ADVERBS = _role("clause_words", "adverb")  # "where", "when"
CLAUSE_SUBJECTS = _words("clause_subjects")
PARENTHESIS_OPENERS = _words("parenthesis_openers")
CLAUSE_BREAK_WORDS = _role("clause_links", "break")
LOOSE_ENDS = _role("clause_links", "loose_end")
TRAILING_CUE_LEADS = _words("trailing_cue_leads")
NOT_SUBJECT_LEADS = _words("not_subject_leads")
TITLE_SMALL_WORDS = _words("title_small_words")
OWN_VERB_LEADS = _ordered("own_verb_leads")
TITLE_LEADS = _ordered("title_leads")
TITLE_NAMING = _role("title_leads", "naming")
ADOPTION_NOUNS = _ordered("adoption_nouns")
COUNTERPART_ENDS = _role("phrase_ends", "counterpart")
DISCUSSION_TOPIC_ENDS = _role("phrase_ends", "panel_topic")
TEXT_TOPIC_ENDS = _role("phrase_ends", "text_topic")
PLACE_ENDS = _role("phrase_ends", "place")
MONTH_DAY_ENDS = _role("phrase_ends", "month_day")
SENTENCE_OPENERS = _words("sentence_openers")
(REPORTED_THAT,) = _ordered("reported_that")
ADVERBS = _words("adverbs")
CLAUSE_ADVERBS = _words("clause_adverbs")
TELLING_ORDER_ADVERBS = _role("clause_adverbs", "telling_order")
ADVERBIAL_PHRASES = tuple(tuple(p.split()) for p in _ordered("adverbial_phrases"))
ALSO_WORDS = _ordered("also_words")
INTRO_WORDS = _words("intro_words")
CLAUSE_OPENERS = _role("intro_words", "clause_opener")
LOOK_AHEAD_OPENERS = _role("intro_words", "look_ahead")
SUBJECT_WORDS = _words("subject_words")
GROUP_OPENERS = _words("group_openers")
JOINT_OPENERS = _role("group_openers", "joint")  # "Both sides agreed", "The two ministers agreed"
NOT_NAME_WORDS = _words("not_name_words")
OBJECT_MARKERS = _words("object_markers") | frozenset(_forms("object_marker"))
NEEDS_OBJECT = frozenset(_forms("needs_object"))  # "received": whom follows
SOURCE_OPENERS = _ordered("source_openers")
TOPIC_FRAMES = _ordered("topic_frames")
NAME_BEFORE_CUES = _words("name_before_phrases") | frozenset(_forms("before_name"))
INVERTED_CUES = frozenset(_forms("before_name"))  # "..., said the Minister."
NAME_LIST_OPENERS = _words("name_list_openers")
NEWS_PARTICIPLES = _words("news_participles")  # "..., said Ana Ruiz, announcing that she will ..."
LEADER_PARTICIPLES = _words("leader_participles")  # "the Trade Council led by the Chair, Tom Berg"
TENURE_PREPOSITIONS = _words("tenure_prepositions")  # "minister of trade since 2019"
PRESENT_COPULAS = _words("present_copulas")  # "Ana Ruiz is Peru's minister of trade"
DISTRIBUTING_ADVERBS = _words("distributing_adverbs")  # "the Chairs of A and B, respectively"
LIST_COPULAS = _role("name_list_openers", "copula")  # "The delegates were Ana Ruiz and Tom Berg"
SUCCESSION_VERBS = _words("succession_verbs")  # "who succeeded Mr. X as Consul": her post
STAND_IN_PHRASES = _words("stand_in_phrases")
DELEGATE_PHRASES = _words("delegate_phrases")  # "represented the Government at ..."
DELEGATION_NOUNS = _words("delegation_nouns")  # "a [delegation] from the Port Board"
ENVOY_PRINCIPAL_PHRASES = _words("envoy_principal_phrases")  # "representing President X"
DEATH_PHRASES = _words("death_phrases")
ABSENCE_CLAUSES = _words("absence_clauses")  # "who could not attend"
QUOTE_BACK_OPENERS = _words("quote_back_openers")  # "[With these words], the Minister opened ..."
MEMORY_VERBS = _words("memory_verbs")  # "recalled [his visit ..., when he met X]"
INVITATION_VERBS = _words("invitation_verbs")  # "invited [the President] to visit"
TRIP_INFINITIVES = _words("trip_infinitives")
OPEN_LETTER_NOUNS = _words("open_letter_nouns")
OCCASION_PREPOSITIONS = _words("occasion_prepositions")
TOPIC_BEFORE_ON = _words("topic_before_on")
CONDITION_OPENERS = _words("condition_openers")
ABSENT_GENITIVES = _words("absent_genitives")
LEADING_GENITIVES = _role("absent_genitives", "leading")  # "under the leadership of"
ABSENT_AGENTS = _role("absent_genitives", "agent")
GREETING_NOUNS = _role("absent_genitives", "greeting")
CONVEYING_VERBS = _words("conveying_verbs")
OWNER_GAP_ADVERBS = _words("owner_gap_adverbs")
PARTY_MEMBER_OPENERS = _words("party_member_openers")
OUTSIDE_CHANNELS = _ordered("outside_channels")  # "said in a statement", "told the agency"
ATTENDEE_WORDS = _words("attendee_words")  # "Ms. Ada Obi, a participant from Ghana, said"
CREDIT_WORDS = _ordered("credit_words")  # "(Photo: Ministry of Ports)"
SHARE_WORDS = _words("share_words")  # "Share on Facebook Share on X": a page's buttons
POINTER_LABELS = _ordered("pointer_labels")  # "READ ALSO: ...", "Tags: ...", "Related articles"
POSITION_MARKERS = _words("position_markers")  # "(right)" in a photo's caption
ANAPHORIC_OBJECTS = _words("anaphoric_objects")
OCCASION_PARTICIPLES = _words("occasion_participles")
SCENE_PREPOSITIONS = _words("scene_prepositions")  # "[During] the visit, which ran from 7 to 9 June, ..."
DOCUMENT_PARTICIPLES = _words("document_participles")  # "the protocol [signed] in Tolvo on 13 May"
# Words before a participle that make it a verb's, not a thing's: "was signed", "and signed".
NOT_THING_NOUNS = AUXILIARIES | COORDINATORS | PRONOUN_WORDS | ADVERBS | frozenset(BE_FORMS)
# What a meeting decided, after its main clause: ", adopting new catch limits".
OUTCOME_PARTICIPLES = _words("outcome_participles")
RESULT_PHRASES = _ordered("result_phrases")  # ", which resulted in ..."
OCCASION_NOUNS = _words("occasion_nouns")
VISIT_NOUNS = _words("visit_nouns")
VISIT_PURPOSE_VERBS = _words("visit_purpose_verbs")  # "called on the Minister to present ..."
TOUR_WORDS = _words("tour_words")  # "toured the terminal": a site gone round
HIJRI_MONTHS = _words("hijri_months")
BOILERPLATE_HEADINGS = _words("boilerplate_headings")
HEARER_CONTENT_MARKERS = _words("hearer_content_markers")
OPINION_PREPOSITIONS = _words("opinion_prepositions")
IDIOM_MODIFIERS = _words("idiom_modifiers")
FREQUENCY_WORDS = _words("frequency_words")
INFINITIVE_FRAMES = _words("infinitive_frames") | frozenset(_forms("infinitive_frame"))
GREETING_OBJECTS = _words("greeting_objects")
OCCASION_CLAUSE_OPENERS = _words("occasion_clause_openers")  # "..., officials said on Monday, as ..."
FOCUS_ADVERBS = _words("focus_adverbs")  # "said [only] four ships arrived": the content's
QUOTE_ONLY_CUES = _words("quote_only_cues")  # "“...,” she continued", "she went on"
QUOTE_ONLY_FIRSTS = frozenset(cue.split()[0] for cue in QUOTE_ONLY_CUES)
APPROXIMATE_COUNTS = _words("approximate_counts")  # "more than 80 delegates"
PARTICLE_ADJUNCT_NOUNS = _words("particle_adjunct_nouns")  # "spoke on [behalf] of the Mayor"
COMPOUND_PREPOSITIONS = frozenset(
    cast(tuple[str, str], tuple(p.split())) for p in _ordered("compound_prepositions")
)
CHAIRING_BEFORE = _ordered("chairing_before")
QUOTE_NAMING_WORDS = _words("naming_words") | frozenset(_forms("naming"))
QUOTE_ATTRIBUTION_TAIL = _words("quote_attribution_tail")
QUOTE_TIME_LEADS = _words("quote_time_leads")  # "“...,” she said [last week]."
QUOTE_SOURCE_NOUNS = _words("quote_source_nouns")  # "In the words of X, “...”"
QUOTE_LEAD_OBJECTS = _words("quote_lead_objects")  # "X had this to say: “...”"
SPEAKER_VERB_FILLERS = _words("speaker_verb_fillers")
NAME_VERB_FILLERS = _role("speaker_verb_fillers", "after_name")
AT_EVENT_WORDS = _ordered("at_event_words")
TAKING_PART_VERBS = _ordered("taking_part_verbs")
HEADLINE_NEWS_VERBS = _words("headline_news_verbs")
HABITUAL_ADVERBS = _role("habitual_words", "adverb")  # "met [regularly]"
HABITUAL_BASES = _role("habitual_words", "basis")  # "on a [regular] basis"
NARRATING_WORDS = _words("narrating_words")
NOT_PAST_ED = _role("not_past_ed", "narration")
NOT_PAST_TENSE = _role("not_past_ed", "tense")
ACCOUNT_NOT_PAST_ED = _role("not_past_ed", "account")
PARTICIPLE_LEADS = _words("participle_leads")
SITTING_NOUNS = _words("sitting_nouns")  # "held its fourth [meeting]", "the 38th ordinary [session] of"
GENERIC_EVENT_NOUNS = _words("generic_event_nouns")
COMPANION_MARKERS = _words("companion_markers")  # "Accompanied by the Permanent Secretary, ..."
JOINT_BODY_NOUNS = _words("joint_body_nouns")  # "the Joint Permanent Commission"
HEARING_NOUNS = _words("hearing_nouns")  # "The Committee held a [hearing] with the Minister"
SESSION_NOUNS = _words("session_nouns")  # "Closing the session, ..." after a panel
CREDENTIAL_NOUNS = _words("credential_nouns")  # "letters of credence"
VIDEO_WORDS = _words("video_words")  # "a video conference with the Minister"
FAREWELL_WORDS = _words("farewell_words")  # "called on the Speaker to bid farewell"
WELCOME_TO_VERBS = _words("welcome_to_verbs")  # "welcomed him to the Residence in Tolvik": a venue
ANNOUNCED_MODIFIERS = _words("announced_modifiers")  # "the upcoming conference": still to come
ARRIVAL_VERBS = _words("arrival_verbs")  # "Mr. Vos, who flew in on Wednesday": the journey's day
AHEAD_LEADS = _words("ahead_leads")  # "met ahead of the summit on Thursday": the summit's day
SCHEDULE_PRESENTS = _words("schedule_presents")  # "ends on Thursday": the coming Thursday
TOGETHER_VERBS = _ordered("together_verbs")
HEADLINE_SCENE_VERBS = _ordered("headline_scene_verbs")
STANCE_ADJECTIVES = _words("stance_adjectives")
PRAISING_ADJECTIVES = _words("praising_adjectives")
JUDGEMENT_ADJECTIVES = _words("judgement_adjectives")  # "It is vital that we act"
SESSION_COUNTS = _words("session_counts")
PARTY_NOUNS = _words("party_nouns")
LEADS_TO_ANOTHER_EVENT = _ordered("other_event_leads")
FRAMING_NOUNS = _words("framing_nouns")
THEME_NOUNS = _words("theme_nouns")
STATE_BODIES = _words("state_bodies")
GENERIC_SCOPES = _words("generic_scopes")
PARTICIPLE_BY = _words("participle_by")
PARTICIPLE_AFTER_COMMA = _words("participle_after_comma")
EVENT_NAME_JOINERS = _role("name_joiners", "event")
CHUNK_CONNECTORS = _role("name_joiners", "chunk")
HEADING_JOINERS = _role("name_joiners", "heading")  # "Embassy of Tolvara in the Republic of Karsk"
PHRASE_STOPS = _ordered("phrase_stops")
BRIEFING_VERBS = _ordered("briefing_verbs")

# --- Places (places.json) ----------------------------------------------------------------------

COUNTRIES = TABLES["countries"]
CITIES = TABLES["cities"]  # the hand table's and the gazetteer's
CAPITALS = TABLES["capitals"]  # country -> its capital ("Kenya" -> "Nairobi")
CITY_STARTS = TABLES["city_starts"]
KNOWN_PLACES = TABLES["known_places"]
STATES = TABLES["states"]
REGIONS = _words("regions")
FEATURE_WORDS = _words("feature_words")
PLACE_NAME_HEADS = _words("place_name_heads")  # "Bridge" of "at Lamu Bridge": a place, no person
PLACE_OPENERS = _words("place_openers")  # "Port" of "Port Louis"
VIRTUAL_CUES = _words("virtual_words")
REMOTE_HOST_VERBS = _words("remote_host_verbs")  # "a dialogue hosted from Varnholm"
PLACE_LEADS = _ordered("place_leads")
TRIP_LEADS = _ordered("trip_leads")
LOCATIVES = _words("locative_words") | frozenset(_forms("locative"))
NOT_PLACES = _words("not_places")
OUTCOME_PASTS = _words("outcome_pasts")
NOT_THIS_VISIT_WORDS = _words("not_this_visit_words")
SETTLEMENT_NOUNS = _words("settlement_nouns")
BASE_WORDS = _words("base_words")  # "resident [in] Ottawa": a home, not the event's place
STATE_FORM_NOUNS = _words("state_form_nouns")  # "the [Republic] of Belmora": a country by grammar
AREA_KIND_NOUNS = _words("area_kind_nouns")  # "Lake Sebora [chiefdom]"
STREET_NOUNS = _words("street_nouns")  # "at 22 Market [Street], Tolvo": the town after the address
CIVIC_BUILDINGS = _words("civic_buildings")  # "at Tolvo Town [Hall]": the town's own building
# "Va." and "VA" -> "Virginia": keyed without full stops, casefolded ("va")
STATE_ABBREVIATIONS = {
    word.replace(".", "").casefold(): str(state)
    for word, state in TABLES["maps"]["state_abbreviations"].items()
}
AREA_NOUNS = _words("area_nouns")  # "in the [north] of the country"
PLACE_MODIFIERS = _words("place_modifiers")
NOT_DATELINE_PLACES = _words("not_dateline_places")

# --- Calendar (calendar.json) ------------------------------------------------------------------

MONTHS = TABLES["months"]
DATE_LINE_MONTHS = _ints("date_line_months")  # "20 de marzo de 2025": a date line's own language
MONTH_NAMES = TABLES["month_names"]
WEEKDAY_NAMES = TABLES["weekdays"][:7]
WEEKDAYS = TABLES["weekdays"]
RELATIVE_DAYS = _ints("relative_days")
RELATIVE_WEEKS = _ints("relative_weeks")
RELATIVE_WEEKENDS = _ints("relative_weekends")  # "over the weekend": its Saturday and Sunday
RELATIVE_MONTHS = _ints("relative_months")
FOLLOWING_DAYS = _ints("following_days")
FOLLOWING_MONTHS = _ints("following_months")
WEEKDAY_LEADS = _ints("weekday_leads")
DAY_COUNTS = _ints("day_counts")
DAY_ORDINALS = _ints("day_ordinals")
ORDINAL_DAY_PARTS = _ordered("meeting_day_parts")
DEICTIC_TIMES = _ordered("deictic_times")
WHOLE_DAY_WORDS = _ordered("whole_day_words")
DAY_PARTS = _ordered("day_parts")
MONTH_LEADS = _ordered("month_leads")
DEADLINE_LEADS = _ordered("deadline_leads")
SINCE_LEADS = _words("since_leads")  # "has tripled since 2020": a year the text speaks after
FUTURE_MARKERS = _ordered("future_markers")
NOUN_FUTURE_MARKERS = _words("noun_future_markers")  # "held talks on Monday [ahead of] the summit"
ANNOUNCING_AUXILIARIES = _ordered("announcing_auxiliaries")
ANNOUNCING_ADVERBS = _ordered("announcing_adverbs")
ANNOUNCING_LIGHT_VERBS = _ordered("announcing_light_verbs")
ANNOUNCED_ENCOUNTERS = _ordered("announced_encounters")
TRIP_END_VERBS = _words("trip_end_verbs")
FUTURE_WORDS = _words("future_words")
LEAD_TENSES = _ints("lead_tenses")
PERIOD_PARTS = _ordered("period_parts")
DAY_RANGE_WORDS = _role("range_words", "day")
MONTH_RANGE_WORDS = _role("range_words", "month")
MONTHS_RANGE_WORDS = _role("range_words", "month_range")
DATE_PREPOSITIONS = _ordered("date_prepositions")
DATE_MODIFIERS = _ordered("date_modifiers")
MONTH_WHICH_WORDS = _words("month_which_words")
BEFORE_MONTH_WORDS = _ordered("before_month_words")
NOWADAYS_WORDS = _words("nowadays_words")
PUBLICATION_WORDS = _ordered("publication_words")
RELEASE_LABELS = _words("release_labels")
END_MARKS = _words("end_marks")  # "ENDS", "-30-", "###" under the last paragraph
METADATA_FIELDS = _words("metadata_fields")  # "[Author]: Press Office" beside a date line
PLACE_FIELDS = _words("place_fields")  # "[Location]: Nadi, Fiji" beside a date line
QUOTED_RELATIVE_KEYS = _words("quoted_relative_keys")
RELATIVE_DATE_KEYS = _ordered("relative_date_keys")
BACKGROUND_LEADS = _ordered("background_leads")
DURATION_CLOSES = _forms("closes_meeting") + _ordered("duration_close_words")
CLOSING_VERBS = frozenset(_forms("closes_meeting"))  # "ended", "closed", "concluded"
CLOSING_EVENTS = _words("closing_events")  # "The [week] concluded with a reception": no speaker
DURATION_OPENS = _forms("opens_meeting") + _ordered("duration_open_words")
TRIP_RETURNS = _ordered("trip_return_words")  # "returned on Sunday from a four-day mission"
