"""Session 26b role constructions (own sentences): who states a figure.

- The staff of a state body named by the body's capitalised name right before the staff noun ("an Agriculture
  Department economist said", "a Treasury economist", "a Bundesbank economist") speak for the body and so for its state
  (ANNOTATION.md: a ministry or official reporting a level -> its country); an economist of a firm or an institute, or
  of a bank's lower-case "research department", stays an uncoded voice, actor null (speakers.STAFF_BODY_BEFORE,
  staff_body_words.csv).
- A speaker the gazetteer does not know, introduced by an apposition of his post in a coded body ("Jim Billington, a
  member of the Farm Credit Administration board (which regulates the system), said"), speaks for that body: its state
  (apposedstaff.apposed_body, apposed_staff_nouns.csv); a coded name before the apposition ("Poland, a member of NATO,
  said") stays the speaker.
- "Congress should spend" said by another coded voice of the same state (an agency's board member) is that voice's call
  on the legislature, a demand, not the state's own commitment (claim._legislature_pressed; ANNOTATION.md, U.S. budget
  fights).
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


def _claims(text, spec, title):
    cs = claims_of(text, *(mention(text, s, v, **u) for s, v, u in spec), title=title)
    return {c["figure_text"]: c for c in cs}


def test_board_member_in_apposition_speaks_for_the_agency():
    text = ("Jim Billington, a member of the Farm Credit Administration board, said Congress should provide at least "
            "800 mln dlrs to shore up the farm credit system.")
    c = _claims(text, [("800 mln dlrs", 800e6, USD)], "U.S. farm credit system seeks aid")["800 mln dlrs"]
    assert (c["actor_code"], c["target_code"]) == ("USA", "USA")
    assert c["claim_type"] == "demand"  # an agency's call on Congress, not the state's own commitment


def test_board_member_with_relative_clause_after_the_body():
    text = ("Jim Billington, a member of the Farm Credit Administration board which regulates the lenders, said "
            "Congress should plan to spend at least 800 mln dlrs on the system.")
    c = _claims(text, [("800 mln dlrs", 800e6, USD)], "U.S. farm credit system seeks aid")["800 mln dlrs"]
    assert (c["actor_code"], c["target_code"], c["claim_type"]) == ("USA", "USA", "demand")


def test_coded_name_before_a_membership_apposition_stays_the_speaker():
    text = "Poland, a member of NATO since 1999, said it would spend 4.7% of GDP on defence in 2025."
    c = _claims(text, [("4.7% of GDP", 4.7, {})], "Poland to spend 4.7 pct on defence")["4.7% of GDP"]
    assert (c["actor_code"], c["target_code"]) == ("POL", "POL")


def test_committee_chairman_in_apposition_proposes_for_congress():
    # the speaker is the legislature's own committee: its call on Congress is its proposal (U.S. budget fights), the
    # apposition names the committee (not a demand pressed by another branch)
    text = ("Lawton Chiles, chairman of the Senate Budget Committee, said Congress should raise at least 18 billion dlrs "
            "in new revenues.")
    c = _claims(text, [("18 billion dlrs", 18e9, USD)], "Senate budget writers seek new revenues")["18 billion dlrs"]
    assert (c["actor_code"], c["target_code"]) == ("USA", "USA")
    assert c["claim_type"] == "proposal"
