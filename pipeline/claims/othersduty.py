"""An obligation a speaker states for someone else with "has to", "have to", "will have to" or "would have to": the
speaker's demand on that subject, as "must" and "should" already are (actors.py: the modal's subject owes the figure,
the sentence's speaker asks it; claim._demand_roles).

"'European allies have to spend 3.5% of GDP on defence,' said the U.S. defense secretary", "NATO told Spain that its
defence spending would have to reach 3.5%" (ANNOTATION.md: the actor presses the target to reach the figure). The
stance lexicon reads these phrases as a future (stance_cues.csv: a plan or a level to come, "the state has to take on
new debt"), which stays when no one else states it, when the speaker is the subject's own state or body ("'We have to
spend 3.5%,' said Germany's defence minister", "Germany must", said by Germany's minister), or when the verb after the
phrase does not move the figure ("would have to show it could meet its targets with 2.1%").
Reads the names the sentence already holds (voices.modal_subject, voices.speaker): no scan beyond the clause."""
from __future__ import annotations

import regex

from . import entities as _entities
from . import voices as _voices
from .actors import _speaker_after, reported_by
from .lexicon import listed_words, words_alternation

# the duty phrases a speaker may state for another subject (duty_phrases.csv, column others; compared as lower-case text with
# single spaces)
OTHERS_DUTY = frozenset(listed_words("duty_phrases.csv", "phrase", where="others"))
DUTY_TYPES = frozenset({"commitment", "forecast"})  # what the lexicon's future makes of the phrase

# the verb right after the phrase moves or sets the figure it governs ("have to spend", "would have to reach", "has to
# cut its deficit to"; figure_verbs.csv, column duty): within a few words of the figure
FIGURE_VERB = regex.compile(r"\s+(?:(?:\w+ly|also|still|now|at\s+least)\s+)?(?:"
                            + words_alternation(listed_words("figure_verbs.csv", "verb", where="duty")) + r")\b",
                            regex.IGNORECASE)
VERB_REACH = 8  # words from the verb to the figure


def others_duty(sc, fig: dict, clause, claim_type: str, st, actor_code, actor_text, target_code, target_text) -> tuple:
    """(claim_type, actor_code, actor_text, target_code, target_text): the speaker's demand on the subject of "has to"
    when the speaker is another coded voice than the subject; else unchanged."""
    unchanged = claim_type, actor_code, actor_text, target_code, target_text
    cue = st.cue
    if cue is None or claim_type not in DUTY_TYPES or st.how != "governing" or fig.get("head") is not None:
        return unchanged
    text, ctx, sentence = sc.text, sc.ctx, sc.sentence
    if " ".join(text[cue.start:cue.end].lower().split()) not in OTHERS_DUTY or cue.end > fig["char_start"]:
        return unchanged
    verb = FIGURE_VERB.match(text, cue.end, fig["char_start"])
    if verb is None or _voices.count_words(text[verb.end():fig["char_start"]]) > VERB_REACH:
        return unchanged
    owed = _voices.modal_subject(ctx, sentence, clause, cue)
    if owed is None or not owed.code:
        return unchanged
    span = (fig["char_start"], fig["end"])
    asks = _voices.speaker(ctx, sentence, cue.start) or _voices.asker(ctx, sentence, owed) \
        or _speaker_after(ctx, sentence, span, owed)
    if asks is None or not asks.code:
        return unchanged
    if _chief_of_members(asks, owed):  # (its chief reports for the organisation: no member's own voice)
        return "demand", asks.code, asks.surface, owed.code, owed.surface
    if asks.code == owed.code or reported_by(ctx, sentence, owed.code, owed):
        return unchanged
    return "demand", asks.code, asks.surface, owed.code, owed.surface


def _chief_of_members(asks, owed) -> bool:
    """Whether the speaker is an official of an organisation (its chief: a person or an institution, not the members
    themselves) stating a duty of its members as a group ("NATO Secretary General Mark Rutte told allies in December that
    they would have to spend considerably more than 2%", modern53): the organisation's demand on its members (ANNOTATION.md:
    a level the alliance's chief says members need is its demand), though both bear the organisation's code. The speaker
    named by the organisation and its office ("NATO's secretary general has said allies would have to spend well above
    3%", "The NATO chief said ..."), which the gazetteer reads as the organisation itself, speaks for it alike."""
    return owed.kind == "group" and asks.kind in ("person", "institution", "organisation") \
        and owed.code in _entities.ORGANISATION_CODES


# every member of a group "expected to" move the figure ("every ally, Spain included, was expected to reach 3.5%", "all
# allies are expected to spend 2% of GDP"): what a speaker says is expected of each member is asked of them, a demand, as
# "every ally must spend 3.5%" is (the lexicon's "expected to" foresees; a single state "expected to reach 2% this year,
# NATO estimates" is still a forecast)
EXPECTED_OF_ALL = regex.compile(r"\b(?:every|each|all)\s+(?:(?:of\s+the\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?)"
                                r"(?:ally|allies|member|members|member\s+states?|nations?|countries|country)\b"
                                r"(?:\s*,[^,;]{1,40},)?\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:\w+ly\s+|now\s+|also\s+)?"
                                r"expected\s+to" + FIGURE_VERB.pattern + r"(?:\s+\S+){0," + str(VERB_REACH) + r"}?\s+$",
                                regex.IGNORECASE)
