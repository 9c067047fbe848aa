"""A level or forecast that names no speaker of its own goes on with the speaker of the sentences before it: when that is
one the contract leaves uncoded (an institute, a bank, economists, sources), the actor is null, not the state the figure
belongs to (own sentences; needs the gazetteer)."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_roles as roles  # noqa: E402


INSTITUTE = ("Norway's economy should recover next year, the Oslo Institute of Applied Forecasting (OIAF) said on Monday. "
             "Inflation is expected to ease, it said. "
             "The 1988 budget deficit is forecast to be 12.5 billion crowns against 14.1 billion this year.")


def test_institute_in_the_lead_speaks_for_later_passive_forecasts():
    assert roles(INSTITUTE, "12.5 billion") == (None, "NOR")


def test_bank_named_with_a_reuters_ticker_speaks_through_it_said():
    text = ("The government must cut spending sharply in its next budget, the Harbour Banking Corp Ltd <HBCL.S> said. "
            "A cut of one billion dlrs would not be enough against a 9 billion dlr budget deficit, it said in its "
            "quarterly review.")
    assert roles(text, "9 billion")[0] is None


def test_economists_forecasts_named_as_a_noun():
    text = ("Economists' forecasts for the March budget deficit of the United States range from 15 billion dlrs "
            "to 22 billion dlrs.")
    assert roles(text, "22 billion")[0] is None


def test_analyst_of_a_firm_named_again_by_surname_or_pronoun():
    text = ("Economists expect a wider U.S. budget deficit in April. Jane Doyle of Eastbridge Securities Inc said tax "
            "receipts were weak. She forecast an April budget deficit of 31 billion dlrs.")
    assert roles(text, "31 billion")[0] is None


def test_sources_say():
    text = "The sources said Kenya had an annual debt service bill of 600 mln dlrs."
    assert roles(text, "600 mln")[0] is None


def test_official_named_again_by_surname_keeps_the_state():
    # the lead quotes economists, but the finance minister named with his title acts later by surname alone
    text = ("Chile's Finance Minister Pablo Reyes is expected to present a tight budget, economists told Reuters. "
            "They said growth would stay weak this year. "
            "Last April Reyes cut the corporate tax rate to 20 pct from 25 pct.")
    assert roles(text, "20 pct")[0] == "CHL"


def test_sources_of_a_state_body_are_not_uncoded_speakers():
    from pipeline.claims.speakers import UNKNOWN_SPEAKER
    assert UNKNOWN_SPEAKER.search("a deficit of 30 billion dlrs, committee sources said") is None
    assert UNKNOWN_SPEAKER.search("government sources said the deficit would widen") is None
    assert UNKNOWN_SPEAKER.search("diplomatic sources said the debt was 4 billion") is not None


def test_ministry_statement_keeps_the_state():
    # a coded speaker in the lead: later speaker-less levels stay the state's (or null), never an uncoded relay
    text = ("Denmark's budget deficit will narrow next year, the Finance Ministry said on Tuesday. "
            "The deficit is forecast at 8.2 billion crowns in 1988.")
    assert roles(text, "8.2 billion")[0] in ("DNK", None)
