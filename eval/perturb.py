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

def around_title(t, gold, above="", below="", same=None):
    """The text with lines put above and below the gold title's line (a one-line title found
    as its own line), or None when the title is not such a line (the text is then skipped)."""
    title = gold.get("title")
    if not title or "\n" in title:
        return None
    lines = t.split("\n")
    for i, l in enumerate(lines):
        if l.strip() == title.strip():
            ab = [x.replace("{T}", title) for x in above.split("|") if x]
            be = [x.replace("{T}", title) for x in below.split("|") if x]
            if same:
                l = same.replace("{T}", l.strip())
            return "\n".join(lines[:i] + ab + [l] + be + lines[i + 1:])
    return None
# Rewrites that know the gold title: the page around it changes, the title and salutation do not.
TP = {
    "title-twice": dict(above="{T}"),
    "breadcrumb": dict(above="当前位置:首页 > 工作总结 > {T}"),
    "collection": dict(above="{T}(精选5篇)"),
    "doc-meta": dict(above="上传时间:2023-05-12 文件大小:35KB 页数:5页|下载此文档 收藏 分享"),
    "meta-below": dict(below="发布时间:2023-05-12 09:31 浏览次数:88"),
    "date-below": dict(below="(2023年5月12日)"),
    "byline-below": dict(below="某县某镇党委书记 张某某"),
    # Document libraries' pages (stop 34's blind pools): the file's row and share notice above,
    # the upload row, a chunk number before the title, a serial number and a masked date
    # between two copies.
    "docx-share": dict(above="{T}.docx|《{T}.docx》由会员分享,可在线阅读,更多相关《{T}.docx(5页珍藏版)》请在某某文库上搜索。"),
    "upload-row": dict(above="上传人:李某 文档编号:4408835 上传时间:2023-04-22 格式:DOCX 页数:14 大小:26.48KB|返回 下载 相关 举报"),
    "chunk-label": dict(same="1、{T}"),
    "serial-copies": dict(same="编号:376444859{T}201X/X/XX{T}"),
}
for k, kw in TP.items():
    P[k] = (lambda kw: lambda t, g: around_title(t, g, **kw))(kw)
DONORS = []  # one-line gold titles of all docs, filled below: a title from another text
def title_swap(t, gold, shift):
    """Another text's title put wherever this text has its own (every copy): the page stays, the
    title's words change. The gold title becomes the donor's."""
    title = gold.get("title")
    if not title or "\n" in title or title not in t or not DONORS:
        return None
    k = (DONORS.index(title) if title in DONORS else 0) + shift
    donor = DONORS[k % len(DONORS)]
    if donor == title or donor in t:
        return None
    return t.replace(title, donor), dict(gold, title=donor)
TP["title-swap"] = TP["title-swap2"] = {}
P["title-swap"] = lambda t, g: title_swap(t, g, 1)
P["title-swap2"] = lambda t, g: title_swap(t, g, 7)
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
    new = P[name](text, gold) if name in TP else P[name](text)
    if new is None:
        return name, p, doc, []
    if isinstance(new, tuple):
        new, gold = new
    open(path, "w", encoding="utf-8").write(new)
    out = json.loads(subprocess.run([BIN, "analyse", "--json", path], capture_output=True, text=True).stdout or "{}")
    res = []
    for part in ("title", "salutation"):
        g = gold.get(part); o = out.get(part); o = o.get("text") if isinstance(o, dict) else None
        if g or o:
            res.append((part, g is not None and o is not None and norm_title(g) == norm_title(o), g, o))
    return name, p, doc, res
DONORS.extend(g["title"] for _, _, _, g in docs if g.get("title") and "\n" not in g["title"] and 6 <= len(g["title"]) <= 30)
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
