"""The claims stage's lexicons: CSV files in ``pipeline/data/claims/`` compiled into word-sequence tables.

Each CSV has a ``cue`` (or ``word`` / ``name``) column holding a phrase: words separated by spaces
(a hyphen, an apostrophe or a line break in the text splits words too, so "value added tax" matches
"value-added tax"), a trailing ``*`` on a word matching any ending. A ``case`` column set to ``s``
makes the phrase case-sensitive. Lines starting with ``#`` are comments.

Matching scans for the phrases' first words with one compiled alternation, then tries the phrases
starting with each word found, longest first, so "trade deficit" wins over "deficit" and text
without any cue costs a single regex search.
"""
from __future__ import annotations

import bisect
import functools
from typing import Iterator, NamedTuple

import re

import regex

from .datafiles import DATA_DIR, kingdoms, plain_rows, plural_demonyms  # noqa: F401  (DATA_DIR, kingdoms, plural_demonyms: other modules read them from here)
from .morphology import expand_rows

WORD = regex.compile(r"\w+(?:['’.-]\w+)*")


class Hit(NamedTuple):
    start: int
    end: int
    entry: dict


_new_hit = functools.partial(tuple.__new__, Hit)  # Hit((start, end, entry)) without the Python-level __new__ (the scans' hot path)


def read_rows(name: str) -> list[dict]:
    """Rows of a lexicon CSV (comments skipped, values stripped); in a file with an ``inflect`` column, each row marked
    there stands for its verb's regular inflections too (morphology.expand_rows: the forms follow the file's rows)."""
    return expand_rows(name, plain_rows(name))


def phrase_pattern(phrase: str) -> str:
    """A regex for one lexicon phrase (for the few places that need a pattern)."""
    parts = []
    for word in phrase.split():
        star = word.endswith("*")
        word = word.rstrip("*")
        pat = r"[\s-]*".join(re.escape(w) for w in word.split("-"))
        parts.append(pat + (r"\w*" if star else ""))
    return r"[\s-]+".join(parts)


def phrases_alternation(phrases) -> str:
    """The phrases' patterns as one alternation, longest first: a longer phrase is tried before a phrase it starts with
    ("as a result of" before "as a result")."""
    return "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


def listed_words(name: str, key: str = "word", where: str | None = None,
                 kind: str | tuple[str, ...] | None = None) -> list[str]:
    """The `key` column of a lexicon CSV in the file's order; with `where`, only the rows whose `where` column is set (a
    file holding several modules' lists of one idea, a column marking each list's members); with `kind`, only the rows
    whose `kind` column is it or one of them (a file holding the words of one construction, a column naming each word's
    part)."""
    kinds = (kind,) if isinstance(kind, str) else kind
    return [r[key] for r in read_rows(name) if (where is None or r[where]) and (kinds is None or r["kind"] in kinds)]


_LITERAL_PHRASE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)*")


def words_alternation(phrases) -> str:
    """The phrases as a regex alternation in the order given, for a hand-written pattern around a word list: each word
    literal, a run of whitespace between words ("Atlantic Treaty" -> Atlantic\\s+Treaty). Only letters, a hyphen inside a
    word and single spaces (no phrase may hold regex syntax: ValueError)."""
    phrases = list(phrases)
    bad = [p for p in phrases if not _LITERAL_PHRASE.fullmatch(p)]
    if bad or not phrases:
        raise ValueError(f"not a list of literal words: {bad or phrases}")
    return "|".join(r"\s+".join(p.split(" ")) for p in phrases)


def trie_add(trie: dict, word: str, end: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[end] = True  # "" ends a word, "*" ends a stem (any ending)


def trie_add_ahead(trie: dict, word: str, ahead: str) -> None:
    """Add a word that matches only where the lookahead pattern `ahead` follows it (ahead_trie_regex reads node[None])."""
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[None] = ahead


def _trie_regex(node: dict) -> str:
    """A regex for the words of a character trie; longer continuations are tried first."""
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch not in ("", "*")]
    if "*" in node:
        alts.append(r"\w*")
    elif "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


_PURE_WORD = re.compile(r"\w+")


