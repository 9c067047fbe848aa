"""Assemble claims: one per figure that measures a policy metric.

Per sentence holding a percent, percentage-point or money figure: the cheap check first (does the
sentence hold any metric cue?), then per figure its metric (``metric``), the figures it is compared
with (``modality.compared_to``: the compared figure inherits the metric, basis and roles it lacks),
its stance (``stance``), its actor and target (``roles``) and its modality (``modality``).

This module keeps the entry point (``find_claims``; ``find_claims_rules``, the rules' claims before the learned
claim_type) and the per-sentence loop with the article's running state: its context, the report it credits, the
topics a weak word may take, its latest claim and the story's metric carried into a sentence with no metric word of
its own. ``_sentence_claims`` reads as the steps of one sentence: its figures and what each measures
(``figures.metric_figures``, ``figures.public_figures``), the cues found once per sentence (``scope.sentence_scope``,
a ``SentenceScope`` every step reads), then per figure ``claim.figure_claim``: its stance and its claim_type refined in
order (``claimtype``, ``plantype``, ``ruletype``: a later step overrules an earlier one), its roles (``_figure_roles``,
then ``_compared_roles`` or ``_own_roles`` and the speaker and giver corrections after them) and its record
(``_claim_record``).

Guards against figures that are not a state's: a sentence whose only cues are company, market or
poll words makes no claim; a company marker (Inc, profit, pretax ...) lets only specific policy cues
through; a weak word ("spend", "debts", "budget") needs a policy topic in the article or a state,
government or alliance named in its sentence. A sentence without any cue that continues the
previous claim's sentence ("It may turn out at four billion") keeps that claim's metric.

The steps of a sentence's claims are modules of their own, in the order they import one another (none imports
``frame``): ``figures`` (a sentence's figures and what each measures), ``scope`` (the cues found once per sentence:
SentenceScope), the claim_type steps (``claimtype``: a figure's stance and tense; ``plantype``: plans, proposals and
demands; ``ruletype``: refusals, statutes, standing rules, restatements), ``claim`` (one figure's claim: its roles and
its record). What the assembly asks of a figure, a sentence or the story lives beside them (the modules in the order
they may import one another): ``story`` (carrying the story's metric into sentences with no metric word), ``guards``
(company, market and poll guards), ``speakers`` (speakers the contract codes no one: economists, firms, rating agencies,
institutes, the press), ``levels`` (a figure's date and how it stands to the sentence's other figures), ``plans``
(plans, budgets, laws, documents and the legislature's budget fight), ``aid`` (aid, donors, transfers and payers),
``actors`` (the actor and target of a figure: owners, observers, estimators, forecasters and reporters).
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import metric as _metric, cuelexicon as _cuelexicon, metrictopic as _metrictopic
from . import modality as _modality
from . import roles as _roles
from . import typemodel as _typemodel
from .story import (
    goes_on, opens_on_pronoun, article_context, carries_only, resolves_only, carries, names_government,
    previous_topic, restated_sums, story_acts, debt_payments, opens_with_figure, opening_figure,
)
from .guards import government_revenue, without_denominators, without_taxed_goods, without_utility_tariffs, share_of_people, personal_tax_sum, goods_price, property_value, goods_value
from .plans import BUDGET_SET
from .aid import BILATERAL_CUE, bilateral_transfers, aid_transfers, story_transfer_cues, received_from_states, donor_transfers, loans_from_states
from .figures import metric_figures, public_figures
from . import antecedents as _antecedents
from .scope import mark_respective_owners, sentence_scope
from .claim import figure_claim
from .firms import firm_figures, results_report
from . import marketquotes as _marketquotes
from . import yieldcost as _yieldcost
from . import alliancefigures as _alliancefigures
from . import topicshare as _topicshare


CLAIM_UNITS = frozenset({"percent", "percentage_points", "currency"})
SCORED_OR_NONE = _cuelexicon.SCORED | {"NONE"}  # a sentence's own words that keep a received or donated sum theirs


def find_claims(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """Claims of one article (pure: the same input gives the same claims): the rules' claims, their claim_type then
    decided by the learned model where it knows the type (typemodel.py: better than the rules on unseen articles)."""
    return _typemodel.retype(find_claims_rules(article, sentences, mentions), article)


def find_claims_rules(article: dict, sentences: list, mentions: list[dict]) -> list[dict]:
    """The rules' claims of one article, before the model's claim_type (what the model is trained on)."""
    if not mentions:
        return []
    text = article["text"]
    if results_report(text):
        return []  # a company's results table and its notes: the company's figures, no state's
    per_sentence: dict[int, list[dict]] = defaultdict(list)
    for m in mentions:
        per_sentence[m["sentence_index"]].append(m)
    by_index = {s.index: s for s in sentences}
    state = {"ctx": None, "report_pos": 0, "report": None, "last_metric": None,
             "last_index": None}
    claims: list[dict] = []
    for index in sorted(per_sentence):
        sentence = by_index.get(index)
        if sentence is None or not any(m.get("unit") in CLAIM_UNITS for m in per_sentence[index]):
            continue
        spans = [(m["char_start"], m["char_end"]) for m in per_sentence[index]]
        hits = _cuelexicon.sentence_gate(text, sentence.start, sentence.end, spans)
        if hits is None:
            # only plain company, market or poll words (none a word states use too, "revenues"): the topic and guard steps
            # below leave such cues as they are (in_topic, serviced_debts, government_revenue, without_denominators), and
            # the test after them drops the sentence; most Reuters sentences with a figure end here
            continue
        # (after the gate, which decides most sentences: the two tests below are pure, so their order is free)
        ms = [m for m in per_sentence[index] if m.get("unit") in CLAIM_UNITS and not share_of_people(text, m)
              and not counted_items(text, m) and not personal_tax_sum(text, m) and not goods_price(text, m)
              and not property_value(text, m) and not goods_value(text, m)]
        ms = _marketquotes.without_quotes(text, sentence, ms, per_sentence[index]) if ms else ms  # market quotes, poll shares
        if not ms:
            continue
        if hits:  # (each step below leaves a sentence with no cue as it is)
            # "revenues" just after a claim on a state's finances, or beside a budget, deficit or tax word of their own sentence
            recent = state["last_index"] is not None and index - state["last_index"] <= IN_TOPIC_REACH
            hits = _metrictopic.in_topic(hits, state["last_metric"] if recent else None)
            hits = _metrictopic.serviced_debts(text, hits, sentence.start)
            if government_revenue(hits, state, article, sentences, sentence):
                hits = _metrictopic.in_topic(hits, None, public=True)
            hits = without_denominators(text, sentence, hits)
            hits = without_taxed_goods(text, sentence, hits)
            hits = without_utility_tariffs(text, sentence, hits, (article.get("title") or "") + "\n" + (
                text[sentences[0].start:sentences[0].end] if sentences else ""))
            if hits and all(h.entry["metric"] == "NONE" for h in hits):
                continue  # only company, market or poll words: no policy figure here
        if "topics" not in state:  # the headline's topic, once per article; then each claim's metric
            state["title_topic"], state["off_policy_title"] = _metrictopic.title_reading(article.get("title"))
            state["last_metric"] = state["title_topic"]
            state["topics"] = [state["last_metric"]] if state["last_metric"] else []
            state["legislative"] = None  # computed on first need (one scan of the article)
        transfers = aid_transfers(text, sentence, ms, state)
        if transfers:  # a state, government or alliance gives it: "the site has received 8 million" is a charity's
            if not _roles.names_public_body(article_context(state, article, sentences), sentence):
                transfers = []
        topic = previous_topic(text, by_index, per_sentence, index, state) \
            if not hits or carries(hits) or resolves_only(hits) else None
        if topic is None and not hits and not state.get("scored_claims") and opening_figure(text, sentence, ms):
            # before any claim: "The government has reached an agreement on social security savings. ... 166 million euros
            # will be saved on social and health services." (a government body and one metric, in the sentence before)
            topic = previous_topic(text, by_index, per_sentence, index, state,
                                    lambda s: names_government(article_context(state, article, sentences), s))
        shares = None  # (metric, starts) of shares of GDP with no metric word in a story about one metric (topicshare)
        if (not hits or carries_only(hits)) and not transfers and _topicshare.output_shares(ms):
            # "Spain has asked NATO for an exemption from a new defence spending goal. Sanchez wrote to Rutte that committing
            # to 5% of GDP would be unreasonable": the paragraph's metric (the figure-less sentence before, naming a public
            # body, even before any claim), else the article's one metric
            paragraph = topic if topic is not None or state.get("scored_claims") else previous_topic(
                text, by_index, per_sentence, index, state,
                lambda s: _roles.names_public_body(article_context(state, article, sentences), s))
            shares = _topicshare.story_shares(text, sentence, ms, state, paragraph,
                                              article_context(state, article, sentences), by_index.get(index - 1))
            if shares is not None:
                topic = shares[0]
        if topic is not None:  # the sentence before, with no figure of its own, named what this one goes on about
            state["topics"] = [t for t in state["topics"] if t != topic] + [topic]
            state["share_topics"] = [t for t in state.get("share_topics", []) if t != topic] + [topic]
        bilateral = bilateral_transfers(text, sentence, ms, state, article, sentences) \
            if not any(h.entry["metric"] == "NONE" for h in hits) else []
        received = (received_from_states(text, sentence, ms, state, article, sentences) or donor_transfers(text, sentence, ms)
                    or loans_from_states(text, sentence, ms, state, article, sentences)) \
            if not bilateral and not any(h.entry["metric"] in SCORED_OR_NONE for h in hits) else []
        act_figures = None  # the figures public bodies' acts are done to, in a sentence with no metric word (story_acts)
        alliance = _alliancefigures.alliance_share_cues(text, sentence, ms) \
            if not any(h.entry["metric"] == "NONE" for h in hits) else []
        if alliance:
            # "allies in the region should move toward the 5% of GDP that NATO members agreed", "For all NATO countries, 5
            # percent is a huge amount": the alliance's share, no metric word of its own (alliancefigures)
            hits = sorted(list(hits) + alliance, key=lambda h: h.start)
        if received:
            # "Jordan was to receive 1.25 billion dlrs annually from Algeria, Iraq and Kuwait": a sum a state receives from
            # another is aid, in any story (aid.received_from_states); so is one donors give ("Donor nations have promised to
            # give $717m": aid.donor_transfers)
            hits = sorted(list(hits) + received, key=lambda h: h.start)
        elif bilateral:
            # "The U.S. is to lend Sudan 57 mln dlrs": a sum one state gives or lends another is aid, in any story, whatever
            # story metric its moving word would carry ("Finland will give Ukraine 200 million euros a year in military aid.
            # European Union leaders agreed to lend Ukraine 90 billion euros, funded by joint borrowing": the loan is aid,
            # and the borrowing word farther on does not reach it)
            moved = {t.end for t in bilateral}
            hits = sorted(list(hits) + [_metrictopic.carried_cue(t.end) for t in transfers if t.end not in moved]
                          + [_metric.Hit(t.end, t.end, BILATERAL_CUE) for t in bilateral], key=lambda h: h.start)
        elif not hits:
            acts = []
            if not goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                            lambda: article_context(state, article, sentences)) and not transfers:
                # "... public borrowing rose. The government made net borrowings of 23 billion marks": a public body's act
                # on its figure (borrowing, a levy, a payment to creditors, spending, giving) goes on with a story of the
                # metric that act carries on
                acts = story_acts(text, sentence, ms, state, topic, article_context(state, article, sentences)) \
                    or debt_payments(text, sentence, ms, state, topic)
                if acts:
                    act_figures = {start for _, start in acts}
                    acts = [hit for hit, _ in acts]
                else:
                    # "Congress now has 15 days to disapprove of the 40 mln dlrs": a sum the story has claimed, restated
                    # with its "the", is that claim's figure again (only it: the sentence's other figures are not)
                    act_figures = restated_sums(text, ms, state)
                    if not act_figures and shares is not None:
                        act_figures = shares[1]  # only the shares of GDP take the story's metric (topicshare)
                    if not act_figures:
                        continue
            # "... the deficit. It may turn out at four billion": the previous sentence's topic goes on;
            # "Sánchez said his government would not commit to 5%": so does the share a stance is taken on;
            # "The United States remained the largest donor, giving more than $60bn": so does the aid of an aid story
            # (carried from each word that moves a sum)
            hits = acts or ([_metrictopic.carried_cue(sentence.start)]
                            + [_metrictopic.carried_cue(t.end) for t in transfers])
        elif (opens_with_figure(text, sentence, ms, index, state) or opens_on_pronoun(text, sentence, index, state)) \
                and not any(h.entry["metric"] == "NONE" for h in hits):
            # its own words farther on may not reach the figure: "It widened to 622 mln dlrs in January from 484 mln in
            # December and compared with a deficit of 334 mln in January 1986"
            hits = [_metrictopic.carried_cue(sentence.start)] + hits
        elif carries_only(hits) and goes_on(text, sentence, ms, index, state, topic, by_index.get(index - 1),
                                              lambda: article_context(state, article, sentences)) \
                and _roles.names_public_body(article_context(state, article, sentences), sentence, by_name=True):
            # "Berlin plans 152.8 billion euros in 2029, when it wants to reach 3.5%": the anaphoric word governs its own
            # figure; one it does not reach goes on with the topic as in a sentence with no cue at all, when the sentence
            # names the state or body whose plan it is ("Air Lanka is thus indebted ... for its repayment" is a firm's)
            hits = [_metrictopic.carried_cue(sentence.start)] + hits
        elif transfers and not any(h.entry["metric"] == "NONE" for h in hits):
            # "... has promised to ask Congress for 910 mln dlrs under an agreement that prompted criticism in Turkey for not
            # winning enough aid": the sentence's own word is out of reach, the story's aid is not
            hits = sorted(story_transfer_cues(text, transfers, ms, hits) + hits, key=lambda h: h.start)
        found = _sentence_claims(article, sentences, sentence, ms, hits, spans, state)
        if act_figures:
            # only the figure each act is done to: "levied a flat one pct surtax on incomes above 90,000 dlrs", "repaid 500
            # mln dlrs out of the 14 billion dlrs covered by the standstill" (the other sum is no payment)
            found = [c for c in found if c["char_start"] in act_figures]
        for c in found:  # each scored share and sum the story has stated, for an anaphoric restatement ("the 3% ambition")
            if c["metric"] in _cuelexicon.SCORED and c["unit"] == "percent":
                state.setdefault("stated", {})[(c["unit"], c["value"])] = c["metric"]
            elif c["metric"] in _cuelexicon.SCORED and c["unit"] == "currency":
                state.setdefault("stated_sums", {})[(c["currency"], c["value"])] = c["metric"]
        if found:
            state["last_metric"] = found[-1]["metric"]
            # an article that has made a claim of a scored metric stays on policy through unscored ones ("... a budget
            # of 15,596 billion won. ... GNP will grow by 7.5 pct ... The balanced budget in 1986 totalled ...")
            state["scored_claims"] = state.get("scored_claims") or any(c["metric"] in _cuelexicon.SCORED for c in found)
            # (the estimated yield of a measure the sentence names, "a levy that would raise about 6.8 billion euros", is
            # an aside on the story's plan: the type the story carries is its plan's, yieldcost)
            stated = [c for c in found if not _yieldcost.estimated_sum(text, c, sentence.start)] or found
            state["last_type"] = stated[-1]["claim_type"]
            # the story's first claim: a spending plan ("Britain would raise defence spending to 2.5% of GDP") makes
            # a plan story (plans.budget_plan_level)
            state.setdefault("plan_lead", found[0]["claim_type"] == "commitment" and found[0]["metric"] in BUDGET_SET)
            # ... and a proposal ("Finance Minister Eyskens is proposing a package of tax cuts worth 102 billion francs") a
            # story whose plan's contents are proposed (_plan_content)
            state.setdefault("proposal_lead", found[0]["claim_type"] == "proposal")
            state["last_units"] = {c["unit"] for c in found}
            # the topics a weak word may take: the headline's and the latest claim's
            state["topics"] = [t for t in (state["title_topic"], state["last_metric"]) if t]
            # ... and the one a share may take: every scored metric the story has claimed, the latest last ("Tokyo should
            # consider spending 3.5% of GDP" after a tax claim in a budget story with a defence claim: the share is defence's;
            # a sum named only "spending" stays the budget's)
            latest = list(dict.fromkeys(c["metric"] for c in found if c["metric"] in _cuelexicon.SCORED))
            claimed = [t for t in state.get("claimed", []) if t not in latest] + latest
            state["claimed"] = claimed
            state["share_topics"] = [t for t in [state["title_topic"]] + claimed + [state["last_metric"]] if t]
            state["last_index"] = index
        claims.extend(found)
    return claims


def _sentence_claims(article, sentences, sentence, ms, hits, spans, state) -> list[dict]:
    """The claims of one sentence, in text order: its figures with their metrics, kept only where a state or public body
    may own them; then per figure (heads before the figures compared with them, which inherit their roles) its stance,
    claim_type, actor and target (figure_claim)."""
    figs = metric_figures(article, sentence, ms, hits, spans, state)
    if not figs:
        return []
    # "Most of that surplus, ...": the balance the sentence before named (antecedents)
    figs = _antecedents.demonstrative_antecedents(article["text"], sentences, sentence, figs)
    figs = _antecedents.earlier_levels(article["text"], figs)  # ", from 3.1% in 2025": the moving figure's earlier level
    ctx = article_context(state, article, sentences)
    figs = public_figures(ctx, sentences, sentence, hits, state, figs)
    if not figs:
        return []
    figs = firm_figures(ctx, sentences, sentence, state, figs, hits)  # a company's, a bank's or an industry's figures
    if not figs:
        return []
    for fig in figs:
        if fig.get("line_item") and fig["metric"] == "public_spending":
            fig["metric"] = "other"  # a state's budget line for one item (budgetlines.line_item), not its spending total
    _credit_report(ctx.text, sentence, state)
    sc = sentence_scope(article, sentences, sentence, spans, state, ctx, figs)
    mark_respective_owners(ctx, sentence, figs)
    out = []
    # heads before the figures compared with them, so those can inherit roles
    for fig in sorted(figs, key=lambda f: f.get("head") is not None):
        claim = figure_claim(sc, fig, out)
        fig["claim"] = claim
        out.append(claim)
    out.sort(key=lambda c: c["char_start"])
    return out


def _credit_report(text: str, sentence, state: dict) -> None:
    """Keep in the article's state the named report it credits before this sentence (once per stretch of text read), which
    a claim without a speaker of its own is attributed to."""
    # the named report the article credits before this sentence ("according to a Financial Times report")
    if state["report_pos"] < sentence.start:
        report = _modality.credited_report(text, _modality.outlets_in(text, state["report_pos"], sentence.start))
        state["report"] = report or state["report"]
        state["report_pos"] = sentence.start


IN_TOPIC_REACH = 1  # sentences after a claim on a state's finances in which "revenues" are still the state's


# a count of a plan's items: "a five-point plan on debt relief, trade and aid", "a 12-point programme" (not a move: "a two-point
# cut in VAT")
# (audit27) a wire text may write it without the hyphen and put one capitalised adjective between ("a three point British
# plan to alleviate the burden of the poorest countries"): a lower-case word between still makes a move ("a two point tax cut")
COUNTED_ITEMS = re.compile(r"\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:plan|programme|program|agenda|strategy|package|proposal|list|charter|declaration|manifesto|"
                           r"platform|memorandum|scheme|blueprint|framework|peace\s+plan|reform\s+plan)s?\b", re.IGNORECASE)
HYPHEN_POINT = re.compile(r"(?:[-‐–]|(?<=[a-z])\s+)points?$", re.IGNORECASE)  # "five-point", "three point" (a spelled numeral)


def counted_items(text: str, m: dict) -> bool:
    """A "five-point plan" ("a three point British plan"): the number of the plan's points, no percentage-point move."""
    return m.get("unit") == "percentage_points" and HYPHEN_POINT.search(text, m["char_start"], m["char_end"]) is not None \
        and COUNTED_ITEMS.match(text, m["char_end"]) is not None


# every regex pattern above runs as its standard-re twin on ASCII text (lexicon.AsciiTwin: the same matches, less CPU)
from .lexicon import ascii_twins as _ascii_twins  # noqa: E402  (after the patterns it replaces)

_ascii_twins(globals())
