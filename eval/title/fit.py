#!/usr/bin/env python3
"""Fit the title score over the frame's candidates and judge it out of pool (issue 9).

    python3 eval/title/fit.py            # leave-one-pool-out table, then fit on all pools
                                         # and rewrite src/structure/frame/title_weights.rs
    python3 eval/title/fit.py --no-write # the table only
    python3 eval/title/fit.py --show     # also every held-out miss

Run from the project root. It builds and runs `examples/title_candidates.rs`, which prints for
each text every title candidate (a source slice, or null for "no title") with its features
(src/structure/frame/title.rs), and the title the frame ships when it is run with that candidate
chosen (continued over lines, site marks cut, or overruled by a later rule). A candidate is right when
score.py's `norm_title` of what ships equals the gold title's (null when the gold has none). The score is linear, w·f; the title is the
candidate with the highest score (the first on ties, "no title" first of all). The weights
minimise a listwise logistic loss (softmax over a text's candidates, the right ones' share)
plus an L2 penalty, by full-batch Adagrad; texts with no right candidate are left out of the
fit but count as misses. Weights are rounded to integers (×SCALE) and judged as rounded,
which is what the Rust code computes.

Pools: seeds+web (shared seeds and corpus/web with their gold), eval/tune, eval/tune2,
eval/tune3, eval/tune4, eval/tune5, eval/tune6, eval/tune7, eval/tune8, eval/tune10 … eval/tune31. eval/sealed
and eval/tune9 (held out) are never read. Pure Python, no numpy.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
from score import norm_title  # noqa: E402

SHARED = os.path.join(ROOT, "..", "shared")
POOLS = {
    "seeds+web": [(os.path.join(SHARED, "seeds"), os.path.join(SHARED, "eval", "gold")),
                  (os.path.join(SHARED, "corpus", "web"), os.path.join(SHARED, "eval", "gold-web"))],
}
# Every open pool under eval/ (tuneN). The held-out ones, and a pool still being collected (not yet
# in git), are never read.
HELD = {"sealed", "tune9", "tune36", "tune40"}
TRACKED = set(subprocess.run(["git", "ls-files", "eval"], cwd=ROOT, capture_output=True, text=True).stdout.split())
for _name in sorted(os.listdir(os.path.join(ROOT, "eval")), key=lambda n: int(n[4:] or 1) if re.fullmatch(r"tune\d*", n) else 0):
    if not re.fullmatch(r"tune\d*", _name) or _name in HELD or "eval/%s/MANIFEST.md" % _name not in TRACKED:
        continue
    POOLS[_name] = [(os.path.join(ROOT, "eval", _name),) * 2]
# The current rules' title/salutation scores seen blind, before they were tuned on the pool
# (eval/SCORES.md); seeds+web and tune were the rules' own ground from the start.
BLIND = {"tune2": 0.709, "tune3": 0.672, "tune4": 0.685, "tune5": 0.636, "tune6": 0.685, "tune7": 0.672,
         "tune8": 0.694, "tune10": 0.704, "tune11": 0.745, "tune12": 0.766, "tune13": 0.774, "tune14": 0.615,
         "tune15": 0.628, "tune16": 0.683,
         "tune17": 0.725, "tune18": 0.762}
SCALE = 100
OUT = os.path.join(ROOT, "src", "structure", "frame", "title_weights.rs")


def load_pool(pairs):
    files, golds = [], {}
    for docs, gold in pairs:
        for name in sorted(os.listdir(docs)):
            if not name.endswith(".txt"):
                continue
            g = os.path.join(gold, name[:-4] + ".gold.json")
            if os.path.exists(g):
                path = os.path.join(docs, name)
                files.append(path)
                with open(g, encoding="utf-8") as fh:
                    golds[path] = json.load(fh)
    return files, golds


def feature_names_in_source():
    with open(os.path.join(ROOT, "src", "structure", "frame", "title.rs"), encoding="utf-8") as fh:
        src = fh.read()
    block = src[src.index("features! {"):]
    block = block[:block.index("\n}")]
    return re.findall(r'= "([^"]+)"', block)


def dump(files):
    # A feature added or removed since the last fit: zero weights, so that the dump builds.
    names = feature_names_in_source()
    have = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
    if len(re.findall(r"^\s+-?\d+,", have, re.M)) != len(names):
        write(names, [0] * len(names), None)
    subprocess.run(["cargo", "build", "--release", "--example", "title_candidates"], cwd=ROOT, check=True,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    exe = os.path.join(ROOT, "target", "release", "examples", "title_candidates")
    out = subprocess.run([exe] + files, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return {d["file"]: d for d in map(json.loads, out.splitlines())}


def examples(name, pool, dumps, golds, drop):
    """One example per text: (sparse feature rows, which are right, the dump, the gold)."""
    out = []
    for path, d in dumps.items():
        if path not in pool:
            continue
        names = d["features"]
        g = golds[path]
        gt = g.get("title")
        rows, right = [], []
        for c in d["candidates"]:
            rows.append([(k, v) for k, v in enumerate(c["f"]) if v and k not in drop])
            t = c.get("shipped", c["text"])
            right.append(t is None if not gt else t is not None and norm_title(t) == norm_title(gt))
        # The same words twice: a line of its own is the title line, not a cut from a longer one
        # (`…讲话|会议` over `…讲话`), which would leave the own line as the site's copy.
        whole = [ok and not c["f"][names.index("part-of-line")] for ok, c in zip(right, d["candidates"])]
        if any(whole):
            right = whole
        d["pool"] = name
        out.append((rows, right, d, g))
    return out


def fit(exs, nf, lam, ref=1.0, iters=400, rate=0.3):
    """`ref`: how much a seeds+web text counts against a tune text (they are the reference
    texts, which must stay right)."""
    w = [0.0] * nf
    acc = [1e-8] * nf
    train = [(rows, right, ref if d["pool"] == "seeds+web" else 1.0) for rows, right, d, _ in exs if any(right)]
    total = sum(x[2] for x in train)
    for _ in range(iters):
        grad = [lam * x for x in w]
        for rows, right, weight in train:
            scores = [sum(w[k] * v for k, v in r) for r in rows]
            m = max(scores)
            ex = [math.exp(s - m) for s in scores]
            z = sum(ex)
            zp = sum(e for e, ok in zip(ex, right) if ok)
            # d(-log zp/z) = sum p_i f_i - sum q_i f_i, q = p restricted to right ones
            for r, e, ok in zip(rows, ex, right):
                c = e / z - (e / zp if ok else 0.0)
                if c:
                    for k, v in r:
                        grad[k] += weight * c * v / total
        for k in range(nf):
            acc[k] += grad[k] ** 2
            w[k] -= rate * grad[k] / math.sqrt(acc[k])
    return [round(x * SCALE) for x in w]


def choose(rows, w):
    best, top = 0, None
    for i, r in enumerate(rows):
        s = sum(w[k] * v for k, v in r)
        if top is None or s > top:
            best, top = i, s
    return best


def part_score(pairs):
    """score.py's title/salutation: a part counts when gold or output has it; right when equal."""
    n = ok = 0
    for g, p in pairs:
        if g or p:
            n += 1
            ok += g is not None and p is not None and norm_title(g) == norm_title(p)
    return n, ok