def _folds_to_ascii(word: str) -> bool:
    """Whether a letter of `word` outside ASCII matches an ASCII character ignoring case (long s, Kelvin sign, dotted and
    dotless i): such a word could open a hit in ASCII text."""
    return any(not ch.isascii() and any(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for a in range(128))
               for ch in word)


def _second_words_ahead(word: str, items: list, key: str, stems: dict) -> str | None:
    """For a first word, lower-cased (a plain \\w-run, no stem covering it), whose phrases all
    have a second word: a lookahead requiring one of those second words after it; else None."""
    if not _PURE_WORD.fullmatch(word) or any(word.startswith(stem) for stem in stems):
        return None
    seconds = set()
    for _, _, entry in items:
        words = entry[key].split()
        if len(words) < 2 or "-" in words[0]:
            return None
        second = words[1].split("-")[0].rstrip("*").lower()
        if not second or not second.isascii():
            return None
        seconds.add(second)
    return r"(?=[\s-]+(?:" + "|".join(re.escape(w) for w in sorted(seconds, key=len, reverse=True)) + "))"


def ahead_trie_regex(node: dict) -> str:
    """Like `_trie_regex`, where a None key ends a word that must be followed by its lookahead."""
    alts = [re.escape(ch) + ahead_trie_regex(child) for ch, child in sorted(
        (k, v) for k, v in node.items() if k is not None and k not in ("", "*"))]
    if "*" in node:
        alts.append(r"\w*")
    elif "" in node:
        alts.append("")
    elif None in node:
        alts.append(node[None])
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


