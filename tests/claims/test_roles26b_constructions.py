"""Session 26b role constructions (own sentences): who states a figure.

- The staff of a state body named by the body's capitalised name right before the staff noun ("an Agriculture
  Department economist said", "a Treasury economist", "a Bundesbank economist") speak for the body and so for its state
  (ANNOTATION.md: a ministry or official reporting a level -> its country); an economist of a firm or an institute, or
  of a bank's lower-case "research department", stays an uncoded voice, actor null (speakers.STAFF_BODY_BEFORE,
  staff_body_words.csv).
"""
import pytest
from helpers import claims_of, mention

pytest.importorskip("pipeline.claims.gazetteer")

USD = dict(unit="currency", currency="USD")


def _roles(text, spec, title):
    cs = claims_of(text, *(mention(text, s, v, **u) for s, v, u in spec), title=title)
    return {c["figure_text"]: (c["actor_code"], c["target_code"]) for c in cs}


def test_department_economist_speaks_for_the_state():
    text = ("Government spending on farm support programs reached a record 25.8 billion dlrs in fiscal 1986, "
            "an Agriculture Department economist said.")
    got = _roles(text, [("25.8 billion dlrs", 25.8e9, USD)], "U.S. farm support costs at record")
    assert got["25.8 billion dlrs"] == ("USA", "USA")


def test_commerce_department_economist_before_the_figure():
    text = "A Commerce Department economist said the federal budget deficit was 221 billion dlrs in fiscal 1986."
    got = _roles(text, [("221 billion dlrs", 221e9, USD)], "U.S. deficit record in 1986")
    assert got["221 billion dlrs"] == ("USA", "USA")


def test_budget_office_analyst_speaks_for_the_state():
    text = ("The federal deficit fell to about 150 billion dlrs in fiscal 1987, a Congressional Budget Office "
            "analyst said.")
    got = _roles(text, [("150 billion dlrs", 150e9, USD)], "U.S. deficit falls in 1987")
    assert got["150 billion dlrs"] == ("USA", "USA")


def test_firm_economist_stays_uncoded():
    # the contrast: an economist of a securities firm is no one the contract codes
    text = ("The federal budget deficit was 221 billion dlrs in fiscal 1986, a Salomon Brothers economist said.")
    got = _roles(text, [("221 billion dlrs", 221e9, USD)], "U.S. deficit record in 1986")
    assert got["221 billion dlrs"][0] is None


def test_lower_case_department_is_no_state_body():
    # (case as written: a firm's lower-case "research department" is no state body's name)
    text = ("The federal budget deficit was 221 billion dlrs in fiscal 1986, a Shearson Lehman research department "
            "economist said.")
    got = _roles(text, [("221 billion dlrs", 221e9, USD)], "U.S. deficit record in 1986")
    assert got["221 billion dlrs"][0] is None
