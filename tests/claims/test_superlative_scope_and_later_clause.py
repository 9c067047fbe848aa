"""An organisation a superlative ranks within ("the highest debt in the euro zone") is no rule-setter of a benchmark in
its sentence, and a speaker whose clause opens after the figure with "and the ..." ("..., and the Commission has told")
does not report an earlier clause's level. Own sentences; needs the gazetteer."""
import pytest

pytest.importorskip("pipeline.claims.gazetteer")

from helpers import pipeline_claim  # noqa: E402
from pipeline.claims import organisations, voices  # noqa: E402


def test_superlative_scope_pattern():
    text = "Italy carries the second-largest public debt in the euro zone"
    assert organisations._superlative_scope().search(text, 0, text.index("euro zone"))
    text = "Greece spends one of the highest shares among the NATO allies"
    assert organisations._superlative_scope().search(text, 0, text.index("NATO"))
    text = "Poland said it would meet the limit set by the European Union"
    assert not organisations._superlative_scope().search(text, 0, text.index("European Union"))


def test_superlative_scope_is_not_the_rule_setter():
    c = pipeline_claim("Hungary lifted its standard VAT rate to 27%, already the highest rate in the European Union.",
                       "27%")
    assert c["actor_code"] != "EU" and c["target_code"] == "HUN"


def test_new_subject_clause_with_article():
    text = "The Bank of Spain projects the deficit at 2.9%, and the European Commission has urged Madrid to cut it"
    assert voices.NEW_SUBJECT_CLAUSE.search(text, text.index("2.9%") + 4, text.index("has urged"))


def test_later_clause_speaker_does_not_report_the_level():
    c = pipeline_claim("The Bank of Portugal projects the budget deficit at 1.1% of GDP in 2026, and the European "
                       "Commission has told Lisbon to keep spending in check.", "1.1% of GDP")
    assert c["actor_code"] == "PRT"
