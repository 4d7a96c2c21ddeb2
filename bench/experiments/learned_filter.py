"""Experiment, not part of the product: would a learned filter beat the dataset rules?

    pip install -e '.[experiments]'      # scikit-learn, used only here
    python bench/experiments/learned_filter.py

Candidates are every name the rules report plus every proper-looking name in the text
(``cue.NAME`` that ``_is_name`` accepts, or a catalog name). A logistic regression over
shape, catalog membership, whether the rules reported it, the words around it and the cue
kinds of its sentence says which are datasets. Each real-text set is held out in turn and
the model is trained on all the others (leave one set out); name-level precision, recall
and F1 are printed beside the rules' own on the same set, and last, the share of labelled
names that are among the candidates at all (what a perfect filter could reach).
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from loader import dataset_cues as cue  # noqa: E402
from loader.datasets import _is_name, _mask, find_datasets, resolve_dataset  # noqa: E402
from loader.parse import parse_excerpt  # noqa: E402
from loader.sentences import sentences as split_sentences  # noqa: E402

SETS = ['bench/corpus', 'bench/heldout', 'bench/heldout2', 'bench/heldout3', 'bench/heldout4', 'bench/heldout5', 'bench/heldout7', 'tests/corpus']
NAME = re.compile(cue.NAME)
def canon(n):
    e = resolve_dataset(n); return (e.name if e else n).casefold()

def load(setdir):
    exp = json.load(open(ROOT / setdir / 'expected.json', encoding='utf-8'))
    rows = []
    for line in open(ROOT / setdir / 'excerpts.jsonl', encoding='utf-8'):
        r = json.loads(line)
        if r['id'] not in exp: continue
        ex = parse_excerpt(r['id'], r['text'])
        labels = set(); alias = {}
        for d in exp[r['id']]['datasets']:
            labels.add(canon(d['name']))
            for a in d.get('aliases', ()): alias[canon(a)] = canon(d['name'])
        rows.append((ex, labels, alias))
    return rows

def features(text, masked, s, e, rule_names, sentence_cues):
    name = text[s:e]; toks = name.split()
    f = {'ntok': min(len(toks), 5), 'digit': any(c.isdigit() for c in name), 'camel': bool(re.search(r'[a-z][A-Z]', name)),
         'allcaps': name.isupper(), 'hyphen': '-' in name, 'catalog': resolve_dataset(name) is not None,
         'rule': canon(name) in rule_names, 'len': min(len(name)//4, 8), 'paren_in': masked.rfind('(', 0, s) > masked.rfind(')', 0, s),
         'title1': len(toks) == 1 and name[:1].isupper() and name[1:].islower()}
    left = re.findall(r"[A-Za-z#]+|[,;:()]", masked[max(0, s-60):s])[-5:]
    right = re.findall(r"[A-Za-z#]+|[,;:()]", masked[e:e+60])[:5]
    for i, w in enumerate(reversed(left)): f[f'L{i}={w.lower()}'] = 1; f[f'L*={w.lower()}'] = 1
    for i, w in enumerate(right): f[f'R{i}={w.lower()}'] = 1; f[f'R*={w.lower()}'] = 1
    for k in sentence_cues: f[f'cue={k}'] = 1
    return f

def candidates(ex):
    text = ex.text
    tagged = [(m.start, m.end) for m in ex.mentions]
    masked = _mask(text, tagged)
    rule = find_datasets(text, tagged)
    rule_names = {canon(m.name) for m in rule}
    sents = split_sentences(masked)
    cues = cue.find_cues(masked, [])
    out = []
    for m in rule:
        out.append((m.start, m.end))
    for m in NAME.finditer(masked):
        if '#' in m.group(): continue
        if _is_name(m.group(), False) or resolve_dataset(m.group()):
            out.append(m.span())
    res = []
    for s, e in out:
        sent = next(((a, b) for a, b, _ in sents if a <= s < b), (0, len(text)))
        kinds = {c.kind for c in cues if sent[0] <= c.start < sent[1]}
        res.append((s, e, features(text, masked, s, e, rule_names, kinds)))
    return res, rule_names

data = {}
for sd in SETS:
    items = []
    for ex, labels, alias in load(sd):
        cands, rule_names = candidates(ex)
        items.append((ex, labels, alias, cands, rule_names))
    data[sd] = items
    print(sd, len(items), file=sys.stderr)

def name_of(ex, s, e):
    return canon(ex.text[s:e])

def f1(tp, fp, fn):
    p = tp/(tp+fp) if tp+fp else 0; r = tp/(tp+fn) if tp+fn else 0
    return p, r, 2*p*r/(p+r) if p+r else 0

for held in ['bench/heldout3', 'bench/heldout4', 'bench/heldout5', 'bench/heldout7']:
    X, y = [], []
    for sd, items in data.items():
        if sd == held: continue
        for ex, labels, alias, cands, _ in items:
            for s, e, f in cands:
                n = name_of(ex, s, e); n = alias.get(n, n)
                X.append(f); y.append(n in labels)
    vec = DictVectorizer(); Xv = vec.fit_transform(X)
    clf = LogisticRegression(max_iter=2000, C=1.0).fit(Xv, y)
    for thr in (0.5,):
        tp = fp = fn = 0; rtp = rfp = rfn = 0
        for ex, labels, alias, cands, rule_names in data[held]:
            probs = clf.predict_proba(vec.transform([f for _, _, f in cands]))[:, 1] if cands else []
            got = set()
            for (s, e, f), p in zip(cands, probs):
                if p > thr:
                    n = name_of(ex, s, e); got.add(alias.get(n, n))
            tp += len(got & labels); fp += len(got - labels); fn += len(labels - got)
            rg = {alias.get(n, n) for n in rule_names}
            rtp += len(rg & labels); rfp += len(rg - labels); rfn += len(labels - rg)
        p, r, F = f1(tp, fp, fn); rp, rr, RF = f1(rtp, rfp, rfn)
        print(f"{held:16} thr {thr}: model P {p:.3f} R {r:.3f} F1 {F:.3f}   rules P {rp:.3f} R {rr:.3f} F1 {RF:.3f}")

print("candidate recall (upper bound):")
for sd, items in data.items():
    tot = hit = 0
    for ex, labels, alias, cands, _ in items:
        names = set()
        for s, e, f in cands:
            n = name_of(ex, s, e); names.add(alias.get(n, n))
        tot += len(labels); hit += len(labels & names)
    print(f"  {sd:16} {hit}/{tot} = {hit/tot:.3f}")
