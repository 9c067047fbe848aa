"""Carry-over: a figure whose sentence has no metric word goes on with the topic the sentence before names, when that
sentence holds no figure of its own (own sentences, none from a corpus)."""
from helpers import Sentence, mention


def _claims(parts, specs, title=None):
    """Claims of a text made of `parts` (one sentence each); specs: (sentence no, surface, value, unit)."""
    from pipeline.claims import find_claims
    text, sentences = "", []
    for k, part in enumerate(parts):
        start = len(text) + (1 if text else 0)
        text = (text + " " if text else "") + part
        sentences.append(Sentence(k, start, len(text)))
    ms = []
    for k, surface, value, unit in specs:
        m = mention(text, surface, value, unit, occurrence=text[:sentences[k].start].count(surface))
        m["sentence_index"] = k
        ms.append(m)
    return find_claims({"text": text, "title": title, "published": None, "article_id": "t"}, sentences, ms)


def test_pronoun_after_a_figureless_topic_sentence_takes_its_metric():
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "Most of the savings come from a higher value added tax.",
             "That alone brings in about 4 billion crowns."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "4 billion crowns", 4e9, "currency")])
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "tax_revenue"]


def test_no_carry_without_a_continuation_word():
    # the third sentence does not go on with the tax ("Shares of ... rose"): no claim
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "Most of the savings come from a higher value added tax.",
             "Coach tickets sold for 40 crowns at the weekend."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "40 crowns", 40, "currency")])
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_no_carry_across_two_topics():
    # the sentence before names two metrics: no single topic to carry
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "Both the public debt and defence spending are under review.",
             "It could reach 4%."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "4%", 4, "percent")])
    assert all(c["value"] != 4 or c["metric"] not in ("public_debt", "defense_spending") for c in claims)


def test_no_carry_from_a_company_sentence():
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "The company's shares fell on the income tax news.",
             "It lost 3% in early trading."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "3%", 3, "percent")])
    assert [c["value"] for c in claims] == [2.5]


def test_no_carry_in_an_article_without_a_policy_claim():
    # no scored claim before and no policy headline: a figureless tax sentence sets no topic
    parts = ["The festival drew record crowds this summer.",
             "Organisers complained about the entertainment tax.",
             "It cost them 20,000 crowns."]
    claims = _claims(parts, [(2, "20,000 crowns", 20000, "currency")])
    assert claims == []


def test_sum_out_of_an_anaphoric_words_reach_goes_on_with_the_topic():
    # "to reach" governs the share after it; the sum before it, which it does not reach, is the plan's defence sum
    parts = ["Norway's defence budget will be 40 billion crowns next year.",
             "Oslo plans 75 billion crowns in 2030, when it wants to reach 3%."]
    claims = _claims(parts, [(0, "40 billion crowns", 4e10, "currency"), (1, "75 billion crowns", 7.5e10, "currency"),
                             (1, "3%", 3, "percent")])
    assert [(c["value"], c["metric"]) for c in claims] == [(4e10, "defense_spending"), (7.5e10, "defense_spending"),
                                                           (3, "defense_spending")]


def test_anaphoric_word_alone_after_a_company_story_makes_no_claim():
    # nothing before is a policy claim: "to reach" alone does not make the sum a state's
    parts = ["Acme Corp sold 40,000 cars last year.",
             "It plans 75 million crowns of investment in 2030, when it wants to reach a 3% market share."]
    claims = _claims(parts, [(1, "75 million crowns", 7.5e7, "currency"), (1, "3%", 3, "percent")])
    assert claims == []


def test_topic_sentence_two_back_sets_an_opening_figure():
    # a figureless sentence with no metric word stands between the topic and the figure that opens its sentence
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "The cabinet has also agreed on welfare savings.",
             "Ministers argued about it for weeks.",
             "300 million crowns will come from hospital administration."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (3, "300 million crowns", 3e8, "currency")])
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "public_spending"]


def test_topic_is_not_carried_past_a_sentence_with_a_figure():
    # the topic sentence is followed by a decoy figure's sentence: the opening figure after it is not the topic's
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "The cabinet has also agreed on welfare savings.",
             "The weekly ferry ticket costs 40 crowns.",
             "300 million crowns came in from lottery sales."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "40 crowns", 40, "currency"),
                             (3, "300 million crowns", 3e8, "currency")])
    assert [c["value"] for c in claims] == [2.5]


