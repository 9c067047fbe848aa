"""A stance word inside an aside between commas that closes before the figure does not govern it: "Norway, one of the few
donors to hold its line, will again give about 1% of its gross national income" (the aside's "hold" is the group's, the
figure is what Norway "will give"). The figure's stance is read again without the aside's cues (stance.stance_of), so its
actor is the subject the aside interrupts (roles.outside_aside). Asides are roles.aside_regex's (a comparison, a relative
clause, an apposition ranking or placing the subject: ", the weakest spender after Belgium,", ", one of the few donors
...,"); with no cue after the aside, the clause's cues before it ("expects a deficit of 2.9% next year, just under the EU's
3% limit, after about 0.9% in 2024": the expectation's, a level it comes after). Reads the figure's clause only.
"""
from __future__ import annotations

from . import roles as _roles
from . import stance as _stance


def outside_aside(text: str, sentence, clause, fig: dict, st, stance_hits):
    """The figure's stance read without the cues of an aside that closes before it, when its governing cue is one of
    them; else the stance as it is."""
    cue, start = st.cue, fig["char_start"]
    if cue is None or cue.end > start or st.how == "attributive":
        return st
    asides = [m.span() for m in _roles.aside_regex().finditer(text, max(sentence.start, cue.start - 130), start)
              if m.start() < cue.start and cue.end <= m.end() <= start]
    if not asides:
        return st
    lo, hi = asides[-1]
    rest = [h for h in stance_hits if not (lo <= h.start and h.end <= hi)]
    found = _stance.stance_of(text, (max(clause[0], hi), clause[1]), start, fig["end"], rest)
    if found.cue is None:
        # "expects a deficit of 2.9% next year, just under the EU's 3% limit, after about 0.9% in 2024": no cue after the
        # aside; the clause's own cues before it govern, as if the aside were not there
        found = _stance.stance_of(text, clause, start, fig["end"], rest)
    return found if found.cue is not None else st
