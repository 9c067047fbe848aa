"""Figures a company, a bank or an industry's firms own: no state's claim.

A figure whose nearest owner before it in its sentence is a firm is the firm's ("Venezuela's biggest private sector
company, La Electricidad de Caracas, ... a total default on its 622 mln dlr foreign debt"; "Escom said it plans to
raise 2.2 billion rand"; "the OP Bank Group, which paid almost 387 million euros in corporate tax"; "all Swiss banks fell
by up to 25 pct"), unless a state or public body stands nearer to the figure ("Italy's biggest company said the
government will cut spending by 2 pct"). A firm is:

- a name the article gives a firm: a name with a legal form (company_forms.csv, or "Group") or a stock ticker ("British
  Telecommunications Plc <BTY.L>"), a name in apposition to a firm noun (firm_nouns.csv: "the company, X,", "X, the
  utility,"), after one ("the state power utility Escom"), or the subject of the sentence before one opening "The electricity
  company ..." (and its acronym in brackets, "(Escom)"); the name's leading words stand for it later ("La Electricidad");
- in a lower-cased wire text (capitals under LOWER_CASED_CAPITALS of its letters), a lower-case name in apposition to a
  firm noun before a verb ("venezuela's biggest private company, la electricidad de caracas, will meet"), its words none of
  not_in_firm_name.csv; the name's leading words stand for it later in either case ("la electricidad", "La electricidad");
- a name opened by a lead word of firm_nouns.csv before a place the entities read as a state ("Air Jamaica, with debts of
  ...", not "Air Force"): the place inside the name names no state;
- a firm noun with "the" ("the company said"), once the article has named a firm; a plural firm noun as a subject
  ("U.S. banks have", "firms will"), not a central, development or world bank;
- "it", "its", "they", "their", "we", "our" standing for the nearest owner before it in the sentence, else for the owner
  of the sentence before.

A sentence that names no owner at all goes on with the owner of the sentence before (up to two sentences back): "La
Electricidad is seeking permission for a 50 pct increase in tariffs. A 30 pct tariff increase introduced in january will only
bring in an extra 600 mln bolivars" is the utility's. A firm's rate of tax (a percent) stays a state's levy ("firms pay
a 30 pct corporate tax" is a claim by the conventions); a tax sum a firm pays is the firm's.
"""
from __future__ import annotations

import bisect
import functools
import itertools

import regex

from . import roles as _roles
from .guards import specific_in_sentence
from .cuelexicon import ECONOMY_RATES
from .lexicon import read_rows

# a name: capitalised words, with the lower-case links a firm's name may hold ("La Electricidad de Caracas")
_WORD = (r"(?-i:(?!(?:The|It|Its|He|She|They|We|Our|This|That|These|Those|In|On|At|For|But|And|A|An|If|As|By|Of|To|"
         r"With|From|After|Before|Under|Yesterday|Today|However|Meanwhile|Also)\b)[A-Z][\w&.’'-]*(?<!['’]s)(?<![.,'’-]))")
_LINK = r"(?:de|del|di|da|du|des|der|von|van|of|and|&|y)"
NAME = _WORD + r"(?:\s+(?:" + _LINK + r"\s+)?" + _WORD + r"){0,5}"
EXECUTIVE_TITLES = (r"chairman", r"chief\s+executive", r"managing\s+director", r"finance\s+director", r"spokesman",
                    r"spokeswoman", r"chief\s+financial\s+officer")
# a central, development or world bank is a public body
PUBLIC_BANK = regex.compile(r"\b(?:central|development|world|reserve|federal|national|investment|export[\s-]+import|"
                            r"people['’]s|state|multilateral|regional|government|savings|postal)\s+$", regex.IGNORECASE)
# a public bank the article names, which a later "the bank" stands for
PUBLIC_BANK_NAMED = regex.compile(r"\b(?:(?i:central|development|world|reserve|federal|investment|export[\s-]+import|"
                                  r"people['’]s|national)\s+bank|Bundesbank|Bank\s+of\s+(?:England|Japan|France|Canada|Italy|"
                                  r"Spain|Finland|Korea|Thailand|Israel|Greece|Portugal|Mexico|Russia|China))\b")
# a verb right after a subject (after an optional aside in commas or brackets)
VERB_AFTER = regex.compile(r"(?:\s*<[^<>]{1,12}>)?(?:\s*\([^()]{0,40}\))?(?:\s*,[^,]{1,80},)?\s+(?:also\s+|only\s+|now\s+|still\s+|not\s+|then\s+)?"
                           r"(?:said|says|say|is|are|was|were|will|would|shall|should|could|can|may|might|must|has|have|had|"
                           r"plans?|planned|expects?|expected|wants?|intends?|agreed|paid|pays|pay|spent|spends|spend|owes|"
                           r"owed|owe|raised|raises|raise|borrowed|fell|rose|reached|received|earned|lost|made|"
                           r"\w{3,}ed)\b", regex.IGNORECASE)
# "The carmaker cut its net debt": a singular firm's own cut (a plural's "banks cut" may end a phrase before the verb:
# "the policy for commercial banks cut the lending rate")
CUT_AFTER = regex.compile(r"\s+(?:also\s+|then\s+)?cuts?\b", regex.IGNORECASE)
# a name or a singular firm noun that is a subject, an owner or in apposition
OWNER_AFTER = regex.compile(r"(?:['’]s\b|\s*,\s*(?:which|who|that)\b|\s*,)")
# a reporting verb right after a firm: the firm speaks ("Escom said it plans ...": "it" is the firm) but owns no figure by it
REPORT_AFTER = regex.compile(r"(?:\s*<[^<>]{1,12}>)?(?:\s*\([^()]{0,40}\))?\s*,?\s+(?:also\s+|now\s+|had\s+|has\s+)?(?:said|says|say|told|tells|"
                             r"expects?|expected|estimates?|estimated|forecasts?|forecast|predicts?|predicted|sees|believes?|"
                             r"thinks?|reported|reports|noted|notes|added|wrote|writes|stated|states|announced)\b",
                             regex.IGNORECASE)
