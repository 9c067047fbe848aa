"""Consistency check of dev claims gold files (the held-out file has its own, evaluation/holdout/check.py):
figure texts present in the article, vocabularies, currencies, unscored metrics optional (a null target is allowed
where no state or group owns the figure, ANNOTATION.md).
Run from the repo root: python3 evaluation/check_gold.py evaluation/gold/claims_fresh_roles.jsonl [...]"""
import json
import math
import re
import sys

sys.path.insert(0, '.')
from pipeline.evaluation.claims import gold_articles  # noqa: E402

UNITS = {'percent', 'percentage_points', 'currency'}
BASES = {None, 'GDP', 'GNP', 'GNI', 'NNI'}
BOUNDS = {'exact', 'at_least', 'at_most', 'about', 'range'}
METRICS = {'defense_spending', 'fiscal_deficit', 'public_debt', 'external_debt', 'current_account', 'development_aid',
           'public_spending', 'tax_revenue', 'tariff_rate', 'debt_service', 'gdp_growth', 'inflation', 'other'}
TYPES = {'demand', 'commitment', 'proposal', 'rejection', 'forecast', 'actual', 'benchmark'}


def listify(v):
    return v if isinstance(v, list) else [v]


def check(path: str) -> list:
    docs = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    articles = gold_articles([d['doc_id'] for d in docs])
    errors = []
    ids = [d['doc_id'] for d in docs]
    if len(ids) != len(set(ids)):
        errors.append(('duplicate doc_id', path))
    for d in docs:
        article = articles.get(d['doc_id'])
        if article is None:
            errors.append(('no article', d['doc_id']))
            continue
        raw = article['text'] + '\n' + (article.get('title') or '')
        for c in d['claims']:
            where = (d['doc_id'], c['figure_text'])
            if c['figure_text'] not in raw:
                errors.append(('figure_text not in text', where))
            if c['unit'] not in UNITS or not math.isfinite(c['value']):
                errors.append(('unit/value', where))
            if (c['unit'] == 'currency') != bool(re.fullmatch(r'[A-Z]{3}', c.get('currency') or '')):
                errors.append(('currency', where))
            if not (set(listify(c['metric'])) <= METRICS and set(listify(c['claim_type'])) <= TYPES
                    and set(listify(c['basis'])) <= BASES and c.get('bound', 'exact') in BOUNDS):
                errors.append(('vocabulary', where))
            if not c['optional'] and not set(listify(c['metric'])) - {'gdp_growth', 'inflation', 'other'}:
                errors.append(('unscored but not optional', where))
    return errors


if __name__ == '__main__':
    problems = [e for p in sys.argv[1:] for e in check(p)]
    for e in problems:
        print(*e)
    print('OK' if not problems else f'{len(problems)} ERRORS')
    sys.exit(1 if problems else 0)
