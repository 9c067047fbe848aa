"""A figure "set to" move on its own ("Income tax is set to increase to 22%", "Council tax is set to rise by about 4%"): the
reporter's outlook, a ``forecast`` (claimtype.tense_type: "set to" with a movement verb decides nothing unless a state is
itself the subject, "Poland is set to reach 4.7%", or the act is transitive, "the government is set to raise VAT").

The learned claim_type read such a figure of a policy instrument as the government's commitment (the future of an
instrument, stance_cues.csv); every dev gold line of the construction accepts ``forecast`` ("Council tax in Scotland is set
to rise by an average of about 4%" accepts it alone), so the rules' forecast stands against the model (``rules_stand``)
where the movement's verb governs the figure: within a few words of it, no comma between, and no name right before the
copula (a state as the subject is the rules' commitment, never this forecast). Pure: reads the text before the figure only.
The words of the construction (movement verbs, the determiners of a transitive act, copulas, adverbs) are
set_to_move_words.csv."""
from __future__ import annotations

import regex

from .lexicon import Guarded, listed_words, words_alternation

WORDS = "set_to_move_words.csv"  # the construction's words, each of a kind
# the movement "set to" takes (claimtype.SET_TO_MOVE: not a transitive act, "set to raise its", "set to reach the";
# set_to_move_words.csv, kinds movement and object)
SET_TO_MOVE = regex.compile(r"set\s+to\s+(?:\w+ly\s+)?(?:" + words_alternation(listed_words(WORDS, kind="movement")) + r")\b"
                            r"(?!\s+(?:" + words_alternation(listed_words(WORDS, kind="object")) + r")\s)", regex.IGNORECASE)
# the copula, "set to", its movement and up to five words (no comma) to the figure, for the stand against the model (kinds
# copula and adverb)
SET_TO_MOVE_BEFORE = Guarded(regex.compile(
    r"(?P<before>\S+)\s+(?:" + words_alternation(listed_words(WORDS, kind="copula")) + r")\s+(?:\w+ly\s+|"
    + "|".join(words_alternation([w]) + r"\s+" for w in listed_words(WORDS, kind="adverb")) + r")?" + SET_TO_MOVE.pattern
    + r"(?:\s+[^\s,;]+){0,5}?\s+$", regex.IGNORECASE), ("set",))
REACH = 120  # chars before the figure
TURNED = frozenset({"commitment", "actual"})  # what the model made of it


def rules_stand(text: str, claim: dict, new: str, s0: int) -> bool:
    """Whether the rules' forecast of a figure set to move on its own stands against the model's commitment or level."""
    if claim.get("claim_type") != "forecast" or new not in TURNED:
        return False
    start = claim["char_start"]
    m = SET_TO_MOVE_BEFORE.search(text, max(s0, start - REACH), start)
    return m is not None and not m.group("before")[:1].isupper()


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