# a firm whose analyst speaks ("Lloyds Bank NZA Ltd chief economist X said", "X of Acme Corp, an economist"): the firm is
# neither the owner of the figure nor what a later "we" stands for
ANALYST_AFTER = regex.compile(r"(?:\s*<[^<>]{1,12}>)?\W{0,3}\s*(?:(?:chief|senior|international|economic|market|bond|money|currency|"
                              r"foreign\s+exchange|research|credit|fixed\s+income|investment|equity|oil)\s+){0,3}(?:economists?|"
                              r"analysts?|dealers?|strategists?|traders?|brokers?|forecasters?)\b", regex.IGNORECASE)
# the firm's report speaks, as its analyst does: "said in the firm's weekly credit market report"
FIRM_REPORT = regex.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:report|survey|review|analysis|commentary|bulletin|newsletter|"
                            r"forecasts?|estimates?|projections?)\b", regex.IGNORECASE)
AFFILIATION_BEFORE = regex.compile(r"\b(?:of|at|with|from)\s+(?:the\s+)?$", regex.IGNORECASE)
# firms as the object of a preposition ("tax revenue from corporations", "a levy on banks")
PREPOSITION_BEFORE = regex.compile(r"\b(?:from|on|to|by|against|with|among|between)\s+(?:(?:the|all|some|many|most|"
                                   r"its|their|other|(?-i:[A-Z][\w.-]*)|[a-z]+(?:al|ic|ial|ian|ese|ish))\s+){0,2}$",
                                   regex.IGNORECASE)
# firms a rule is laid on: "companies will be allowed to offset 10 pct", "banks are required to hold reserves of ..."
RULED_AFTER = regex.compile(r"\s+(?:(?:will|would|shall|should|could|may|must|might|are|were|be|been|being|have\s+been|"
                            r"had\s+been|has\s+been|also|still|not|now|only)\s+)+(?:allowed|required|permitted|obliged|"
                            r"forced|asked|ordered|told|exempted|exempt|entitled|able|eligible|expected\s+to\s+pay)\b",
                            regex.IGNORECASE)
# bare people nouns the entities read as a state's officials: after a firm in their sentence, they are the firm's
# a line of a company's results table, the wire's earnings format: "Shr 5.1p vs 4.2p", "Oper net profit 456,000 vs loss
# 2,454,000", "Revs 16.3 mln vs 13.1 mln", "Avg shrs 55.8 mln vs 34.7 mln" (a line of its own, opening on a per-share,
# net-income, revenue or share-count label, with the year-before figure after "vs")
RESULTS_LINE = regex.compile(r"^[ \t]*(?:oper(?:ating)?\s+)?(?:shr|net|revs|avg\s+shrs)\b[^\n]{0,80}?\bvs\b",
                             regex.IGNORECASE | regex.MULTILINE)
RESULTS_LINES = 2  # lines of that table that make the article a company's results report


def results_report(text: str) -> bool:
    """Is the article a company's results report (at least RESULTS_LINES lines of the earnings table)? Its figures,
    the notes under the table included ("1986 net includes tax credits of 2,942,000 dlrs", "Tax 186 mln vs 184 mln",
    "provision for income taxes of 238,000 dlrs"), are the company's: a state's tax, debt or spending is no line of it."""
    found = 0
    for _ in RESULTS_LINE.finditer(text):
        found += 1
        if found >= RESULTS_LINES:
            return True
    return False


STAFF = frozenset({"officials", "official", "executives", "spokesman", "spokeswoman", "spokesmen", "sources"})
PRONOUN = regex.compile(r"\b(?:it|its|they|their|we|our)\b", regex.IGNORECASE)
# a public pronoun or noun the entities read as a state ("the country", "the government"), as opposed to "it", "its", "their"
FIRM_PRONOUNS = frozenset({"it", "its", "their", "they", "we", "our"})
REACH_BACK = 1  # sentences a sentence naming no owner goes back for the owner of its figures


@functools.cache
def _nouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_rows("firm_nouns.csv")
    return (tuple(r["noun"] for r in rows if r["plural"] not in ("yes", "name", "lead")),
            tuple(r["noun"] for r in rows if r["plural"] == "yes"))


