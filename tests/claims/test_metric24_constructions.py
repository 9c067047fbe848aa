"""Session 24 metric and recall constructions (sentences written for these tests, of reported facts).

The Atlantic alliance's share of GDP named by the alliance around the figure, with no metric word of its own
(alliancefigures.py): the level NATO agreed, in a relative clause after the figure; NATO's members moving toward it; a share
of GDP asked of allies; the members' share, "for NATO countries" before it in its clause. Each is a defence share."""
from helpers import pipeline_claims


def _claim(text, figure, title=None):
    found = [c for c in pipeline_claims(text, title=title) if c["figure_text"].startswith(figure)]
    assert found, f"no claim for {figure!r}"
    return found[0]


def test_the_level_nato_members_agreed_after_the_figure():
    text = "Hegseth said in Singapore that allies in Asia should move toward the 5% of GDP that NATO members agreed."
    assert _claim(text, "5%")["metric"] == "defense_spending"


def test_the_level_the_alliance_endorsed_after_the_figure():
    text = "Japan is under pressure to match the 3.5% of GDP which NATO leaders endorsed at The Hague in June 2025."
    assert _claim(text, "3.5%")["metric"] == "defense_spending"


def test_nato_members_moving_toward_a_share():
    text = "Hegseth told the Shangri-La Dialogue that Asian allies should follow Europe, where NATO members are moving toward 5% of GDP."
    claim = _claim(text, "5%")
    assert claim["metric"] == "defense_spending"
    assert claim["basis"] == "GDP"


def test_nato_allies_heading_for_a_share():
    text = "Since the Hague summit of June 2025, NATO allies are heading for 3.5% of GDP by 2035."
    assert _claim(text, "3.5%")["metric"] == "defense_spending"


def test_a_share_of_gdp_urged_for_allies():
    text = "At the Shangri-La Dialogue in May 2025, Hegseth urged 5% of GDP for Asian allies too."
    assert _claim(text, "5%")["metric"] == "defense_spending"


def test_the_members_share_named_before_it():
    text = "For all NATO countries, 5 percent is a huge amount of money."
    assert _claim(text, "5 percent", title="Finland is one of the top countries in NATO funding")["metric"] == "defense_spending"


def test_a_share_of_gdp_for_a_year_is_no_alliance_share():
    # no alliance named: a share of GDP "for" a year is not the alliance's
    text = "Greece's bailout set a primary surplus target of 3.5% of GDP for 2018."
    assert all(c["metric"] != "defense_spending" for c in pipeline_claims(text))


def test_a_growth_figure_beside_nato_members_is_left_alone():
    # the members named, but not right before the figure in its clause
    text = "Among NATO members in the east, Poland's economy grew 2.9% in 2024, the statistics office said."
    assert all(c["metric"] != "defense_spending" for c in pipeline_claims(text))


# A state's part of a common burden or of a fund it asks for is no market share (metric_cues.csv: "deliver its share",
# "pay its share", "highest shares", "asked for the largest share"): the story's metric, here its headline's defence.
DEFENCE_TITLE = "NATO allies raise defence spending"


def test_the_share_a_member_must_deliver():
    text = "Rutte said Spain would need about 3.5% to deliver its share."
    assert _claim(text, "3.5%", title=DEFENCE_TITLE)["metric"] == "defense_spending"


def test_the_largest_share_of_a_fund_a_state_asked_for():
    text = "Poland asked for the largest share, 43.7 billion euros, EU diplomats said."
    assert _claim(text, "43.7 billion", title="EU hands out defence loans")["metric"] == "defense_spending"


def test_a_ranked_share_among_the_allies():
    text = ("Greece spends about 3% of GDP on its armed forces, one of the highest shares in the alliance, and plans a 12-year "
            "armament programme worth around 25 billion euros.")
    assert _claim(text, "25 billion", title=DEFENCE_TITLE)["metric"] == "defense_spending"


