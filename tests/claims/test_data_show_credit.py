"""A body whose data a sentence quotes after the figure ("..., Eurostat figures show") reports the level, like "according
to Eurostat figures"; a country before "figures show" is not credited this way. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402
from pipeline.claims import roles  # noqa: E402


def test_data_show_pattern():
    text = "Eurostat figures show"
    assert roles._data_show().match(text, len("Eurostat"))
    text = "the IMF's latest data showed"
    assert roles._data_show().match(text, len("the IMF"))
    text = "Eurostat said"
    assert not roles._data_show().match(text, len("Eurostat"))


def test_eurostat_figures_show_credits_eurostat():
    c = pipeline_claim("WARSAW - Poland's public debt rose to 55.3% of GDP last year, Eurostat figures show.",
                       "55.3% of GDP")
    assert (c["actor_code"], c["target_code"]) == ("EU", "POL")