class CueSet:
    """All phrases of one lexicon: a scan for their first words, then each candidate phrase tried there.

    The scan is one compiled alternation of first words (C speed), so text without any cue costs
    one regex search; only where a first word occurs are the phrases starting with it tried,
    longest first.
    """

    def __init__(self, rows: list[dict], key: str = "cue", whole_text: bool = False):
        self.entries = [r for r in rows if r.get(key)]
        self._key = key
        self._sure: dict[str, dict | None] = {}  # matched first word -> the entry of its one plain one-word phrase (_sure_entry)
        self._by_word: dict[str, list] = {}    # case-insensitive first word (lower) -> phrases
        self._by_exact: dict[str, list] = {}   # case-sensitive first word -> phrases
        self._by_stem: dict[str, list] = {}    # first word with a trailing * (lower) -> phrases
        insensitive: dict = {}  # character trie of first words; "*" ends a stem
        sensitive_trie: dict = {}
        for entry in self.entries:
            phrase = entry[key]
            words = phrase.split()
            sensitive = entry.get("case") == "s"
            first = words[0].split("-")[0]
            # a stem opens its phrase with any ending, alone ("deficit*") or before more words ("exceed* revenue*":
            # "spending exceeded revenue by", "expenditure exceeding income by")
            star = first.endswith("*") and "-" not in words[0]
            first = first.rstrip("*")
            pattern = phrase_pattern(phrase)
            compiled = re.compile(pattern + r"(?!\w)", 0 if sensitive else re.IGNORECASE)
            item = (len(phrase), compiled, entry)
            if star:
                self._by_stem.setdefault(first.lower(), []).append(item)
                trie_add(insensitive, first.lower(), "*")
            elif sensitive:
                self._by_exact.setdefault(first, []).append(item)
                trie_add(sensitive_trie, first, "")
            else:
                self._by_word.setdefault(first.lower(), []).append(item)
                trie_add(insensitive, first.lower(), "")
        for table in (self._by_word, self._by_exact, self._by_stem):
            for items in table.values():
                items.sort(key=lambda it: -it[0])
        self._stem_lengths = sorted({len(k) for k in self._by_stem}, reverse=True)
        self._cache: dict[str, list] = {}  # matched first word -> candidate phrases
        self._hits_seen = LastSeen()  # {(start, end): hits} of the last text `hits` saw
        firsts = [f"(?i:{_trie_regex(insensitive)})"] if insensitive else []
        if sensitive_trie:
            firsts.append(f"(?-i:{_trie_regex(sensitive_trie)})")
        self._scan = re.compile(r"(?<!\w)(?:" + "|".join(firsts) + r")(?!\w)")
        # the same scan, case-sensitive, over lower-cased ASCII text (several times faster than
        # (?i:...)): it finds every place the scan can match, and the scan then starts there
        # A first word that only starts longer phrases ("the economy", "in revenue") is looked for
        # only before one of their second words (a lookahead), so the common "the" costs nothing.
        # A first word with a letter no ASCII letter matches ("Süddeutsche", "Sondervermögen") never opens a hit in ASCII
        # text: it is left out of this scan (which reads ASCII text only) and stays in `_scan` for other text.
        # A case-sensitive first word is looked for in the lower-cased text as its lower-cased form, with the phrases of
        # the case-blind word written alike: where all of them have a second word, only before one of those ("The
        # Hindu", "The Economist": "the" alone opens nothing).
        lowered: dict = {}
        same_lower: dict[str, list] = {}
        for word, items in self._by_exact.items():
            if word.isascii():
                same_lower.setdefault(word.lower(), []).extend(items)
        for word, items in self._by_word.items():
            if word.isascii():
                same_lower.setdefault(word, []).extend(items)
        for word, items in same_lower.items():
            ahead = _second_words_ahead(word, items, key, self._by_stem)
            if ahead is None:
                trie_add(lowered, word, "")
            else:
                trie_add_ahead(lowered, word, ahead)
        for word in self._by_stem:
            if word.isascii():
                trie_add(lowered, word, "*")
        ascii_words = all(w.isascii() or not _folds_to_ascii(w)
                          for w in list(self._by_word) + list(self._by_exact) + list(self._by_stem))
        # It runs on ASCII text only (see ascii_lowered), where ASCII and Unicode \w agree: the word boundaries are
        # tested in ASCII (a table look-up instead of a Unicode property), the opening one as \b where every first
        # word starts with a word character (a plain test, not a look-behind): ~16-20% less scan time on Reuters.
        opening = r"(?a:\b)" if all(isinstance(ch, str) and _PURE_WORD.match(ch) for ch in lowered) else r"(?a:(?<!\w))"
        self._lower_scan = re.compile(opening + ahead_trie_regex(lowered) + r"(?a:(?!\w))") if lowered and ascii_words else None
        # whole_text: the lexicon is looked up over most of each text piece by piece; its hits of the whole
        # text are found once and each piece takes its share (_served). That needs every first word to be
        # a plain run of word characters (a scan then never stops inside a word).
        self._whole_text = whole_text and all(_PURE_WORD.fullmatch(w) for w in
                                              list(self._by_word) + list(self._by_exact) + list(self._by_stem))
        # every phrase ends with a word character (no "U.S.", no "pro-"): then so does every hit, and a span's end
        # can change a hit only where it cuts a word (a word character on both sides), as its start can (_served)
        self._ends_in_word = all(_PURE_WORD.fullmatch(entry[key].rstrip("*")[-1:]) for entry in self.entries)
        self._texts: dict[int, tuple] = {}  # id(text) -> (text, its hits, their starts, their ends)
        self._joiners = _joiners(list(self._by_word) + list(self._by_exact) + list(self._by_stem))

    def _candidates(self, word: str):
        found = self._cache.get(word)
        if found is None:
            found = self._cache[word] = self._lookup(word)
        return found

    def _sure_entry(self, word: str):
        """The entry of `word`'s only candidate phrase when that phrase is the word itself (one plain ASCII run of letters and
        digits, as written for a case-sensitive phrase, ignoring case otherwise), else None: where the lower-cased scan
        found `word` as a whole run, that phrase matches it and nothing longer can (`_longest_phrase` would try it)."""
        found = self._sure.get(word, False)
        if found is False:
            found = None
            candidates = self._candidates(word)
            if len(candidates) == 1:
                _, compiled, entry = candidates[0]
                phrase = entry[self._key]
                if phrase.isascii() and phrase.isalnum() and (
                        phrase == word if not compiled.flags & re.IGNORECASE else phrase.lower() == word.lower()):
                    found = entry
            self._sure[word] = found
        return found

    def _lookup(self, word: str):
        lower = word.lower()
        found = list(self._by_exact.get(word, ())) + list(self._by_word.get(lower, ()))
        for n in self._stem_lengths:
            if n <= len(lower):
                found += self._by_stem.get(lower[:n], ())
        found.sort(key=lambda it: -it[0])
        return found

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        end = len(text) if end is None else end
        if self._whole_text:
            served = self._served(text, start, end)
            if served is not None:
                return iter(served)
        return self._scan_hits(text, start, end)

    def _served(self, text: str, start: int, end: int) -> list[Hit] | None:
        """The hits of text[start:end] taken from those of the whole text, or None where they could differ.

        A scan of a part finds what the scan of the whole finds inside it unless the part cuts a word at its
        start (the whole scan may be inside it) or its end may close a hit (`_cuts_end`: a phrase's closing
        word boundary reads no further), or a hit of the whole runs across either end. Hits do not overlap and come in
        order, so only the hit before `start` and the last one starting before `end` can run across."""
        if start >= end:
            return []
        if (0 < start < len(text) and _WORD_CHARS.match(text, start - 1)) or (end < len(text) and self._cuts_end(text, end)):
            return None
        seen = self._texts.get(id(text))
        if seen is None or seen[0] is not text:
            if len(self._texts) >= 8:
                self._texts = {}  # an article's text and its headline: those of earlier articles go
            hits = list(self._scan_hits(text, 0, len(text)))
            seen = self._texts[id(text)] = (text, hits, [h.start for h in hits], [h.end for h in hits])
        _, hits, starts, ends = seen
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
            return None
        return hits[i:j]

    def _cuts_end(self, text: str, end: int) -> bool:
        """Whether a scan ending at `end` may find what the whole text's scan does not: a hit that ends there (its closing
        word boundary reads no further). With phrases that all end in a word character, only where `end` cuts a word:
        the span before a sentence ("... said. | Revenue rose") is served, not scanned again."""
        if self._ends_in_word:
            return _WORD_CHARS.match(text, end - 1) is not None
        return _WORD_CHAR.match(text, end) is not None

    def _scan_hits(self, text: str, start: int, end: int) -> Iterator[Hit]:
        pos = start
        scan = self._scan.search
        low = ascii_lowered(text) if self._lower_scan is not None else None
        ahead = self._lower_scan.search if low is not None else None
        joiners = self._joiners
        while True:
            if ahead is not None:  # skip ahead cheaply to the first place the scan can match
                a = ahead(low, pos, end)
                if a is None:
                    return
                pos, word_end = a.span()
                word = text[pos:word_end]
                # the scan would find this very word here, or nothing (then no phrase starts here: no candidates), see
                # `_joiners`; its search, a case-blind alternation of every first word, is not run again
                if joiners is not None and word.isalnum() and (word_end == end or text[word_end] not in joiners):
                    word_start = pos
                    candidates = self._candidates(word)
                    if not candidates:
                        pos = word_end
                        continue
                    sure = self._sure_entry(word)
                    if sure is not None:  # (its phrase matches the whole run here: no pattern tried)
                        yield _new_hit((word_start, word_end, sure))
                        pos = word_end
                        continue
                else:
                    word_start = -1
            else:
                word_start = -1
            if word_start < 0:
                m = scan(text, pos, end)
                if m is None:
                    return
                word_start, word_end = m.span()
                candidates = self._candidates(m.group())
            best = _longest_phrase(candidates, text, word_start, end)
            if best is None and word_end - word_start > 1:
                best = self._joined_word_head(text, word_start, word_end, end)
            if best is not None:
                yield _new_hit((word_start, best[0], best[1]))
                pos = best[0]
            else:
                pos = word_end

    def _joined_word_head(self, text: str, word_start: int, word_end: int, end: int):
        """(end, entry) of the longest phrase opening on the plain word before a joiner, or None.

        The scan takes the longest first word, so where "Pentagon's budget" is a phrase, "Pentagon's" is the word read in
        "the Pentagon's request"; none of its phrases matches there, yet "Pentagon" alone is a phrase of its own."""
        run = _PURE_WORD.match(text, word_start, word_end)
        if run is None or run.end() >= word_end:
            return None  # no joiner inside the word: nothing shorter to try
        return _longest_phrase(self._candidates(run.group()), text, word_start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        return next(self.finditer(text, start, end), None)

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """list(finditer(...)), remembered for the last text seen: a sentence's outlets are wanted both
        for its entities (roles) and for attributions (modality); found once. Do not modify the list."""
        answers = self._hits_seen.answers(text)
        found = answers.get((start, end))
        if found is None:
            found = answers[(start, end)] = list(self.finditer(text, start, end))
        return found


def _longest_phrase(candidates, text: str, start: int, end: int):
    """(end, entry) of the longest of a first word's candidate phrases that matches at `start`, or None."""
    best = None
    for _, compiled, entry in candidates:
        full = compiled.match(text, start, end)
        if full is not None and (best is None or full.end() > best[0]):
            best = (full.end(), entry)
    return best


def _joiners(first_words: list[str]) -> frozenset | None:
    """The characters that go on from a word-character run into a longer first word ("'" of "government's", "&" of
    "S&P"), or None when a first word opens with another character.

    Where the lower-cased scan (`_lower_scan`) finds a run of word characters `w` at `a`, the first-word scan
    (`_scan`) searched from `a` matches there only as `w` itself: its words close with (?!\\w), so one matching at `a`
    is the whole run, or runs on past it through a joiner. So when no joiner follows the run, `_scan_hits` takes `w`
    as the scan's word without searching; where the scan would not match at `a` (a case-sensitive first word written
    otherwise), `w` has no candidate phrases either, and the scan's next match is also the lower-cased scan's next
    match with candidates (each of those is a place the scan matches)."""
    joiners = set()
    for word in first_words:
        run = _PURE_WORD.match(word)
        if run is None:
            return None
        if run.end() < len(word):
            joiners.add(word[run.end()])
    return frozenset(joiners)


_last_lowered: tuple = (None, None)  # (text, its lower-cased form or None when not ASCII)


def ascii_lowered(text: str) -> str | None:
    """text.lower() when text is ASCII (same offsets), else None; kept for the last text seen."""
    global _last_lowered
    seen = _last_lowered
    if seen[0] is not text:
        seen = _last_lowered = (text, text.lower() if text.isascii() else None)
    return seen[1]


@functools.lru_cache(maxsize=None)
def cues(name: str, key: str = "cue") -> CueSet:
    """The compiled lexicon of a CSV file in pipeline/data/claims/."""
    return CueSet(read_rows(name), key, whole_text=name in WHOLE_TEXT_LEXICONS)


# Lexicons looked up over nearly all of an article, piece by piece: the outlets (the reports credited
# before each analysed sentence, the states an article names, each sentence's names). Scanned once
# per text, they cost a scan of the text instead of about two and a half (Reuters).
WHOLE_TEXT_LEXICONS = frozenset({"outlets.csv"})
_WORD_CHAR = re.compile(r"\w")
_WORD_CHARS = re.compile(r"\w\w")  # at start - 1: a word runs across start


# WORD for ASCII text, in the standard engine: on ASCII both engines' \w is [A-Za-z0-9_] and the
# matches are the same, and `re` costs about a third less per call (count_words runs for every gap
# between a figure and a cue or a name)
_ASCII_WORDS = re.compile(WORD.pattern).findall


def count_words(text: str) -> int:
    return len(_ASCII_WORDS(text) if text.isascii() else WORD.findall(text))


def last_match(pattern, text: str, start: int = 0, end: int | None = None):
    """The last match of `pattern` in text[start:end] (scanned left to right, as a search sees it), or None."""
    last = None
    for last in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return last


# letters the regex module's case-blind match takes for an ASCII letter besides its two cases
CASE_EXTRA = {"s": "\u017f", "i": "\u0130", "k": "\u212a"}  # long s, dotted capital I, Kelvin sign


def caseless(word: str) -> str:
    """A standard-engine pattern for an ASCII word as the regex module matches it ignoring case (for the candidate
    places of a Prefiltered pattern: every letter a class of its cases)."""
    return "".join("[" + re.escape(c.lower() + c.upper() + CASE_EXTRA.get(c.lower(), "")) + "]" if c.isalpha() else re.escape(c)
                   for c in word)


class Prefiltered:
    """A `regex` pattern scanned only at the places a cheap standard-`re` pattern finds, with the same matches.

    The `regex` module tries every alternative of a long alternation at every character (the clause breaks of
    stance cost ~250 ns a character, about 4% of the claims stage); sre skips to a leading character class at C
    speed. `starts` must match at every place `pattern` can match at (it may match at more): the pattern is then
    tried there in order and the scan resumes after each match, as `finditer` does. For patterns that never match
    the empty string (a lookbehind sees the text before the place tried, as in a scan)."""

    def __init__(self, pattern, starts: str):
        self.pattern = ascii_twin(pattern)
        self._starts = re.compile(starts)

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        candidate, match = self._starts.search, self.pattern.match
        pos = start
        while True:
            c = candidate(text, pos, end)
            if c is None:
                return
            m = match(text, c.start(), end)
            if m is None:
                pos = c.start() + 1
            else:
                yield m
                pos = m.end()

    def search(self, text: str, start: int = 0, end: int | None = None):
        """The first match in text[start:end], as `pattern.search` finds it."""
        return next(self.finditer(text, start, end), None)

    def match(self, text: str, start: int = 0, end: int | None = None):
        """The match at `start`, as `pattern.match` finds it (one place: nothing to skip; so a Guarded may wrap this)."""
        return self.pattern.match(text, start, len(text) if end is None else end)


class Guarded:
    """A `regex` pattern searched only when the text holds one of the words no match can be without.

    A search over a window that rarely matches costs the regex module a try at every character; on ASCII text (where
    ignoring case is lower-casing) a window of the lower-cased text holding none of `words` (one scan of them, C speed) has
    no match. Other text is searched as it is. `words`: lower case, each match holding one of them (outside any
    lookbehind)."""

    def __init__(self, pattern, words: tuple[str, ...]):
        self.pattern = ascii_twin(pattern)
        self.words = words
        self._any_word = re.compile("|".join(re.escape(w) for w in words))  # literals: sre skips to their first letters

    def search(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        low = ascii_lowered(text)
        if low is not None and self._any_word.search(low, start, end) is None:
            return None
        return self.pattern.search(text, start, end)

    def match(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        low = ascii_lowered(text)
        if low is not None and self._any_word.search(low, start, end) is None:
            return None
        return self.pattern.match(text, start, end)

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        low = ascii_lowered(text)
        if low is not None and self._any_word.search(low, start, end) is None:
            return iter(())
        return self.pattern.finditer(text, start, end)


def leading_words(phrases) -> tuple[str, ...] | None:
    """Guard words (lexicon.Guarded) for a pattern built from lexicon phrases (phrase_pattern, phrases_alternation): each
    phrase's opening run of letters and digits, lower-cased, which every match of the phrase holds as written; None when a
    phrase opens with another character."""
    words = set()
    for phrase in phrases:
        run = re.match(r"[^\W_]+", phrase.strip())
        if run is None:
            return None
        words.add(run.group().lower())
    return tuple(sorted(words))


def span_around(breaks, text: str, start: int, end: int, fig_start: int, fig_end: int) -> tuple[int, int]:
    """The part of text[start:end] holding the figure, cut at the nearest `breaks` matches on each side."""
    # The span's breaks are found once and bisected for each figure in it: the figures of a sentence share its clause
    # scan (stance) and those of a clause its modal scan (Reuters: a third of the scans repeated one already done), and
    # a scan per figure was quadratic in a sentence with thousands of figures (1,000 figures: 0.5 s).
    # The matches are in text order and do not overlap, so their starts and their ends both ascend:
    # those ending by fig_start are a prefix, the first one starting at fig_end or later follows it.
    starts, ends = _breaks_in(breaks, text, start, end)
    i = bisect.bisect_right(ends, fig_start)
    j = bisect.bisect_left(starts, fig_end, i)
    return (ends[i - 1] if i else start), (starts[j] if j < len(starts) else end)


def claim_sentence_end(claim: dict, sentence_start: int) -> int:
    """Where the claim's sentence ends in the text: its start there plus the length of the sentence the claim carries
    (its start when it carries none)."""
    return sentence_start + len(claim.get("sentence") or "")


class LastSeen:
    """Answers kept for the object last asked about (an article's text or context), dropped when another one comes: the
    claims steps ask again and again about the same figures of one article. The object is held (kept alive, so `is`
    compares it truly) and read once per call, so another thread replacing it cannot mix two objects' answers."""
    __slots__ = ("_seen",)

    def __init__(self):
        self._seen: tuple = (None, {})

    def answers(self, owner) -> dict:
        """The answers kept for `owner` (an empty dict when it is not the object last asked about)."""
        seen = self._seen
        if seen[0] is not owner:
            seen = self._seen = (owner, {})
        return seen[1]

    def holds(self, owner, key) -> bool:
        """Whether an answer for `key` is kept for `owner` (for tests: nothing is reset)."""
        seen = self._seen
        return seen[0] is owner and key in seen[1]


BREAKS_SEEN = LastSeen()  # {(pattern, start, end): (starts, ends)} of the last text seen


def _breaks_in(breaks, text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the matches of `breaks` in text[start:end] (kept for the last text seen)."""
    answers = BREAKS_SEEN.answers(text)
    key = (breaks, start, end)
    found = answers.get(key)
    if found is None:
        spans = [m.span() for m in breaks.finditer(text, start, end)]
        found = answers[key] = ([a for a, _ in spans], [b for _, b in spans])
    return found


# -- standard-engine twins of `regex` patterns, for ASCII text ------------------------------------------------------------
# Letters outside ASCII that the regex module's case-blind matching folds to an ASCII letter (long s, Kelvin sign, dotted
# capital I, dotless i): a pattern that could hold one (as a literal, an escape or inside a range) keeps the regex module.
_FOLDS_TO_ASCII = "\u017f\u212a\u0130\u0131"
_NON_ASCII_ESCAPE = re.compile(r"\\(?:u|U|x|N|0|[1-7][0-7]{2})")
# a hyphen between two characters of which one is not ASCII (a class's range; a hyphen opening or closing a class is none)
_NON_ASCII_RANGE = re.compile(r"[^\[\\]-[^\x00-\x7f\]]|[^\x00-\x7f]-[^\]]")
_FLAGS = ((regex.IGNORECASE, re.IGNORECASE), (regex.MULTILINE, re.MULTILINE), (regex.DOTALL, re.DOTALL),
          (regex.VERBOSE, re.VERBOSE))
_NEUTRAL_FLAGS = regex.UNICODE | regex.VERSION0  # what regex.compile adds by itself


def _ascii_twin(pattern):
    """The standard-`re` pattern matching exactly what `pattern` (a `regex` pattern) matches in ASCII text, or None.

    On ASCII text the two engines agree when the standard one runs with re.ASCII: \\w, \\b and \\d are the ASCII classes in
    both, \\s is [ \\t\\n\\r\\f\\v] in both (re's Unicode \\s would add \\x1c-\\x1f), and ignoring case folds only ASCII
    letters. A pattern re cannot compile (variable-width lookbehind, regex-only syntax) or whose case folding could reach
    ASCII from another letter has no twin."""
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & ~(_NEUTRAL_FLAGS | regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
                                                        | regex.VERBOSE):
        return None
    if not source.isascii() and any(c in source for c in _FOLDS_TO_ASCII):
        return None
    if _NON_ASCII_ESCAPE.search(source) or _NON_ASCII_RANGE.search(source):
        return None  # an escaped letter or a range reaching beyond ASCII might fold to an ASCII letter
    flags = re.ASCII
    for rx_flag, re_flag in _FLAGS:
        if pattern.flags & rx_flag:
            flags |= re_flag
    try:
        return re.compile(source, flags)
    except (re.error, ValueError, OverflowError):
        return None


class AsciiTwin:
    """A `regex` pattern that runs as its standard-`re` twin on ASCII text (nearly all of Reuters): the same matches, at
    a third to a half of the regex module's cost a call. Other text, or a pattern with no twin, uses the pattern itself.
    Match objects are the engine's own (group, start, end, span, lastgroup ... behave alike). A window the two engines
    read differently goes to the regex module: it counts a negative offset from the end and widens an end before the
    start to the start, where re finds nothing. The twin is compiled on first use (compiling all of them would cost a
    worker ~0.3 s at start-up)."""

    __slots__ = ("regex", "_re", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern):
        self.regex, self._re = pattern, _LazyTwin(self)
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return (self._re if text.isascii() and 0 <= pos <= endpos else self.regex).search(text, pos, endpos)

    def match(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return (self._re if text.isascii() and 0 <= pos <= endpos else self.regex).match(text, pos, endpos)

    def fullmatch(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return (self._re if text.isascii() and 0 <= pos <= endpos else self.regex).fullmatch(text, pos, endpos)

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return (self._re if text.isascii() and 0 <= pos <= endpos else self.regex).finditer(text, pos, endpos)

    def findall(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        return (self._re if text.isascii() and 0 <= pos <= endpos else self.regex).findall(text, pos, endpos)

    def sub(self, repl, text, count=0):
        return (self._re if text.isascii() else self.regex).sub(repl, text, count)

    def split(self, text, maxsplit=0):
        return (self._re if text.isascii() else self.regex).split(text, maxsplit)

    def __reduce__(self):  # pickled as the regex pattern it wraps (the twin is rebuilt on first use)
        return AsciiTwin, (self.regex,)


class _LazyTwin:
    """Stands for an AsciiTwin's standard pattern until first used: then compiles it (or, with no twin, takes the regex
    pattern itself) and puts it in its owner's place."""

    __slots__ = ("owner",)

    def __init__(self, owner: AsciiTwin):
        self.owner = owner

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)  # (copy and pickle probe for special methods: no twin is built for them)
        owner = self.owner
        owner._re = _ascii_twin(owner.regex) or owner.regex
        return getattr(owner._re, name)


def ascii_twin(pattern):
    """`pattern` as an AsciiTwin where it is a `regex` pattern (whether it has a twin is settled on first use)."""
    return AsciiTwin(pattern) if isinstance(pattern, regex.Pattern) else pattern


def ascii_twins(namespace: dict) -> None:
    """Every `regex` pattern of a module's namespace (and the pattern of each Guarded or Prefiltered in it) as an AsciiTwin.
    Called at the end of a claims module, after its patterns are built, so that each of its functions reads the twin."""
    for name, value in list(namespace.items()):
        if isinstance(value, regex.Pattern):
            namespace[name] = AsciiTwin(value)


# -- clause breaks ----------------------------------------------------------------------------------------------------------
# Each step cuts a figure's clause with a pattern of its own. Their members side by side (all ignore case; "w" stands for a
# word between white space, ", w" for a word after a comma):
#
#   PUNCTUATION_BREAK (here)  , ; :
#   voices.CLAUSE_BREAK       , ; :  | w: and but while which so
#   ownacts.CLAUSE_BREAK      ;      | w: but while whereas although however which  | ", saying" ", adding"
#   typemodel.CLAUSE_BREAK    ;      | w: but while whereas although however which  | ", saying" ", adding", ", and" before
#                             any letter | a bullet line (- • *)
#   cuescope.CLAUSE_BREAK     ;      | w: but while whereas although unless         | ". " | ", w": if unless | a bullet
#                             line (- • * –) | a "Label:" line | "as" opening a clause
#   figures.LATER_CLAUSE      cuescope.CLAUSE_BREAK | ", w": whose where
#   stance.CLAUSE_BREAK       ;      | w: but while whereas although however        | ". " (not after an initial) | ", w":
#                             which who whose saying adding insisting arguing noting | " which" | ", spending", ", totalling"
#                             | a bullet line (- • *) | ", with X saying" | ", and" or "and" opening a clause of its own (a
#                             new subject with its own verb, "and that", "and there was") | a time clause (after, since,
#                             when ... with its own subject and verb)
#
# Only the punctuation break was written twice (stance.PARTICIPLE_BREAK, plans' clause break): it is shared here. The others
# differ because each answers another question, as the comment at each says: which stance cue governs a figure (stance:
# every alternative a measured construction), which metric word names it (cuescope: a metric noun is often the antecedent
# of "which" or stands before "however"), where a blamed state's clause has ended (voices: any comma or conjunction), a
# financing or first-person act's own clause (ownacts), and the features the learned type model was trained on (typemodel:
# changing them changes the committed weights). Behaviour is as it was; whether one pattern would serve two steps is not
# measured.
# a comma, semicolon or colon: the narrowest break (a participle's or a purpose word's object ended before the figure)
PUNCTUATION_BREAK = ascii_twin(regex.compile(r"[,;:]"))