@functools.cache
def _alone() -> frozenset[str]:
    """The singular firm nouns of one industry ("carmaker", "airline": firm_nouns.csv rows marked alone) that name a firm
    with "the" even where the article names no firm."""
    return frozenset(r["noun"] for r in read_rows("firm_nouns.csv") if r["plural"] == "alone")


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns():
    singular, plural = _nouns()
    forms = _forms()
    sing = r"(?:" + _alt(singular) + r")"
    titles = "|".join(EXECUTIVE_TITLES)
    return {
        # "British Telecommunications Plc", "OP Bank Group", "Acme Ltd <ACME.L>"
        "form": regex.compile(r"(?P<name>" + NAME + r")[ \t,]+(?-i:" + _alt(forms) + r")\b|(?P<name>" + NAME
                              + r")\s+<[A-Z0-9.]+>"),
        # "private sector company, La Electricidad de Caracas,"
        "after_noun": regex.compile(r"\b(?P<noun>" + sing + r"),\s+(?P<name>" + NAME + r")\s*,", regex.IGNORECASE),
        # "Escom, the state utility," / "X, Venezuela's biggest company,"
        "before_noun": regex.compile(r"(?P<name>" + NAME + r"),\s+(?:the|a|an|" + _WORD + r"['’]s)\s+(?:[\w'’-]+\s+){0,5}?"
                                     r"(?P<noun>" + sing + r")\b", regex.IGNORECASE),
        # "the state power utility Escom"
        "noun_name": regex.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?(?P<noun>" + sing + r")\s+(?P<name>" + NAME + r")",
                                   regex.IGNORECASE),
        # "The electricity company, which ..." / "The utility said" opening a sentence
        "definite_open": regex.compile(r"\s*the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?P<noun>(?-i:" + sing + r"))(?:\s*,|\s+(?:said|says|"
                                       r"is|was|has|had|will|would|which|also|plans|expects)\b)", regex.IGNORECASE),
        # "the company", "the utility" anywhere
        "definite": regex.compile(r"\bthe\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?P<noun>(?-i:" + sing + r"))\b", regex.IGNORECASE),
        # "BT chairman Sir George Jefferson said": a firm's executive speaks for it (a state's or a body's is an entity)
        "executive": regex.compile(r"(?P<name>" + NAME + r")\s+(?-i:" + titles + r")\b"),
        # the cheap tests first: where the text holds a firm noun, a legal form or a ticker, an executive's title
        "any_noun": regex.compile(r"\b(?:" + sing + r"|" + _alt(plural) + r")\b", regex.IGNORECASE),
        "any_form": regex.compile(r"(?-i:\b(?:" + _alt(forms) + r")\b)|<"),
        "any_executive": regex.compile(r"(?-i:\b(?:" + titles + r")\b)"),
        # "U.S. banks", "all Swiss banks", "firms"
        "plural": regex.compile(r"\b(?P<noun>" + _alt(plural) + r")\b", regex.IGNORECASE),
        # a sentence's subject: its leading name, after a possessive state ("South Africa's Electricity Supply Commission
        # (Escom)")
        "subject": regex.compile(r"\s*(?:(?:the\s+)?" + NAME + r"['’]s\s+)?(?:the\s+)?(?P<name>" + NAME + r")(?:\s*\((?P<acronym>"
                                 r"(?-i:[A-Z][\w.&-]{1,9}))\))?", regex.IGNORECASE),
    }


@functools.cache
def _plain_nouns() -> tuple[str, ...] | None:
    """The firm nouns, when all are plain lower-case ASCII words (the whole-word scan `_noun_starts` reads them so)."""
    singular, plural = _nouns()
    words = singular + plural
    return words if all(w.isascii() and w.isalpha() and w.islower() for w in words) else None


def _noun_starts(text: str) -> list[int] | None:
    """Where `any_noun` matches in an ASCII text, found with str.find: the same starts as the pattern's (a noun matches
    as a whole word, case-insensitively: at most one noun at a start, none overlapping), at a fraction of the regex
    scan's cost. None where the text or a noun is not plain ASCII (the pattern reads those)."""
    words = _plain_nouns()
    if words is None or not text.isascii():
        return None
    low = text.lower()
    n = len(low)
    out = []
    for word in words:
        size = len(word)
        i = low.find(word)
        while i >= 0:
            j = i + size
            # \b at both ends: an ASCII word character is a letter, a digit or "_"
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and (
                    j == n or not (low[j].isalnum() or low[j] == "_")):
                out.append(i)
            i = low.find(word, i + 1)
    out.sort()
    return out


@functools.cache
def _forms() -> tuple[str, ...]:
    """The legal forms that follow a firm's name as written (company_forms.csv rows with no word required before them),
    "Group", and the words that end the name of a firm or of a state's agency running its own accounts (firm_nouns.csv rows
    marked name: "Canada Post", "Air Lanka Airlines", "St Lawrence Seaway"): their deficit, debt or spending is theirs,
    no state's budget."""
    return tuple(r["form"] for r in read_rows("company_forms.csv") if not r["after"]) + ("Group",) + tuple(sorted(_name_ends()))


@functools.cache
def _name_ends() -> frozenset[str]:
    """The words that end a firm's or an agency's name (firm_nouns.csv rows marked name)."""
    return frozenset(r["noun"] for r in read_rows("firm_nouns.csv") if r["plural"] == "name")


@functools.cache
def _leads() -> tuple[str, ...]:
    """The capitalised words that open the name of a firm of one industry before a place ("Air Jamaica", "Air India":
    firm_nouns.csv rows marked lead)."""
    return tuple(r["noun"] for r in read_rows("firm_nouns.csv") if r["plural"] == "lead")


@functools.cache
def _lead_pattern():
    """"Air Jamaica": a lead word and up to three capitalised words (a place among them names no state)."""
    leads = _leads()
    if not leads:
        return None
    return regex.compile(r"(?<![\w-])(?P<name>(?-i:" + _alt(leads) + r")\s+(?P<place>" + _WORD + r")(?:\s+" + _WORD
                         + r"){0,2})")


def _lead_names(ctx, sentence) -> list[tuple[str, int, int]]:
    """The names opened by a lead word before a place the entities read as a state or public body ("Air Zimbabwe, with
    debts of ...", not "Air Force")."""
    pattern = _lead_pattern()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text, sentence.start, sentence.end):
        if any(e.start == m.start("place") and _roles.is_public_body(e) and "pronoun" not in e.kind
               for e in ctx.entities(sentence)):
            out.append((m.group("name"), m.start("name"), m.end("name")))
    return out


def _name_end(text: str, end: int) -> bool:
    """Whether the legal form ending at `end` is a word that ends an agency's name ("Post" in "Canada Post")."""
    return any(text.startswith(w, end - len(w)) for w in _name_ends())


@functools.cache
def _literals() -> dict[str, tuple[str, ...]]:
    """Words one of which (as written) every match of `any_form` and `any_executive` holds: the legal forms and "<", the
    titles' first words."""
    return {"any_form": _forms() + ("<",), "any_executive": tuple(dict.fromkeys(t.split("\\")[0] for t in EXECUTIVE_TITLES))}


def _find_all(text: str, key: str) -> list[int]:
    """The starts of the cheap pattern `key`'s matches in the whole text. A text without any of the pattern's literal
    words (case-sensitive: forms and executives' titles are matched as written) holds no match."""
    if key == "any_noun":
        found = _noun_starts(text)
        if found is not None:
            return found
    elif not any(word in text for word in _literals()[key]):
        return []
    return [m.start() for m in _patterns()[key].finditer(text)]


