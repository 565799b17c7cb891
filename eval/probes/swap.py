#!/usr/bin/env python3
"""swap.py [--salutation] BIN POOLS...: metamorphic probe. For each text whose title (or, with
--salutation, salutation) the tool gets right, put another pool text's gold one in place of every
copy of its own (a salutation's colon kept as the text had it), and see whether the tool still
finds it. Prints the share kept and the misses."""
import glob, json, os, random, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, '..', '..', 'shared', 'eval'))
from score import norm_title
args = sys.argv[1:]
PART = 'salutation' if args[:1] == ['--salutation'] else 'title'
args = args[1:] if PART == 'salutation' else args
BIN = args[0]
pools = args[1:]
# Titles of one shape (a report word at the end), so that a miss is the analyser's, not the swap's.
SHAPE = r'[\u4e00-\u9fff0-9]+(报告|總結|总结|讲话|致辞|汇报|计划|方案|发言|材料|講話|報告)'
def usable(t):
    if not t or '\n' in t:
        return False
    return len(t) <= 40 if PART == 'salutation' else 6 <= len(t) <= 30 and re.fullmatch(SHAPE, t)
rnd = random.Random(7)
os.makedirs('/tmp/rl-probe-swap', exist_ok=True)
titles = []
for g in glob.glob(os.path.join(EVAL, '*', '*.gold.json')):
    if '/sealed/' in g or '/tune9/' in g: continue
    t = json.load(open(g)).get(PART)
    if usable(t):
        titles.append(t)
titles = sorted(set(titles))
def run(path):
    out = subprocess.run([BIN, 'analyse', '--json', path], capture_output=True, text=True).stdout
    d = json.loads(out)
    return (d.get(PART) or {}).get('text') if isinstance(d.get(PART), dict) else None
n = ok = 0
fails = []
for p in pools:
    for g in sorted(glob.glob(os.path.join(EVAL, p, '*.gold.json'))):
        gold = json.load(open(g)); T = gold.get(PART)
        txt = g.replace('.gold.json', '.txt'); text = open(txt).read()
        if not T or '\n' in T or T not in text: continue
        got = run(txt)
        if not got or norm_title(got) != norm_title(T): continue
        for k in range(2):
            T2 = rnd.choice(titles)
            if T2 == T: continue
            a, b = (T.rstrip(':：'), T2.rstrip(':：')) if PART == 'salutation' else (T, T2)
            new = text.replace(a, b)
            out = f'/tmp/rl-probe-swap/{p}_{os.path.basename(txt)[:-4]}_{k}.txt'
            open(out, 'w').write(new)
            got2 = run(out); n += 1
            if got2 and norm_title(got2) == norm_title(T2): ok += 1
            else: fails.append((out, T, T2, got2))
print(f'{ok}/{n} kept')
for f in fails: print('  ', os.path.basename(f[0]), '|', f[1], '->', f[2], '| got', repr(f[3]))
