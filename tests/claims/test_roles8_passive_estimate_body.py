"""A passive estimate or projection that names no one ("X's debt is estimated at ...") is the estimate of an
organisation only when that organisation is the body the story reports or is named in the sentence or the one before
it; one named only further up (an IMF programme) made no estimate here (sentences written for these tests)."""
from tests.claims.helpers import pipeline_claims


def _claim(text, figure):
    return next(c for c in pipeline_claims(text) if c["figure_text"].startswith(figure))


def test_an_organisation_named_far_before_is_not_the_estimator():
    text = ("Zambia signed a standby accord with the International Monetary Fund last year. The copper price has since "
            "fallen by a third and mines have closed. Farm output rose after good rains in the north. Officials hope "
            "for better harvests next season. Zambia's total foreign debt is estimated at about 4.8 billion dlrs.")
    c = _claim(text, "4.8 billion")
    assert c["target_code"] == "ZMB"
    assert c["actor_code"] != "IMF"


def test_the_body_the_lead_reports_stays_the_estimator():
    text = ("NATO published its annual estimates of members' defence spending on Thursday. Portugal is estimated to "
            "have spent 1.6% of GDP on defence last year.")
    c = _claim(text, "1.6%")
    assert c["actor_code"] in ("NATO", None)
    assert c["target_code"] == "PRT"


def test_an_organisation_in_the_sentence_before_stays_the_estimator():
    text = ("The World Bank reviewed Ghana's finances this week. Ghana's external debt is estimated at 2.3 billion "
            "dlrs.")
    c = _claim(text, "2.3 billion")
    assert c["actor_code"] in ("WORLD_BANK", None)