def _holds(ctx, cache: dict, key: str, start: int, end: int) -> bool:
    """Whether the text holds a match of the cheap pattern `key` between start and end (its matches found once per article)."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = _find_all(ctx.text, key)
    k = bisect.bisect_left(found, start)
    return k < len(found) and found[k] < end


_TRAILING = " \t\n\r\f\v,"
NAME_TOKENS = 11  # a NAME's most whitespace-separated pieces: 6 words and 5 links


def _reach_back(text: str, pos: int, tokens: int) -> int:
    """The start of the `tokens`-th piece of text (split at whitespace) before `pos`, after the whitespace and commas right
    before it (0 when there are fewer): no match of a pattern holding at most that many pieces before `pos` (a NAME and
    the separator before its legal form ...) starts earlier, as no piece of those patterns holds whitespace."""
    width = 256
    while True:
        lo = max(0, pos - width)
        rest = text[lo:pos].rstrip(_TRAILING)
        parts = rest.rsplit(None, tokens)
        if len(parts) > tokens:  # parts[1], whole (whitespace before it), is the tokens-th piece
            return lo + rest.find(parts[1], len(parts[0]))
        if lo == 0:
            return 0
        width *= 4


# the most whitespace-separated pieces of text a match of each NAME pattern holds before its legal form, ticker or firm
# noun: a NAME; a NAME, "," a determiner and five words ("Escom, the state-owned power utility"); "the" and three words
# ("the state power utility Escom"); none ("company, La Electricidad de Caracas,": the match starts at its noun)
BEFORE_NOUN_WORDS = 5  # the words before_noun allows between its determiner and its noun
_REACH = {"form": NAME_TOKENS, "before_noun": NAME_TOKENS + 1 + BEFORE_NOUN_WORDS, "noun_name": 1 + 3, "after_noun": 0}


def _windowed(key: str, text: str, found: list[int], start: int, end: int):
    """`_patterns()[key].finditer(text, start, end)` for the NAME patterns, each search begun no more than _REACH[key]
    pieces of text before the next place the match needs (`found`: the starts of `any_form` for "form", its legal form or
    "<"; of `any_noun` for the others, their firm noun): a match starting earlier would hold more pieces than the pattern
    allows, so the matches are the same, found without trying a NAME at every capital of a long sentence."""
    pattern = _patterns()[key]
    reach = _REACH[key]
    # a legal form or ticker, or (on ASCII text with plain nouns) a firm noun, that cannot be the pattern's is passed over
    sieve = key == "form" or (_plain_nouns() is not None and text.isascii())
    pos = start
    k = bisect.bisect_left(found, start)
    n = len(found)
    while True:
        k = bisect.bisect_left(found, pos, k)
        first = None
        while k < n and found[k] < end:
            at = found[k]
            if not sieve or _may_hold(key, text, at):
                first = _reach_back(text, at, reach) if reach else at
                break
            k += 1
        if first is None:
            first = _cut_word(key, text, pos, end)
            if first is None:
                return
            first = _reach_back(text, first, reach) if reach else first
        m = pattern.search(text, max(pos, first), end)
        if m is None:
            return
        yield m
        pos = m.end()


def _may_hold(key: str, text: str, at: int) -> bool:
    """Whether the legal form or ticker (`_may_be_form`) or the firm noun (a whole ASCII word, `any_noun`'s) at `at` may
    be the one of a `key` match: "company, X," has a comma right after it; "the company Escom" whitespace and a capital; "Escom,
    the company" a comma before it and a singular noun (a plural's "s" leaves the singular no word's end)."""
    if key == "form":
        return _may_be_form(text, at)
    stop = at
    size = len(text)
    while stop < size and text[stop].isalpha():
        stop += 1
    if key == "after_noun":
        return text.startswith(",", stop)
    if key == "noun_name":
        j = stop
        while j < size and text[j].isspace():
            j += 1
        return stop < j < size and "A" <= text[j] <= "Z"
    if text[at:stop].lower() not in _singular():
        return False
    # the name's comma: in the determiner's piece or the one before it, at most BEFORE_NOUN_WORDS + 1 pieces back
    comma = text.find(",", _reach_back(text, at, BEFORE_NOUN_WORDS + 2), at)
    while comma >= 0:
        if text[comma + 1].isspace():
            return True
        comma = text.find(",", comma + 1, at)
    return False


TICKER = regex.compile(r"<[A-Z0-9.]+>")


def _may_be_form(text: str, at: int) -> bool:
    """Whether the legal form or "<" at `at` may end a `form` match: a ticker in full, and before it (past the spaces and
    commas, or the whitespace before a ticker) the last character of a NAME's word (a word character or "&"; any
    character outside ASCII, which the sieve leaves to the pattern)."""
    i = at
    if text.startswith("<", at):
        if not TICKER.match(text, at):
            return False
        while i > 0 and text[i - 1].isspace():
            i -= 1
    else:
        while i > 0 and text[i - 1] in " \t,":
            i -= 1
    if i == at or i == 0:
        return False
    c = text[i - 1]
    return not c.isascii() or c.isalnum() or c in "_&"


@functools.cache
def _singular() -> frozenset[str]:
    return frozenset(_nouns()[0])


def _cut_word(key: str, text: str, pos: int, end: int) -> int | None:
    """Where a legal form or a firm noun the window's end cuts from the word it starts may begin ("Acme Plc" in "Acme
    Plcx" up to "Plc"): the pattern reads the end as a word's end, the whole text's scan did not (None: none can)."""
    if key == "form":
        cut = [end - len(f) for f in _literals()["any_form"][:-1] if end - len(f) >= pos and text.startswith(f, end - len(f))]
        return min(cut) if cut else None
    if key != "before_noun" or end >= len(text):
        return None  # (a noun the others match has a space or a comma after it)
    c = text[end]
    if c.isascii() and not (c.isalnum() or c == "_"):
        return None
    longest = max(len(n) for n in _nouns()[0]) if _plain_nouns() is not None else end
    return max(pos, end - 2 * longest)


def _public_name(ctx, sentence, start: int, end: int) -> bool:
    """Whether a name is a public body's (a state, its government, an international body: "World Bank Group"); a place
    inside a firm's name ("La Electricidad de Caracas") leaves it a firm's."""
    return any(_roles.is_public_body(e) and e.start == start and e.end >= end and "pronoun" not in e.kind
               for e in ctx.entities(sentence))


def _variants(name: str) -> set[str]:
    """A name and its leading words of two words or more ("La Electricidad de Caracas": "La Electricidad")."""
    words = name.split()
    out = {" ".join(words)}
    for k in range(2, len(words)):
        if not regex.fullmatch(_LINK, words[k - 1]):
            out.add(" ".join(words[:k]))
    return out


def _article_names(ctx, sentences, cache: dict) -> _NameFinder | None:
    """The names the article gives its firms, as a finder (None when it names none)."""
    if "firm_names" in cache:
        return cache["firm_names"]
    pats = _patterns()
    text = ctx.text
    names: set[str] = set()
    previous = None
    _holds(ctx, cache, "any_noun", 0, 0)
    _holds(ctx, cache, "any_form", 0, 0)
    nouns, forms = cache["any_noun"], cache["any_form"]
    left = bisect.bisect_left
    lower = None  # whether the text is lower-cased: read once, when a sentence first holds a lower-case name in apposition
    led = any(w in text for w in _leads()) and _lead_pattern().search(text) is not None  # a lead word ("Air") anywhere: its sentences are read for "Air Jamaica"
    for sentence in sentences:
        s, e = sentence.start, sentence.end
        k = left(nouns, s)
        noun = k < len(nouns) and nouns[k] < e
        k = left(forms, s)
        form = k < len(forms) and forms[k] < e
        if not (noun or form or led):  # (the _holds tests inline: most sentences name no firm noun or form)
            previous = sentence
            continue
        found = []
        for key in ("form", "after_noun", "before_noun", "noun_name"):
            if not (form if key == "form" else noun):
                continue
            for m in _windowed(key, text, cache["any_form" if key == "form" else "any_noun"], s, e):
                noun_start = m.start("noun") if "noun" in m.groupdict() and m.group("noun") else None
                if noun_start is not None and m.group("noun").lower().startswith("bank") \
                        and PUBLIC_BANK.search(text, max(s, noun_start - 30), noun_start):
                    continue
                found.append((m.group("name"), m.start("name"), m.end("name")))
        if led:
            found.extend(_lead_names(ctx, sentence))
        if noun and _noun_comma(text, nouns, s, e):
            lowered = _lower_names(text, s, e)
            if lowered and lower is None:
                lower = lower_cased(text)
            if lowered and lower:
                found.extend(lowered)
        if previous is not None and noun and pats["definite_open"].match(text, s, e):
            m = pats["subject"].match(text, previous.start, previous.end)
            # ("The World Bank approved new lending. The bank said": a public body's name, no firm's)
            if m and not _public_name(ctx, previous, m.start("name"), m.end("name")):
                found.append((m.group("name"), m.start("name"), m.end("name")))
                if m.group("acronym"):
                    found.append((m.group("acronym"), m.start("acronym"), m.end("acronym")))
        for name, a, b in found:
            name = " ".join(name.split())
            if len(name) < 2 or name.lower() in ("the", "a", "an"):
                continue  # (a public body's name, "the World Bank Group", is left out where it is met: _mentions)
            variants = _variants(name)
            if lower:  # a lower-cased wire writes the name either way ("la electricidad", "La electricidad")
                variants |= {v[:1].upper() + v[1:] for v in variants} | {v[:1].lower() + v[1:] for v in variants}
            names |= variants
        previous = sentence
    found = _NameFinder(names) if names else None
    cache["firm_names"] = found
    return found


# a lower-cased wire text ("venezuela's biggest private company, la electricidad de caracas, will meet ..."): capitals
# are a small share of its letters, so a firm's name in apposition to a firm noun is found in lower case as well
LOWER_CASED_CAPITALS = 0.02  # most share of capitals among the letters of a lower-cased text (edited news text: 3-7 pct)
LOWER_CASED_LETTERS = 200  # fewest letters of a text read for it
_LOWER_WORD = r"(?-i:[a-z][\w&.'’-]*(?<![.,'’-]))"

_LETTER = regex.compile(r"[A-Za-z]")
_CAPITAL = regex.compile(r"[A-Z]")


def lower_cased(text: str) -> bool:
    """Is the text a lower-cased wire text (capitals under LOWER_CASED_CAPITALS of its letters)?"""
    letters = len(_LETTER.findall(text))
    return letters >= LOWER_CASED_LETTERS and len(_CAPITAL.findall(text)) < LOWER_CASED_CAPITALS * letters


@functools.cache
def _lower_apposition():
    """"company, la electricidad de caracas, will": a firm noun, a lower-case name of up to six words (no function word,
    firm_nouns.csv and apposition words read as in capitalised text), a comma and a verb (VERB_AFTER)."""
    singular, _ = _nouns()
    return regex.compile(r"\b(?P<noun>(?:" + _alt(singular) + r")),\s+(?P<name>" + _LOWER_WORD + r"(?:\s+(?:" + _LINK
                         + r"\s+)?" + _LOWER_WORD + r"){0,5})\s*,", regex.IGNORECASE)


@functools.cache
def _not_in_name() -> frozenset[str]:
    """Words no firm's name in apposition holds in a lower-cased text (not_in_firm_name.csv)."""
    return frozenset(r["word"] for r in read_rows("not_in_firm_name.csv"))


def _noun_comma(text: str, nouns: list[int], start: int, end: int) -> bool:
    """Whether a firm noun between start and end has a comma right after it (the cheap test before _lower_names)."""
    k = bisect.bisect_left(nouns, start)
    while k < len(nouns) and nouns[k] < end:
        if _may_hold("after_noun", text, nouns[k]):
            return True
        k += 1
    return False


def _lower_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The lower-case names in apposition to a firm noun in a sentence of a lower-cased text, with a verb after the
    apposition's closing comma."""
    out = []
    for m in _lower_apposition().finditer(text, start, end):
        words = m.group("name").split()
        if any(w.lower() in _not_in_name() or w.endswith("ing") or w.endswith("ly") for w in words):
            continue
        if m.group("noun").lower().startswith("bank") and PUBLIC_BANK.search(text, max(start, m.start() - 30), m.start()):
            continue
        if VERB_AFTER.match(text, m.end(), end):
            out.append((m.group("name"), m.start("name"), m.end("name")))
    return out


def _word_char(c: str) -> bool:
    """A character of the standard re's \\w in a str pattern, or "-"."""
    return c.isalnum() or c == "_" or c == "-"


class _NameFinder:
    """The article's firm names found in a sentence as the pattern
    `(?<![\\w-])(?:NAME|NAME ...)(?![\\w-])` (the names longest first, their spaces `\\s+`) finds them with the standard re,
    without compiling that pattern for each article. Every match starts where a name's first word does (str.find); at a
    start the longest name that fits wins, as the alternation's first fitting name does (two names fitting at one start
    differ in length: each word but the last is a whole piece of the text between whitespace). The matches are the
    leftmost, each search going on after the last one's end; the window's end reads as the text's end."""

    __slots__ = ("first",)

    def __init__(self, names):
        first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for name in names:
            words = tuple(name.split(" "))
            first.setdefault(words[0], []).append((len(name), words))
        self.first = first

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        starts: dict[int, list[str]] = {}
        for word in self.first:
            i = text.find(word, start, end)
            while i >= 0:
                if i == 0 or not _word_char(text[i - 1]):
                    starts.setdefault(i, []).append(word)
                i = text.find(word, i + 1, end)
        out = []
        last = start
        for i in sorted(starts):
            if i < last:
                continue
            best = None
            for word in starts[i]:
                for size, words in self.first[word]:
                    if best is not None and size <= best[0]:
                        continue
                    q = self._fit(text, i, end, words)
                    if q is not None:
                        best = (size, q)
            if best is not None:
                out.append((i, best[1]))
                last = best[1]
        return out

    @staticmethod
    def _fit(text: str, i: int, end: int, words: tuple[str, ...]) -> int | None:
        """Where `words` (the first known to stand at i) end when they stand at i with whitespace between them and no
        word character or "-" after them, else None."""
        q = i + len(words[0])
        for word in words[1:]:
            if q >= end or not text[q].isspace():
                return None
            q += 1
            while q < end and text[q].isspace():
                q += 1
            if q + len(word) > end or not text.startswith(word, q):
                return None
            q += len(word)
        return q if q == end or not _word_char(text[q]) else None


def _firm_kind(text: str, end: int, plural: bool) -> str | None:
    """What a firm mention ending at `end` is: "analyst" (its economist or its report speaks), "voice" (it speaks: a
    reporting verb), "firm" (a subject, an owner or in apposition), None (an object: "lend to the company")."""
    if ANALYST_AFTER.match(text, end) or FIRM_REPORT.match(text, end):
        return "analyst"
    if REPORT_AFTER.match(text, end):
        return "voice"
    if VERB_AFTER.match(text, end) or (not plural and (OWNER_AFTER.match(text, end) or CUT_AFTER.match(text, end))):
        return "firm"
    return None


def _mentions(ctx, sentences, sentence, cache: dict) -> list[tuple[int, str]]:
    """The owners a sentence names, in text order: (position, kind), kind "firm" (a named firm or "the company" as a
    subject, owner or apposition), "firms" (an industry's firms as a subject), "voice" (a firm that speaks), "analyst" (a
    firm whose economist speaks), "public" (a state or public body), "staff" ("officials": the firm's after a firm) or
    "pronoun"."""
    text = ctx.text
    s, e = sentence.start, sentence.end
    pats = _patterns()
    names = _article_names(ctx, sentences, cache)
    noun, form = _holds(ctx, cache, "any_noun", s, e), _holds(ctx, cache, "any_form", s, e)
    out = []
    spans = []  # the firms' names: a place inside one ("La Electricidad de Caracas") names no state
    if names is not None:
        for a, b in names.spans(text, s, e):
            if _public_name(ctx, sentence, a, b):
                continue
            spans.append((a, b))
            kind = _firm_kind(text, b, False)
            if kind:
                out.append((a, kind))
    if noun:
        alone = _alone() if names is None else None  # no firm named: only an industry's noun ("the carmaker") is one
        for m in pats["definite"].finditer(text, s, e):
            if alone is not None and " ".join(m.group("noun").lower().replace("-", " ").split()) not in alone:
                continue
            if m.group("noun").lower().startswith("bank") and (
                    PUBLIC_BANK.search(text, max(s, m.start("noun") - 30), m.start("noun"))
                    or PUBLIC_BANK_NAMED.search(text, 0, m.start())):
                continue  # "the bank" after the World Bank or a central bank is that bank
            kind = _firm_kind(text, m.end(), False)
            if kind:
                out.append((m.start(), kind))
    for m in (_windowed("form", text, cache["any_form"], s, e) if form else ()):
        # a word that ends an agency's name belongs to it ("Canada Post" is no state "Canada"); a legal form or "Group"
        # after a public body's name leaves it public ("World Bank Group")
        if not _public_name(ctx, sentence, m.start("name"), m.end() if _name_end(text, m.end()) else m.end("name")):
            spans.append((m.start(), m.end()))
            kind = _firm_kind(text, m.end(), False)
            if kind is None:  # "Steve Smith of Acme Securities Inc": the firm its analyst is from
                # (or "... said Steve Smith of Acme Securities Inc.", the name read from the person on)
                kind = "analyst" if AFFILIATION_BEFORE.search(text, max(s, m.start() - 8), m.start()) \
                    or regex.search(r"\sof\s", m.group("name")) else "firm"
            out.append((m.start(), kind))
    for m in (pats["plural"].finditer(text, s, e) if noun else ()):
        if PUBLIC_BANK.search(text, max(s, m.start() - 30), m.start()) or PREPOSITION_BEFORE.search(
                text, max(s, m.start() - 40), m.start()) or RULED_AFTER.match(text, m.end()):
            continue
        kind = _firm_kind(text, m.end(), True)
        if kind:
            out.append((m.start(), "firms" if kind == "firm" else kind))
    for m in (pats["executive"].finditer(text, s, e) if _holds(ctx, cache, "any_executive", s, e) else ()):
        if not _public_name(ctx, sentence, m.start("name"), m.end("name")) and not any(
                ent.start <= m.start("name") < ent.end for ent in ctx.entities(sentence)):
            out.append((m.start(), "voice"))
    for m in PRONOUN.finditer(text, s, e):
        out.append((m.start(), "pronoun"))
    for ent in ctx.entities(sentence):
        if ent.surface.lower() in FIRM_PRONOUNS:
            continue  # read above, as the owner before it
        if _roles.is_public_body(ent) and not any(a <= ent.start < b for a, b in spans) \
                and not (ent.kind == "demonym" and MARKET_AFTER.match(text, ent.end)):
            out.append((ent.start, "staff" if ent.kind == "generic" and ent.surface.lower() in STAFF else "public"))
    out.sort()
    return out


def _resolved(ctx, sentences, index: int, cache: dict) -> list[tuple[int, str]]:
    """A sentence's owners with each pronoun read as the owner before it (in the sentence, else the sentence before's)."""
    key = ("firm_owners", index)
    if key in cache:
        return cache[key]
    out = []
    before = None
    for pos, kind in _mentions(ctx, sentences, sentences[index], cache):
        if kind == "analyst":
            continue
        if kind == "staff":  # "La Electricidad is seeking ..., which officials say": the firm's officials
            kind = "firm" if out and out[-1][1] == "firm" else "public"
        if kind == "pronoun":
            kind = out[-1][1] if out else (before if before is not None
                                           else _owner_before(ctx, sentences, index, cache, voices=True))
            kind = "firm" if kind == "voice" else kind
            before = kind
            if kind is None:
                continue
        out.append((pos, kind))
    cache[key] = out
    return out


def _owner_before(ctx, sentences, index: int, cache: dict, voices: bool = False) -> str | None:
    """The owner of the sentence before (its last owner: "the danger of a total default on its 622 mln dlr foreign debt" is
    the firm's, not its descriptor's "Venezuela's biggest private sector company"; a sentence naming none goes back, up to
    REACH_BACK); with `voices`, for a pronoun, a firm that spoke there too ("BT chairman X said ... . 'We have been
    spending 160 mln stg ...'")."""
    for k in range(index - 1, max(-1, index - 1 - REACH_BACK), -1):
        owners = [kind for _, kind in _resolved(ctx, sentences, k, cache) if voices or kind != "voice"]
        if owners:
            return {"firms": None, "voice": "firm"}.get(owners[-1], owners[-1])
    return None


# a line of a company's results table: "Shr 5.1p vs 4.2p", "Oper net 3,345,000 vs 4,885,000", "Pretax profit 174.1 mln vs
# 125.6 mln", "Net loss 62.1 mln stg vs 71.6 mln profit" (a label that only a firm's accounts have, a figure, "vs")...
_PERIOD = (r"^[ \t]*(?:(?:oper(?:ating)?|avg|average|year|qtr|quarter|1st|2nd|3rd|4th|first|second|third|fourth|half|"
           r"nine\s+mths|six\s+mths|group|consolidated|parent)\s+){0,2}")
FIRM_LINE = regex.compile(_PERIOD + r"(?:shrs?|net(?=\s+(?:[\d(]|profit|income|loss|earnings|attributable))|"
                          r"(?:pre-?tax|operating|trading|attributable)\s+profit|profit\s+(?:before|after)\s+tax(?:ation)?|"
                          r"earnings\s+per\s+(?:share|shr))\b[^\n]{0,60}?\bvs\b", regex.IGNORECASE | regex.MULTILINE)
# ... and the lines of its sales beside them ("Sales 126.8 mln vs 120.1 mln", "Turnover 1.95 billion stg vs 1.63 billion")
SALES_LINE = regex.compile(_PERIOD + r"(?:revs|sales|turnover)\b[^\n]{0,60}?\bvs\b", regex.IGNORECASE | regex.MULTILINE)
VS = regex.compile(r"\bvs\b\.?", regex.IGNORECASE)


def results_table(text: str) -> bool:
    """Whether an article holds a company's results table: a line of a firm's accounts (`FIRM_LINE`: a per-share, net or
    profit label, a figure, "vs") and another one of them or of its sales (`SALES_LINE`). A state's statistics tables
    ("Outlays 82.4 billion dlrs vs 79.1 billion", "Receipts ...", "Net borrowing requirement ...") have no such labels."""
    if "vs" not in text:
        return False
    firm = sum(1 for _ in itertools.islice(FIRM_LINE.finditer(text), 2))
    return firm >= 2 or (firm == 1 and SALES_LINE.search(text) is not None)


def firm_figures(ctx, sentences, sentence, state: dict, figs: list[dict], hits) -> list[dict]:
    """The figures less those a firm owns: the nearest owner before each in its sentence is a firm, or the sentence names
    no owner and the one before it is a firm's (unless a specific policy phrase names the figure's metric). In an article
    that holds a company's results table (`results_table`), a sentence of it comparing figures with "vs" ("Tax 49.4 mln vs
    34.9 mln", "Income tax provisions 2,200,000 dlrs vs 3,450,000 dlrs", "Cash surplus 423 mln vs 584 mln") is a line of the
    firm's accounts: none of its figures is a state's."""
    cache = state.setdefault("firm_cache", {})
    if cache.get("article") is not ctx.text:
        cache.clear()
        cache["article"] = ctx.text
        cache["index"] = {s.start: k for k, s in enumerate(sentences)}
        # an article with no firm noun, legal form, ticker or executive's title names no firm: nothing to look for
        end = len(ctx.text)
        cache["firms"] = any(_holds(ctx, cache, key, 0, end) for key in ("any_noun", "any_form", "any_executive")) or (
            any(w in ctx.text for w in _leads()) and _lead_pattern().search(ctx.text) is not None)
        cache["results"] = results_table(ctx.text)
    if cache["results"] and VS.search(ctx.text, sentence.start, sentence.end):
        return []
    index = cache["index"].get(sentence.start)
    if index is None or not cache["firms"]:
        return figs
    owners = _resolved(ctx, sentences, index, cache)
    return [f for f in figs if not _firm_owned(ctx, sentences, sentence, index, owners, f, hits, cache)]


def _firm_owned(ctx, sentences, sentence, index, owners, f, hits, cache) -> bool:
    """Whether a figure is a firm's: its nearest owner before it in the sentence (or, naming none, the sentence before's)
    is a firm, and it is no rate of a state's levy, no state-only metric a specific phrase names and no state's sum."""
    before = [kind for pos, kind in owners if pos < f["char_start"] and kind != "voice"]
    if before:
        owner = before[-1]
    elif owners:
        owner = None  # the sentence names its owners after the figure, or only a firm that speaks
    elif f["metric"] in ECONOMY_RATES or (f["metric"] in STATE_METRICS and specific_in_sentence(f, hits)):
        owner = None  # "He forecast a February budget deficit of 20 billion dlrs": the state's, whoever forecasts
    else:
        owner = _owner_before(ctx, sentences, index, cache)
    if owner == "firms":  # an industry's firms as the subject of the figure's clause
        owner = "firm"
    elif owner == "firm" and not (before or owners) and f["metric"] in TAX_METRICS and f["m"].get("unit") == "percent":
        return False  # "The standard rate of taxation is being reduced to 27 pct" after a sentence on firms' tax
    if owner != "firm":
        return False
    if f["metric"] in STATE_METRICS and specific_in_sentence(f, hits) and not (
            f["metric"] == "fiscal_deficit" and f.get("metric_cue") is not None
            and not DEFICIT_WORD.search(ctx.text, f["metric_cue"].start, f["metric_cue"].end)):
        # "we only got 1.3 pct GNP growth", "it said the budget deficit should be cut to 2.5 billion dlrs": a firm has no
        # GNP or budget deficit of its own; its economist or its statement speaks of the state's
        return False
    if f["metric"] in TAX_METRICS and f["m"].get("unit") == "percent" and (
            LEVY_AFTER.match(ctx.text, f["char_end"]) or LEVY_BEFORE.search(ctx.text, max(sentence.start, f["char_start"] - 40),
                                                                          f["char_start"])):
        return False  # "all Canadian firms had begun to pay a 15 pct surcharge": a rate of a state's levy on firms
    if _public_after(ctx, sentence, f["char_end"]):
        return False  # "banks will reschedule 5 bln dlrs of Brazil's debt": the state's
    return True


# a percent that is the rate of a levy: "a 15 pct surcharge", "a profit tax of 80 pct", "a tax rate of 35 pct"
_LEVY = r"(?:tax|taxes|taxation|surcharges?|charges?|levy|levies|duty|duties|tariffs?|rates?|vat)"
LEVY_AFTER = regex.compile(r"\s+(?:(?!(?:after|before|since|from|to|of|in|on|at|by|for|with|the|a|an|its|their)\b)[\w-]+\s+){0,2}?"
                           + _LEVY + r"\b", regex.IGNORECASE)
LEVY_BEFORE = regex.compile(r"\b" + _LEVY + r"\s+(?:rate\s+)?(?:of|at|to)\s+(?:about|around|some|up\s+to|only|just)?\s*$",
                            regex.IGNORECASE)


# a demonym that only says where a market or an industry is ("in the South African financial markets", "Swiss banks")
MARKET_AFTER = regex.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:markets?|banks|companies|firms|business(?:es)?|industry|"
                             r"industries|investors|lenders|insurers|utilities|corporations)\b", regex.IGNORECASE)


