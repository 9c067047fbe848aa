"""The claim_type model's neighbour-word features (typemodel._adjacent; adopted in session 12 by
type_model_experiment.py FEATURE_RULE): the clause word right before a figure, past its qualifiers, and the one right
after it tell a level a change starts from ("from 30% to 29%", "now 45 pct", "from about 2.3% today"). Own sentences."""
from pipeline.claims import typemodel


def _neighbours(text: str, surface: str, adjacency: bool = True) -> dict:
    start = text.index(surface)
    claim = {"sentence": text, "char_start": start, "char_end": start + len(surface), "claim_type": "actual",
             "metric": "tax_revenue"}
    feats = typemodel.features(claim, text, None, False, adjacency=adjacency)
    return {k for k in feats if k.startswith(("prev=", "next="))}


def test_the_level_a_cut_starts_from_and_the_one_it_reaches():
    text = "The budget lowers the corporate tax rate from 30% to 28% next year."
    assert _neighbours(text, "30%") == {"prev=from", "next=to"}
    assert _neighbours(text, "28%") == {"prev=to"}


def test_qualifiers_before_the_figure_are_skipped():
    text = "The rise, from about 1.9% today, will be paid for by higher taxes."
    assert _neighbours(text, "1.9%") == {"prev=from", "next=today"}


def test_a_word_outside_the_lists_gives_no_neighbour_feature():
    assert _neighbours("Ministers said tax receipts would rise 2% next year.", "2%") == set()


def test_without_the_flag_the_features_are_the_old_ones():
    assert _neighbours("The budget lowers the corporate tax rate from 30% to 28%.", "30%", adjacency=False) == set()


def test_the_packaged_model_uses_them():
    m = typemodel.model()
    assert m.adjacency and "prev=from" in m.index and "next=to" in m.index