def test_shares_in_listed_companies_stay_no_claim():
    text = "The Norwegian wealth fund owns about 1.5% of all listed shares in the world."
    assert pipeline_claims(text, title=DEFENCE_TITLE) == []


# Money to fight the Aids epidemic abroad is donors' aid (metric_cues.csv: "Aids fund", "fight the Aids epidemic",
# "Aids crisis", "tackle HIV/Aids"); weak words: a public body must be named, and a share of people stays none.
def test_an_aids_fund_a_minister_calls_for():
    claim = _claim("In 2005 Gordon Brown asked the G8 to back a £5.5bn Aids fund.", "£5.5bn")
    assert claim["metric"] == "development_aid"


def test_money_to_fight_the_aids_epidemic():
    text = "The Bush administration said in 2003 it would spend $15bn over five years to fight the Aids epidemic in Africa."
    assert _claim(text, "$15bn")["metric"] == "development_aid"


def test_money_needed_for_the_aids_crisis_in_poor_countries():
    text = "The United Nations said in 2005 that at least $10bn a year was needed to tackle the Aids crisis in poor countries."
    assert _claim(text, "$10bn")["metric"] == "development_aid"


def test_a_share_of_adults_infected_is_no_aid():
    text = "Botswana's Aids crisis left about 24% of its adults infected with HIV in 2005."
    assert all(c["metric"] != "development_aid" for c in pipeline_claims(text))


# An act's verb gapped before further subjects of their own ("Romania was allotted X, France and Hungary about Y each and
# Italy Z"): each further sum is an object of the same act (story.COORDINATED_GAP), of the story's metric, its target the
# subject named before it.
def test_sums_of_a_gapped_list_are_the_acts_too():
    text = "Lithuania was allotted about 6.4 billion euros, Portugal 5.8 billion euros and Latvia about 5.7 billion euros."
    claims = {c["figure_text"]: c for c in pipeline_claims(text, title="EU hands out SAFE defence loans")}
    assert claims["5.8 billion euros"]["metric"] == claims["5.7 billion euros"]["metric"] == "defense_spending"
    assert (claims["5.8 billion euros"]["target_code"], claims["5.7 billion euros"]["target_code"]) == ("PRT", "LVA")


def test_a_sum_each_of_two_subjects_and_a_third():
    text = "Romania was allotted 16.6 billion euros, France and Hungary 16.2 billion euros each and Italy 14.9 billion euros."
    figures = [c["figure_text"] for c in pipeline_claims(text, title="EU hands out SAFE defence loans")]
    assert figures == ["16.6 billion euros", "16.2 billion euros", "14.9 billion euros"]


# A budget or spending word sized against national income is a whole budget (the EU's), not the defence share a defence
# story's topic names (figures.py, after metric_of); a share of GDP in such a story stays the defence share.
DEFENCE_STORY = "EU leaders clash over defence spending"


def test_a_budget_kept_at_a_share_of_gni_in_a_defence_story():
    text = "The Netherlands has long pushed to keep the budget at 1% of gross national income."
    assert _claim(text, "1% of gross national income", title=DEFENCE_STORY)["metric"] == "public_spending"


def test_a_proposed_budget_as_a_share_of_gni():
    text = "The Commission proposed a budget of about 1.26% of gross national income for 2028 to 2034."
    assert _claim(text, "1.26% of gross national income", title=DEFENCE_STORY)["metric"] == "public_spending"


def test_spending_as_a_share_of_gdp_in_a_defence_story_stays_defence():
    text = "Spain's government said in April 2025 it would lift spending to 2% of GDP this year."
    assert _claim(text, "2% of GDP", title=DEFENCE_STORY)["metric"] == "defense_spending"


def test_spending_a_share_of_gni_on_defence_stays_defence():
    text = "Luxembourg said in 2025 it would spend 2% of its gross national income on defence this year."
    assert _claim(text, "2% of its gross national income", title=DEFENCE_STORY)["metric"] == "defense_spending"