EXPECTED_TYPES = frozenset({"commitment", "forecast"})
EXPECTED_REACH = 200  # chars before the figure


def expected_of_all(text: str, lo: int, start: int, claim_type: str) -> bool:
    """Whether the figure at ``start`` is what every member of a group is expected to reach (searched from ``lo``)."""
    return claim_type in EXPECTED_TYPES and "expected" in text[max(lo, start - EXPECTED_REACH):start] \
        and EXPECTED_OF_ALL.search(text, max(lo, start - EXPECTED_REACH), start) is not None


def expected_of_all_roles(sc, fig: dict, clause, claim_type: str, actor_code, actor_text, target_code, target_text) -> tuple:
    """(claim_type, actor_code, actor_text, target_code, target_text): the speaker's demand on every member of a group
    expected to reach the figure (EXPECTED_OF_ALL), its target a state the subject names ("every ally, Spain included")
    else the group; unchanged where no coded speaker states it."""
    unchanged = claim_type, actor_code, actor_text, target_code, target_text
    # (searched from the sentence's start: the subject's aside, "every ally, Spain included, was expected to", may cut the
    # figure's clause)
    if fig.get("head") is not None or not expected_of_all(sc.text, sc.sentence.start, fig["char_start"], claim_type):
        return unchanged
    text, ctx, sentence, start = sc.text, sc.ctx, sc.sentence, fig["char_start"]
    m = EXPECTED_OF_ALL.search(text, max(sentence.start, start - EXPECTED_REACH), start)
    k = text.find("expected", m.start(), start)
    named = [e for e in ctx.entities(sentence) if e.code and m.start() <= e.start and e.end <= k and e.kind != "pronoun"]
    states = [e for e in named if _entities.is_state(e.code)]
    owed = states[0] if states else named[0] if named else None
    asks = _voices.speaker(ctx, sentence, m.start())
    if asks is None:  # "..., Rutte said", "U.S. ambassador to NATO Matthew Whitaker said ...": the sentence's reporter
        who = _voices.reporter(ctx, sentence, (start, fig["end"]))
        asks = who if who is not None and (who.start > fig["end"] or who.end <= m.start()) else None
    if asks is None or not asks.code or (owed is not None and asks.code == owed.code and owed.kind != "group"):
        return unchanged
    if owed is None:
        return "demand", asks.code, asks.surface, target_code, target_text
    return "demand", asks.code, asks.surface, owed.code, owed.surface


def _duty_before(phrase: str) -> "regex.Pattern[str]":
    """A duty phrase, its figure verb and up to VERB_REACH words right before the figure, as text (for the model checks,
    which read the text only)."""
    return regex.compile(r"\b(?:" + phrase + r")" + FIGURE_VERB.pattern + r"(?:\s+\S+){0," + str(VERB_REACH) + r"}?\s+$",
                         regex.IGNORECASE)


# the phrase (duty_phrases.csv, column before) and its figure verb right before the figure
DUTY_BEFORE = _duty_before(words_alternation(listed_words("duty_phrases.csv", "phrase", where="before")))
REACH = 120  # chars before the figure


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' demand of a speaker on another's "has to", or on every member "expected to" reach the figure,
    stands against the model's other type (the model reads the subject's "has to" as its own plan or a level to come)."""
    if claim.get("claim_type") != "demand" or new == "demand" or not claim.get("actor_code"):
        return False
    start = claim["char_start"]
    if expected_of_all(text, s0, start, "forecast"):  # (the alliance's chief may ask it of the alliance's members)
        return True
    if not claim.get("target_code") or (claim["actor_code"] == claim["target_code"]
                                        and claim["actor_code"] not in _entities.ORGANISATION_CODES):
        return False  # (an organisation's demand on its own members stands: _chief_of_members)
    return DUTY_BEFORE.search(text, max(s0, start - REACH), start) is not None


# a state's own need or duty before the figure ("Denmark needs to spend more than 3%", said by its prime minister; "Tusk
# has said Poland should spend 5% of GDP", session 23): the rules' commitment (claim._demand_roles: a state's own need or
# duty, which no one else presses on it, is its plan): the phrases of duty_phrases.csv, column own
OWN_DUTY_BEFORE = _duty_before(words_alternation(listed_words("duty_phrases.csv", "phrase", where="own")))


def own_duty_stands(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' commitment of a state's own need or duty stands against the model's demand (the model reads
    "needs to" as pressed on the subject, whoever says it)."""
    if claim.get("claim_type") != "commitment" or new != "demand" or not claim.get("actor_code") \
            or claim["actor_code"] != claim.get("target_code"):
        return False
    start = claim["char_start"]
    return OWN_DUTY_BEFORE.search(text, max(s0, start - REACH), start) is not None