def test_repeated_head_noun_goes_on_with_the_claim_before():
    parts = ["Government borrowing stood at 9 billion crowns last year, the statistics office said.",
             "Borrowing in the last quarter rose to 3 billion."]
    claims = _claims(parts, [(0, "9 billion crowns", 9e9, "currency"), (1, "3 billion", 3e9, "currency")])
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "fiscal_deficit"]


def test_other_opening_noun_does_not_go_on():
    parts = ["Government borrowing stood at 9 billion crowns last year, the statistics office said.",
             "Ticket sales in the last quarter rose to 3 billion."]
    claims = _claims(parts, [(0, "9 billion crowns", 9e9, "currency"), (1, "3 billion", 3e9, "currency")])
    assert [c["value"] for c in claims] == [9e9]


def test_firm_that_speaks_does_not_govern_the_figure():
    from helpers import claims_of
    text = "Jane Doe of Example Securities Corp, expects a 26 billion dlr February budget deficit."
    claims = claims_of(text, mention(text, "26 billion dlr", 2.6e10, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit"]


def test_weak_word_repeating_a_specific_one_survives_a_firm_speaker():
    from helpers import claims_of
    text = ("John Roe of Example Securities Co expects the February budget deficit to total 27 billion dlrs and the "
            "fiscal 1987 deficit to be 190 billion dlrs.")
    claims = claims_of(text, mention(text, "27 billion dlrs", 2.7e10, "currency"),
                       mention(text, "190 billion dlrs", 1.9e11, "currency"))
    assert [c["metric"] for c in claims] == ["fiscal_deficit", "fiscal_deficit"]


def test_firm_own_figures_still_no_claim():
    from helpers import claims_of
    text = "Acme Corp said its profits rose 5% and it expects to spend 200 mln dlrs on new plants."
    claims = claims_of(text, mention(text, "5%", 5), mention(text, "200 mln dlrs", 2e8, "currency"))
    assert claims == []


def test_level_a_restatement_moves_from_is_where_it_stands():
    parts = ["Ruritania will raise defence spending to 2.6% of GDP in 2027, the prime minister said.",
             "That is up from 2.3% now."]
    claims = _claims(parts, [(0, "2.6%", 2.6, "percent"), (1, "2.3%", 2.3, "percent")])
    assert [(c["metric"], c["claim_type"]) for c in claims] == [("defense_spending", "commitment"),
                                                                ("defense_spending", "actual")]


def test_restatement_still_takes_the_stance_before():
    parts = ["Ruritania will raise defence spending to 2.6% of GDP in 2027, the prime minister said.",
             "That is an increase of 0.3 points."]
    claims = _claims(parts, [(0, "2.6%", 2.6, "percent"), (1, "0.3 points", 0.3, "percentage_points")])
    assert [c["claim_type"] for c in claims] == ["commitment", "commitment"]


def test_headline_alone_sets_no_topic_for_a_company_sentence():
    # a policy word in the headline and a figure-less sentence, but no claim yet: "It said the contract ..." is the firm's
    parts = ["Acme Systems said it received a navy contract for military radios.",
             "It said the contract is worth 9 million dlrs."]
    claims = _claims(parts, [(1, "9 million dlrs", 9e6, "currency")], title="ACME WINS NAVY DEFENCE CONTRACT")
    assert claims == []


def test_continuation_noun_phrase_goes_on_with_the_claim_before():
    parts = ["Ruritania will spend 9 billion crowns more on defence this year, the prime minister said.",
             "The bill brings the total to 62 billion crowns."]
    claims = _claims(parts, [(0, "9 billion crowns", 9e9, "currency"), (1, "62 billion crowns", 6.2e10, "currency")])
    assert [c["metric"] for c in claims] == ["defense_spending", "defense_spending"]


def test_continuation_words_are_data():
    from pipeline.claims.lexicon import read_rows
    assert {"it", "the bill", "the total"} <= {r["phrase"] for r in read_rows("continuation_words.csv")}


def test_bullet_lines_under_a_budget_heading_are_the_governments():
    parts = ["Ruritania's government approved its budget for 2026 on Friday.",
             "The budget includes the following measures:\n- 12 billion crowns for defence\n- 3 billion crowns for climate aid"]
    claims = _claims(parts, [(1, "12 billion crowns", 1.2e10, "currency"), (1, "3 billion crowns", 3e9, "currency")])
    assert [c["metric"] for c in claims] == ["defense_spending", "development_aid"]


def test_pronoun_subject_continues_the_government_before():
    parts = ["Ruritania's finance ministry published its budget plan on Monday.",
             "It foresees spending of 520 billion crowns."]
    claims = _claims(parts, [(1, "520 billion crowns", 5.2e11, "currency")])
    assert [c["metric"] for c in claims] == ["public_spending"]


def test_company_sentence_before_is_no_government_subject():
    parts = ["Sales of stakes in firms including Ruritania's state oil company raised 1 billion crowns.",
             "This helped to bring debt down to 35 billion crowns."]
    claims = _claims(parts, [(0, "1 billion crowns", 1e9, "currency"), (1, "35 billion crowns", 3.5e10, "currency")])
    assert claims == []


def test_continuation_phrase_opening_a_longer_noun_phrase_does_not_continue():
    parts = ["Ruritania will cut its budget deficit to 2.5% of GDP next year, the finance ministry said.",
             "Public investment plans were also discussed.",
             "The total volume of industrial investments dropped by 2% in 2024."]
    claims = _claims(parts, [(0, "2.5%", 2.5, "percent"), (2, "2%", 2, "percent")])
    assert [c["value"] for c in claims] == [2.5]


def test_time_phrase_before_a_continuation_word():
    parts = ["Ruritania's public debt reached 115% of GDP at the end of June, the statistics office said.",
             "At the end of 2024, it stood at 113%."]
    claims = _claims(parts, [(0, "115%", 115, "percent"), (1, "113%", 113, "percent")])
    assert [c["metric"] for c in claims] == ["public_debt", "public_debt"]


def test_verbless_fragment_with_a_year_goes_on():
    parts = ["Ruritania wants to lift defence spending to 3.5% of GDP by 2029.",
             "Next year 2.8%."]
    claims = _claims(parts, [(0, "3.5%", 3.5, "percent"), (1, "2.8%", 2.8, "percent")])
    assert [c["metric"] for c in claims] == ["defense_spending", "defense_spending"]


def test_label_line_under_a_government_sentence():
    parts = ["Ruritania's government presented its draft budget for 2026 on Tuesday.",
             "Defence: 82 billion crowns\nInterest payments: 30 billion crowns"]
    claims = _claims(parts, [(1, "82 billion crowns", 8.2e10, "currency"), (1, "30 billion crowns", 3e10, "currency")])
    assert [c["metric"] for c in claims] == ["defense_spending", "debt_service"]


def test_part_of_a_year_before_a_continuation_word_or_an_opening_figure():
    # a quarter, a month or "so far this year" opens the sentence before its continuation word or its figure
    deficit = "Ruritania's budget deficit was 3.2 billion crowns last year, the finance ministry said."
    for opening in ("In the first quarter, it widened to 900 mln crowns.", "So far this year it has narrowed to 900 mln crowns.",
                    "In January alone, 900 mln crowns was recorded.", "For this year, 900 mln crowns is projected."):
        claims = _claims([deficit, opening], [(0, "3.2 billion crowns", 3.2e9, "currency"),
                                              (1, "900 mln crowns", 9e8, "currency")])
        assert [c["metric"] for c in claims] == ["fiscal_deficit", "fiscal_deficit"], opening


def test_part_of_a_year_alone_does_not_continue():
    deficit = "Ruritania's budget deficit was 3.2 billion crowns last year, the finance ministry said."
    claims = _claims([deficit, "In January, coach tickets to the coast cost 40 crowns."],
                     [(0, "3.2 billion crowns", 3.2e9, "currency"), (1, "40 crowns", 40, "currency")])
    assert [c["value"] for c in claims] == [3.2e9]
