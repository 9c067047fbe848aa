"""A state's figure an observing organisation states, in a sentence that opens with the organisation.

"The International Monetary Fund forecasts the debt ratio at about 92% by 2030", in a story on Brazil: the IMF forecasts
(actor), the figure is Brazil's (target). Observing organisations (``observer_orgs.csv``: IMF, OECD, World Bank ...) state
other states' deficits and debts and have none of their own (ANNOTATION.md: an organisation's estimate or forecast of a
state's figure, actor the organisation, target the state); the rule that gives a sentence's opening organisation the
figures it "faces" (``claim.opening_organisation``: "The Commission, facing a five billion Ecu budget deficit") is for
organisations with budgets of their own. Only a level or forecast of a state's finances whose owner the sentence leaves
unnamed (target and actor both the observer); a forecast only.
"""
from __future__ import annotations

from . import entities as _entities
from .actors import STATE_FINANCES, observers

REPORTED = frozenset({"forecast"})  # (a level "rescheduled" or "committed" in such a sentence may be no state's)


def observed_state(sc, fig: dict, claim_type: str, actor_code, target_code, target_text) -> tuple:
    """(target_code, target_text): the story's state for an observer's figure of state finances it was made the owner of."""
    if claim_type not in REPORTED or target_code is None or target_code != actor_code or target_code not in observers() \
            or fig["metric"] not in STATE_FINANCES or fig.get("head") is not None:
        return target_code, target_text
    state = sc.ctx.previous_state(fig["char_start"])
    if state is None or not _entities.is_state(state):
        return target_code, target_text
    return state, None