# a state right after a figure as its owner, recipient or debtor: "5 bln dlrs of Brazil's debt", "7.7 bln dlrs to Mexico",
# "are owed about seven billion dlrs by Brazil"
STATE_AFTER = regex.compile(r"\s*(?:\w+\s+){0,3}?(?:of|to|for|by)\s+(?:the\s+)?", regex.IGNORECASE)


def _public_after(ctx, sentence, pos: int) -> bool:
    m = STATE_AFTER.match(ctx.text, pos)
    if m is None:
        return False
    return any(_roles.is_public_body(e) and e.start == m.end() and "pronoun" not in e.kind for e in ctx.entities(sentence))


# the metrics a specific phrase names only a state's ("budget deficit", "defence spending", "public debt", "GDP growth");
# a firm's debt, tax, debt service, tariffs and outlays go by the same words as a state's
STATE_METRICS = ECONOMY_RATES | {"fiscal_deficit", "defense_spending", "development_aid", "current_account", "public_debt",
                                   "public_spending"}
# a fiscal_deficit cue that names a deficit or budget; "its new debt", "borrowing 15 mln dlrs" may be a firm's
DEFICIT_WORD = regex.compile(r"deficit|budget|requirement|shortfall", regex.IGNORECASE)
TAX_METRICS = frozenset({"tax_revenue", "tariff_rate"})  # a rate a state levies on firms
