"""Consistency check for the held-out files (offsets, substrings, vocabularies). Run from the repo root:
python3 evaluation/holdout/check.py   -- it reads only the annotation files and the raw texts.
Checks quantities.jsonl, claims.jsonl, claims_b.jsonl, claims_c.jsonl and claims_d.jsonl; own articles come from every
articles* folder. Corpus documents of claims_d.jsonl must have an id ending in an even digit (odd ones are left to the
dev-set builders of the same session).
Problems name a document id only, never held-out text."""
import html, json, math, re, sys
from pathlib import Path
sys.path.insert(0, '.')
from pipeline.evaluation.corpora import document_text

HERE = Path('evaluation/holdout')
UNITS = {'percent', 'percentage_points', 'currency'}
BOUNDS = {'exact', 'at_least', 'at_most', 'about', 'range'}
BASES = {None, 'GDP', 'GNP', 'GNI', 'NNI'}
METRICS = {'defense_spending', 'fiscal_deficit', 'public_debt', 'external_debt', 'current_account', 'development_aid',
           'public_spending', 'tax_revenue', 'tariff_rate', 'debt_service', 'gdp_growth', 'inflation', 'other'}
TYPES = {'demand', 'commitment', 'proposal', 'rejection', 'forecast', 'actual', 'benchmark'}
ORGS = {'NATO', 'EU', 'EUROZONE', 'OECD', 'IMF', 'UN', 'WORLD_BANK', 'G7', 'G8', 'G20', 'OPEC', 'EC'}
errors = []

def err(*a):
    errors.append(' '.join(map(str, a)))

# quantities
seen = set()
n = 0
for n, line in enumerate(open(HERE / 'quantities.jsonl'), 1):
    o = json.loads(line)
    s = document_text(o['doc_id'])[o['start']:o['end']]
    if not (s and s == s.strip() and o['quantities']) or (o['doc_id'], o['start']) in seen:
        err('quantities line', n, 'bad span or empty or duplicate')
    seen.add((o['doc_id'], o['start']))
    for q in o['quantities']:
        if q['surface'] not in s: err('quantities line', n, 'surface not in sentence', q)
        if not all(math.isfinite(q[k]) for k in ('value', 'value_low', 'value_high') if k in q): err(n, 'value', q)
        if q['unit'] not in UNITS or q.get('bound', 'exact') not in BOUNDS: err(n, 'unit/bound', q)
        if q.get('basis') not in BASES or q.get('change') not in {None, 'up', 'down'}: err(n, 'basis/change', q)
        if (q['unit'] == 'currency') != bool(re.fullmatch(r'[A-Z]{3}', q.get('currency') or '')): err(n, 'currency', q)
        if q.get('bound') == 'range':
            if abs(q['value'] - (q['value_low'] + q['value_high']) / 2) > 1e-9 * max(1, abs(q['value'])): err(n, 'midpoint', q)
        elif 'value_low' in q: err(n, 'value_low without range', q)
gold_ids = set()
for f in Path('evaluation/gold').glob('*.jsonl'):
    gold_ids |= {json.loads(l)['doc_id'] for l in open(f)}
qdocs = [json.loads(l)['doc_id'] for l in open(HERE / 'quantities.jsonl')]
if set(qdocs) & gold_ids: err('quantities: documents also in gold', set(qdocs) & gold_ids)
if max(qdocs.count(d) for d in qdocs) > 2: err('quantities: more than 2 sentences from one document')

# own articles: raw text the figures must appear in
own = {}
for p in sorted(q for folder in sorted(HERE.glob('articles*')) for q in folder.glob('*')):
    raw = p.read_text(encoding='utf-8')
    if p.suffix == '.jsonl':
        for rec in map(json.loads, raw.splitlines()):
            own[rec['id']] = rec['title'] + '\n' + rec['text']
    else:
        if 'holdout-' + p.stem in own: err('two own articles with one id', p)
        own['holdout-' + p.stem] = html.unescape(raw)

def listify(v):
    return v if isinstance(v, list) else [v]

cdocs = []
sets = {}
first400 = {}
for name in ('claims.jsonl', 'claims_b.jsonl', 'claims_c.jsonl', 'claims_d.jsonl'):
    if not (HERE / name).exists():
        continue
    sets[name] = 0
    for line in open(HERE / name):
        o = json.loads(line)
        d = o['doc_id']
        cdocs.append(d)
        sets[name] += 1
        text = own[d] if d in own else document_text(d)
        if d not in own:
            first400.setdefault(re.sub(r'\s+', ' ', text)[:400], []).append(d)
        if d in gold_ids: err('claims: document in gold', d)
        if name == 'claims_d.jsonl' and d not in own and d[-1:] not in set('02468'):
            err('claims_d: corpus id does not end in an even digit', d)
        for c in o['claims']:
            where = (d, c.get('figure_text'))
            if c['figure_text'] not in text: err('figure_text not in text', where)
            if 'char_start' in c and text[c['char_start']:c['char_end']] != c['figure_text']: err('offsets', where)
            if c['unit'] not in UNITS or not math.isfinite(c['value']): err('unit/value', where)
            if (c['unit'] == 'currency') != bool(re.fullmatch(r'[A-Z]{3}', c.get('currency') or '')): err('currency', where)
            if not set(listify(c['metric'])) <= METRICS: err('metric', where)
            if not set(listify(c['claim_type'])) <= TYPES: err('claim_type', where)
            if not set(listify(c['basis'])) <= BASES: err('basis', where)
            for k in ('actor_code', 'target_code'):
                for code in listify(c[k]):
                    if code is not None and not (code in ORGS or re.fullmatch(r'[A-Z]{3}', code)): err(k, code, where)
            if not listify(c['target_code']) or listify(c['target_code']) == [None]: err('target empty', where)
            for k in ('hedged', 'negated', 'optional'):
                if not isinstance(c[k], bool): err(k, where)
            if c['deadline_year'] is not None and not 1980 <= c['deadline_year'] <= 2050: err('deadline', where)
            if c.get('bound', 'exact') not in BOUNDS: err('bound', where)
            if c.get('bound') == 'range' and not c.get('value_low', math.inf) <= c['value'] <= c.get('value_high', -math.inf): err('range', where)
            if not c['optional'] and not set(listify(c['metric'])) - {'gdp_growth', 'inflation', 'other'}: err('unscored but not optional', where)
for d in sorted({d for d in cdocs if cdocs.count(d) > 1}):
    err('claims: duplicate doc_id (within or across claims.jsonl / claims_b.jsonl / claims_c.jsonl / claims_d.jsonl)', d)
# near copies: a corpus document whose first 400 characters equal another held-out or any gold document's
for d in sorted(gold_ids):
    try:
        first400.setdefault(re.sub(r'\s+', ' ', document_text(d))[:400], []).append(d)
    except (KeyError, FileNotFoundError):
        pass
for ids in first400.values():
    if len(set(ids)) > 1 and set(ids) - gold_ids: err('claims: near copy of another document', sorted(set(ids) - gold_ids))
for e in errors:
    print(e)
print(', '.join(f'{v} claim documents in {k}' for k, v in sets.items()) + f', {len(seen)} quantity sentences,',
      'OK' if not errors else f'{len(errors)} ERRORS')
sys.exit(1 if errors else 0)
