"""The readers stage: find input files and turn each into Article and Reject dicts.

    rejects = []
    for f in list_inputs(["feeds/", "extra/*.jsonl"], rejects):
        for item in read_input(f):
            ...  # item["reject"] is True for a Reject, absent for an Article

See README.md in this folder for kinds, reject reasons and limits.
"""
from .data import reject_reasons
from .inputs import InputFile, list_inputs
from .read import MAX_BYTES, MAX_CHARS, read_input
from .records import ARTICLE_KEYS, REJECT_KEYS, is_reject

__all__ = ["InputFile", "list_inputs", "read_input", "is_reject", "reject_reasons",
           "ARTICLE_KEYS", "REJECT_KEYS", "MAX_BYTES", "MAX_CHARS"]