def judge(exs, w, show=False):
    """Title/salutation score with the model's titles and with the rules', and the parts
    (right, counted) of each: titles by the model, titles by the rules, salutations."""
    model_pairs, rule_pairs, sal_pairs = [], [], []
    for rows, right, d, g in exs:
        i = choose(rows, w)
        t = d["candidates"][i].get("shipped", d["candidates"][i]["text"])
        gt, gs = g.get("title"), g.get("salutation")
        model_pairs.append((gt, t))
        rule_pairs.append((gt, d["title"]))
        sal_pairs.append((gs, d["salutation"]))
        hm = (not gt and t is None) or (gt and t is not None and norm_title(t) == norm_title(gt))
        if show and not hm:
            print("   miss %s: gold %r model %r rules %r%s" % (os.path.basename(d["file"]), gt, t, d["title"],
                                                             "" if any(right) else " (no right candidate)"))
        if show == "sal" and (gs or d["salutation"]) and not (
                gs and d["salutation"] and norm_title(gs) == norm_title(d["salutation"])):
            print("   salutation %s: gold %r rules %r" % (os.path.basename(d["file"]), gs, d["salutation"]))
    tm, tr, sa = part_score(model_pairs), part_score(rule_pairs), part_score(sal_pairs)
    both = lambda a: (a[1] + sa[1]) / max(a[0] + sa[0], 1)  # noqa: E731
    return both(tm), both(tr), tm, tr, sa, len(exs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--drop", default="", help="comma-separated features left out of the fit (ablation)")
    ap.add_argument("--show-sal", action="store_true", help="also every salutation miss")
    ap.add_argument("--lam", type=float, default=0.001)
    ap.add_argument("--ref", type=float, default=3.0, help="weight of a seeds+web text in the fit")
    ap.add_argument("--iters", type=int, default=400, help="Adagrad steps")
    ap.add_argument("--no-lopo", action="store_true", help="skip the leave-one-pool-out table")
    args = ap.parse_args()
    pools, golds = {}, {}
    for name, pairs in POOLS.items():
        files, g = load_pool(pairs)
        pools[name] = set(files)
        golds.update(g)
    dumps = dump(sorted(golds))
    names = next(iter(dumps.values()))["features"]
    nf = len(names)
    drop = {names.index(x) for x in args.drop.split(",") if x}
    exs = {p: examples(p, pools[p], dumps, golds, drop) for p in POOLS}
    reach = {p: sum(any(r) for _, r, _, _ in exs[p]) for p in POOLS}
    print("in-pool misses follow the held-out misses" if args.show else "", end="")
    print("leave-one-pool-out (lambda %g, seeds+web weight %g): title/salutation, title hits" % (args.lam, args.ref))
    cur = [int(x) for x in re.findall(r"^\s+(-?\d+),", open(OUT, encoding="utf-8").read(), re.M)]
    print("| held out | texts | right candidate exists | model (out of pool) | shipped weights | rules blind "
          "| rules in pool | titles model | titles rules | salutations (rules) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    outs, curs, rows = [], [], []
    for p in [] if args.no_lopo else POOLS:
        train = [e for q in POOLS if q != p for e in exs[q]]
        w = fit(train, nf, args.lam, args.ref, iters=args.iters)
        sm, sr, tm, tr, sa, n = judge(exs[p], w, "sal" if args.show_sal else args.show)
        sc = judge(exs[p], cur)[0]
        outs.append(sm)
        curs.append(sc)
        frac = lambda a: "%d/%d" % (a[1], a[0])  # noqa: E731
        rows.append("| %s | %d | %d | %.3f | %.3f | %s | %.3f | %s | %s | %s |" % (
            p, n, reach[p], sm, sc, "%.3f" % BLIND[p] if p in BLIND else "—", sr, frac(tm), frac(tr), frac(sa)))
    print("\n".join(rows))
    if outs:
        print("mean out of pool: %.3f (shipped weights in pool: %.3f)" % (sum(outs) / len(outs), sum(curs) / len(curs)))
    allx = [e for p in POOLS for e in exs[p]]
    w = fit(allx, nf, args.lam, args.ref, iters=args.iters)
    print("in pool with the final weights:")
    for p in POOLS:
        sm, sr, tm, tr, sa, n = judge(exs[p], w, args.show)
        print("  %s %.3f (rules %.3f)" % (p, sm, sr))
    print("weights (x%d):" % SCALE)
    for k in sorted(range(nf), key=lambda k: -abs(w[k])):
        if w[k]:
            print("  %-28s %5d" % (names[k], w[k]))
    if not args.no_write:
        write(names, w, args)


def write(names, w, args):
    how = ("(listwise logistic loss, L2 %g, seeds+web weight %g, rounded x%d)" % (args.lam, args.ref, SCALE)
           if args else "(placeholder: no fit yet)")
    lines = [
        "//! Generated by `python3 eval/title/fit.py` (issue 9): the title score's weights, one per",
        "//! feature of `title::FEATURES`, fitted on seeds+web and eval/tune, tune2, tune3, tune4, tune5, tune6, tune7",
        "//! %s." % how,
        "//! Do not edit by hand: re-run the fit.",
        "",
        "use super::title::NF;",
        "",
        "/// Weight of each feature, in `FEATURES` order.",
        "pub(super) const WEIGHTS: [i32; NF] = [",
    ]
    width = max(len("%d," % x) for x in w) + 1  # as rustfmt aligns the comments
    for n, x in zip(names, w):
        lines.append("    %s// %s" % (("%d," % x).ljust(width), n))
    lines.append("];")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    if args:
        print("wrote", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
