#!/usr/bin/env python3
"""Split eval/pool/ (texts + gold written by hand) at random into eval/sealed/ and eval/tune/.

The sealed half is scored, never tuned on: nobody reads its failures while changing the
analyser, so its score measures reports the rules were not shaped by. Run once; the seed
and the lists are written to eval/SPLIT.md. The pool was removed after the split (every
file of it is in sealed/ or tune/); the collectors' manifests went into each half's MANIFEST.md.
"""
import json, os, random, shutil, sys

SEED = 20261203
here = os.path.dirname(os.path.abspath(__file__))
pool = os.path.join(here, "pool")
golds = sorted(f for f in os.listdir(pool) if f.endswith(".gold.json"))
for g in golds:
    doc = json.load(open(os.path.join(pool, g), encoding="utf-8"))["doc"]
    assert os.path.exists(os.path.join(pool, doc)), doc
rng = random.Random(SEED)
order = golds[:]
rng.shuffle(order)
half = len(order) // 2
parts = {"sealed": sorted(order[:half]), "tune": sorted(order[half:])}
for name, files in parts.items():
    d = os.path.join(here, name)
    os.makedirs(d, exist_ok=True)
    for g in files:
        doc = json.load(open(os.path.join(pool, g), encoding="utf-8"))["doc"]
        shutil.copy(os.path.join(pool, g), d)
        shutil.copy(os.path.join(pool, doc), d)
with open(os.path.join(here, "SPLIT.md"), "w", encoding="utf-8") as fh:
    fh.write("# The split\n\n`python3 eval/split.py` with seed %d over %d texts: random.Random(seed).shuffle of the sorted gold list, first half sealed.\n\n" % (SEED, len(golds)))
    for name, files in parts.items():
        fh.write("- **%s** (%d): %s\n" % (name, len(files), ", ".join(f.split(".")[0] for f in files)))
print({k: len(v) for k, v in parts.items()})
