#!/usr/bin/env python3
"""junk.py BIN POOLS...: metamorphic probe. For each text whose title the tool gets right and
whose title stands on a line of its own, add site junk around that line and check the title
and salutation stay."""
import glob, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(EVAL, '..', '..', 'shared', 'eval'))
from score import norm_title
BIN = sys.argv[1]
PROBES = {
    'crumb': lambda T: ('当前位置:首页 > 范文大全 > 工作总结\n' + T, None),
    'meta': lambda T: (T + '\n时间:2023-04-12 15:00:05 来源:网友投稿 阅读:1024', None),
    'sitename': lambda T: ('学习啦范文网 精选范文 ' + T + '\n' + T, None),
    'header': lambda T: (T + '(精选5篇)\n' + T, None),
    'download': lambda T: (T + '\n本文档由用户上传,下载后可编辑。', None),
    'blank': lambda T: ('\n\n' + T + '\n\n', None),
}
def run(path):
    d = json.loads(subprocess.run([BIN, 'analyse', '--json', path], capture_output=True, text=True).stdout)
    g = lambda k: d[k]['text'] if isinstance(d.get(k), dict) else None
    return g('title'), g('salutation')
os.makedirs('/tmp/rl-probe-junk', exist_ok=True)
stats = {k: [0, 0] for k in PROBES}
fails = []
for p in sys.argv[2:]:
    for g in sorted(glob.glob(os.path.join(EVAL, p, '*.gold.json'))):
        gold = json.load(open(g)); T = gold.get('title'); S = gold.get('salutation')
        txt = g.replace('.gold.json', '.txt'); text = open(txt).read()
        if not T or '\n' in T: continue
        lines = text.split('\n')
        idx = [i for i, l in enumerate(lines) if l.strip() == T]
        if len(idx) != 1: continue
        t0, s0 = run(txt)
        if not t0 or norm_title(t0) != norm_title(T): continue
        for name, f in PROBES.items():
            rep, _ = f(T)
            new = '\n'.join(lines[:idx[0]] + [rep] + lines[idx[0] + 1:])
            out = f'/tmp/rl-probe-junk/{p}_{os.path.basename(txt)[:-4]}_{name}.txt'
            open(out, 'w').write(new)
            t1, s1 = run(out)
            stats[name][1] += 1
            ok = t1 and norm_title(t1) == norm_title(T) and norm_title(s1 or '') == norm_title(s0 or '')
            stats[name][0] += bool(ok)
            if not ok: fails.append((os.path.basename(out), T, t1, s0, s1))
for k, (a, b) in stats.items(): print(f'{k}: {a}/{b}')
for f in fails: print('  ', f[0], '|', f[1], '| got', repr(f[2]), '| sal', repr(f[3]), '->', repr(f[4]))
