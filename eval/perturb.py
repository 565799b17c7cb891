#!/usr/bin/env python3
"""Title/salutation under perturbations that keep the gold (a metamorphic check, issue 9).

    python3 eval/perturb.py target/release/report-lens tune tune2 tune3
    ONLY=one-line SHOW=one-line python3 eval/perturb.py target/release/report-lens tune

Each text of the named pools under eval/ is rewritten (blank lines, CRLF, indents, half- or
full-width marks, a site row on top, every line joined with or without spaces), analysed, and its
title and salutation compared with the gold as score.py compares them. Prints, per rewrite, the
parts right and how many the rewrite lost or gained against the text as written. Run from the
project root after a release build; needs ../shared/eval/score.py. Files go to /tmp/rl-perturb.
"""
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
from score import norm_title  # noqa: E402
BIN = os.path.abspath(sys.argv[1]); pools = sys.argv[2:]
show = os.environ.get("SHOW")
P = {
    "orig": lambda t: t,
    "blank-lines": lambda t: re.sub(r"\n+", "\n\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "indent": lambda t: "\n".join("\u3000\u3000" + l if l.strip() else l for l in t.split("\n")),
    "halfwidth": lambda t: t.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")").replace("！", "!"),
    "fullwidth": lambda t: re.sub(r"(?<=[\u4e00-\u9fff]):", "：", re.sub(r"(?<=[\u4e00-\u9fff]),", "，", t)),
    "site-top": lambda t: "首页 > 范文大全 > 工作总结\n" + t,
    "junk-top": lambda t: "当前位置:首页 > 工作报告\n发布时间:2023-05-12 09:31 来源:本站 浏览次数:1024\n" + t,
    "trailing-space": lambda t: "\n".join(l + "  " if l.strip() else l for l in t.split("\n")),
    "one-line": lambda t: "".join(l.strip() for l in t.split("\n")),
    "space-join": lambda t: " ".join(l.strip() for l in t.split("\n") if l.strip()),
}
only = os.environ.get("ONLY")
if only: P = {k: v for k, v in P.items() if k in only.split(",") or k == "orig"}
docs = []
for p in pools:
    d = os.path.join(ROOT, "eval", p)
    for g in sorted(f for f in os.listdir(d) if f.endswith(".gold.json")):
        gold = json.load(open(os.path.join(d, g)))
        docs.append((p, gold["doc"], open(os.path.join(d, gold["doc"]), encoding="utf-8").read(), gold))
def run(args):
    name, (p, doc, text, gold) = args
    path = "/tmp/rl-perturb/%s_%s_%s" % (name, p, doc)
    open(path, "w", encoding="utf-8").write(P[name](text))
    out = json.loads(subprocess.run([BIN, "analyse", "--json", path], capture_output=True, text=True).stdout or "{}")
    res = []
    for part in ("title", "salutation"):
        g = gold.get(part); o = out.get(part); o = o.get("text") if isinstance(o, dict) else None
        if g or o:
            res.append((part, g is not None and o is not None and norm_title(g) == norm_title(o), g, o))
    return name, p, doc, res
os.makedirs("/tmp/rl-perturb", exist_ok=True)
jobs = [(n, d) for n in P for d in docs]
with ThreadPoolExecutor(4) as ex:
    results = list(ex.map(run, jobs))
base = {(p, doc, part): ok for n, p, doc, res in results if n == "orig" for part, ok, g, o in res}
for n in P:
    ok = tot = lost = gained = 0
    for m, p, doc, res in results:
        if m != n: continue
        for part, good, g, o in res:
            tot += 1; ok += good
            b = base.get((p, doc, part))
            if b and not good:
                lost += 1
                if show and n in show.split(","): print("  %s %s/%s %s: gold %r got %r" % (n, p, doc, part, g, o))
            if b is False and good: gained += 1
    print("%-15s %4d/%4d  %.3f  lost %3d gained %3d" % (n, ok, tot, ok / max(tot, 1), lost, gained))
