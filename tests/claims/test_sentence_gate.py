"""`cuelexicon.sentence_gate` answers as `sentence_cues` does for the claims stage's gate: None exactly where the sentence's
cues are a non-empty list of company, market or poll words (NONE, none a word states use too), else the very same cues,
also where it decides from the first cue kept without reading the rest of the sentence."""
import re

from pipeline.claims import cuelexicon
from pipeline.claims.cuelexicon import _plain_entries, _plain_none, metric_cues, sentence_cues, sentence_gate

# own sentences: firms, markets, polls, policy words, nouns used as verbs, taxed firms, cues inside figures, non-ASCII text
TEXTS = [
    "Acme Corp said its net profit rose 12 pct to 40 mln dlrs on higher sales.",
    "The dollar rose 0.4 pct against the yen, and the company's shares fell 3 pct.",
    "Japan will share equally with its partners a 200 mln dlr loan to the project.",
    "A windfall tax on energy companies would raise 6.8 billion euros, the finance ministry said.",
    "The government said the budget deficit would narrow to 3.2 pct of GDP next year.",
    "Revenues totalled 64 billion lire, the Treasury said, after spending of 70 billion lire.",
    "Shares of the bank were up 5 pct while defence spending rose to 2 pct of gross domestic product.",
    "Pretax profit was 12 mln stg, and the firm expects orders worth 30 mln stg in the year.",
    "The index closed 1.5 pct higher in thin trading, dealers said, with 300 mln shares traded.",
    "Officials said 60 pct of voters backed the plan, which costs 1.2 billion crowns.",
    "It rose 0.5 pct in March after a 0.3 pct rise in February, the statistics office said.",
    "The central bank's reserves stood at 12 billion dlrs, and the currency firmed 0.2 pct.",
    "Mörk Oy said its sales grew 8 pct to 10 mln euros, while turnover fell 2 pct.",
    "Company profits in the red by 4 pct: the firm's debt of 300 mln dlrs is to be repaid.",
    "The company will co-operate with the ministry, which plans to inject 50 mln dlrs into the firm.",
    "Sales rose 10 pct and earnings 4 pct, while operating income was flat at 3 mln dlrs.",
]


def _figure_spans(text):
    return [m.span() for m in re.finditer(r"[\d.,]+\s*(?:pct|mln|billion)?", text) if any(ch.isdigit() for ch in m.group())]


def _expected(text, start, end, spans):
    hits = sentence_cues(text, start, end, spans)
    if hits and not any(h.entry["metric"] != "NONE" or h.entry.get("in_topic") for h in hits):
        return None
    return hits


def _windows(text):
    """The whole text and every window that opens and closes at a space (sentence spans of a longer text)."""
    cuts = [0] + [i for i, ch in enumerate(text) if ch == " "] + [len(text)]
    return [(a, b) for a in cuts for b in cuts if b > a][::7] + [(0, len(text))]


def test_gate_answers_as_sentence_cues():
    decided = 0
    for text in TEXTS:
        spans = _figure_spans(text)
        for start, end in _windows(text):
            inner = [(a, b) for a, b in spans if start <= a and b <= end]
            got = sentence_gate(text, start, end, inner)
            want = _expected(text, start, end, inner)
            assert (got is None) == (want is None), (text[start:end], got, want)
            if want is not None:
                assert [(h.start, h.end, h.entry["cue"]) for h in got] == [(h.start, h.end, h.entry["cue"]) for h in want]
            hits = list(metric_cues().finditer(text, start, end))
            decided += bool(hits) and all(id(h.entry) in _plain_entries() for h in hits)
    assert decided > 100  # the sentences exercise the path that reads only up to the first cue kept


def test_plain_cues_are_left_alone_by_the_other_steps():
    """sentence_gate reads plain cues without sentence_cues' other steps: none of them may touch a plain cue (no private
    owner's metric, no "Budget" a body's name could hold, no basis word)."""
    for entry in metric_cues().entries:
        if _plain_none(entry):
            assert entry["metric"] not in cuelexicon.PRIVATE_METRICS, entry["cue"]
            assert not entry["cue"].lower().startswith("budget"), entry["cue"]
            assert entry["cue"] not in cuelexicon._basis_cue_texts(), entry["cue"]


def test_only_basis_and_state_words_are_not_plain():
    assert not _plain_none({"cue": "revenues", "metric": "NONE", "in_topic": "tax_revenue"})
    assert _plain_none({"cue": "pretax profit", "metric": "NONE"})
    assert not _plain_none({"cue": "deficit", "metric": "fiscal_deficit"})
    assert cuelexicon.sentence_gate("", 0, 0, []) == []
