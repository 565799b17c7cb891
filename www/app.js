// report-lens page: framework-free. Takes the user's files, pastes and clicks; gives the
// highlighted view, the panels, drafts and downloads. The wasm analyser runs in a Web Worker
// reached only through the engine client (www/engine.js); each open file is one document object
// (newDoc) that the rendering reads; rules.js (规则, ignores) and finish.js (fill, fix, undo,
// exports) get what they need of it. Report text only ever reaches the DOM through textContent
// / createTextNode, never as markup.
/* global RL_SAMPLES, RL_FINISH, RL_RULES, RL_ENGINE */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const editor = $('editor');
  const view = $('view');
  const body = document.body;
  const INLINE = document.getElementById('rl-wasm') !== null; // single-file build
  const BIG = 200000; // UTF-16 units: above this, longer debounce and visible progress

  // Trusted Types: the page's CSP (require-trusted-types-for 'script') makes every HTML and
  // script sink refuse plain strings, so report text can never become markup or code. The only
  // script URLs the page uses (its worker and service worker) go through this policy.
  const ttPolicy = window.trustedTypes && window.trustedTypes.createPolicy
    ? window.trustedTypes.createPolicy('report-lens', {
      createScriptURL: (u) => {
        if (u === 'worker.js' || u === 'sw.js' || /^blob:/.test(u)) return u;
        throw new Error('script URL not allowed: ' + u);
      },
    })
    : null;
  const scriptURL = (u) => (ttPolicy ? ttPolicy.createScriptURL(u) : u);

  // ---------------------------------------------------------------- small helpers
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  const numFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });
  const APPROX = { exact: '精确', more: '以上/余', nearly: '近', about: '约', less: '不到' };
  const KIND = { number: '数字', date: '日期', name: '名称' };
  // How sure a finding is (JSON error/warning/info).
  const SEVERITY = { error: '错误', warning: '建议', info: '提示' };
  function shorten(s, n) { return s.length > n ? s.slice(0, n) + '…' : s; }

  // ---------------------------------------------------------------- messages & progress
  const msgBox = $('message');
  function showMessage(text, kind) {
    msgBox.hidden = !text;
    msgBox.className = 'message ' + (kind || 'error');
    msgBox.textContent = text || '';
  }
  const progress = $('progress');
  const progressBar = $('progress-bar');
  const progressLabel = $('progress-label');
  function setProgress(label, value) {
    if (label === null) { progress.hidden = true; return; }
    progress.hidden = false;
    progressLabel.textContent = label;
    if (value === undefined || value === null) progressBar.removeAttribute('value');
    else progressBar.value = Math.max(0, Math.min(100, value));
  }

  // ---------------------------------------------------------------- engine (www/engine.js)
  // The only way to the analyser: typed calls returning promises (worker and wasm behind it).
  const engine = RL_ENGINE({
    inline: INLINE,
    wasmBase64: () => $('rl-wasm').textContent,
    workerSource: () => $('rl-worker').textContent,
    scriptURL,
  });
  function startEngine() {
    const started = engine.start().then((version) => {
      $('version').textContent = '报告透镜 v' + version;
      return version;
    });
    started.catch((e) => showMessage('分析引擎加载失败：' + e.message));
    return started;
  }

  // ---------------------------------------------------------------- state: one object per open file
  // Everything the page knows about one open file. `text` is what the editor shows (and the user
  // edits); `eol` the file's own line endings, restored by 保存文本; `source` the bytes of a
  // dropped .docx (its export writes the changes into it); `dirty`: edited since it was opened
  // (opening the file again then adds a copy instead of replacing it); `ignores` (rules.js) and
  // `changes` (finish.js: change list and fill form) belong to this file; `analysis` is the
  // wasm's analysis of `analysedText`, `shown` the same without the findings ignored here.
  function newDoc(init) {
    return Object.assign({
      name: '', text: '', encoding: '', notices: [], eol: 'LF', error: null, source: null, dirty: false,
      ignores: null, changes: null,
      analysis: null, analysedText: null, shown: null, hidden: [],
      selection: null, // [start, end] in the editor, kept while another file is open
    }, init);
  }
  const files = []; // the open files, in the order of the file bar
  let current = -1; // index into `files`; -1: nothing opened yet (the editor holds `scratch`)
  let scratch = newDoc({ name: '粘贴的文字', encoding: '粘贴' });
  /** The document in the editor: an open file, or the scratch text before any. */
  const doc = () => (current >= 0 && files[current] ? files[current] : scratch);
  /** The open file (not the scratch text, not an unreadable file), or null. */
  const currentFile = () => (current >= 0 && files[current] && !files[current].error ? files[current] : null);

  // What only the view (not a file) holds: the elements to jump to, the headings in order.
  const view$ = {
    doc: null, // the document whose analysis the panels and the view show
    firstEls: new Map(), // 'm:3' → first element of metric 3 in the view
    flatHeadings: [],
    renderToken: 0,
  };

  // ---------------------------------------------------------------- analysis scheduling
  let timer = 0;
  let analyseRun = 0;

  function setState(s) { body.dataset.state = s; }

  function scheduleAnalyse(delay) {
    setState('busy');
    clearTimeout(timer);
    const len = editor.value.length;
    timer = setTimeout(runAnalyse, delay !== undefined ? delay : (len > BIG ? 700 : 120));
  }

  async function runAnalyse() {
    const run = ++analyseRun;
    const d = doc();
    const text = editor.value;
    const big = text.length > BIG;
    const slow = setTimeout(() => setProgress('正在分析（' + Math.round(text.length / 10000) + ' 万字）…'), big ? 0 : 300);
    let a;
    try {
      a = await engine.analyse(text, rulesUi ? rulesUi.options() : undefined);
    } catch (e) {
      if (e.superseded) return; // a newer analysis (of newer text) is on its way
      if (run !== analyseRun) return;
      setProgress(null);
      showMessage('分析出错（已重启分析引擎，可继续编辑）：' + e.message);
      setState('error');
      return;
    } finally {
      clearTimeout(slow);
    }
    if (run !== analyseRun) return;
    if (text !== editor.value || d !== doc()) { setProgress(null); runAnalyse(); return; }
    d.analysis = a;
    d.analysedText = text;
    await show(d);
  }

  // ---------------------------------------------------------------- rendering
  function flatten(nodes, out) {
    for (const n of nodes) { out.push(n); flatten(n.children || [], out); }
    return out;
  }

  // Show the analysis of document `d` (its `analysis` of `analysedText`): the ignored findings
  // are set aside into `d.hidden`, the rest is `d.shown`, which every panel and the view read.
  async function show(d) {
    const token = ++view$.renderToken;
    const text = d.analysedText;
    let a = d.analysis;
    d.hidden = [];
    if (rulesUi) {
      rulesUi.update(a);
      const { shown, hidden } = rulesUi.filter(a, text);
      d.hidden = hidden;
      if (hidden.length) a = Object.assign({}, a, { findings: shown });
    }
    d.shown = a;
    view$.doc = d;
    view$.flatHeadings = flatten(a.outline || [], []);
    renderSummary(d);
    renderOutline(d);
    renderFindings(d);
    renderPlaceholders(d);
    renderMetrics(d);
    if (finish) finish.update(d);
    $('export-csv').disabled = false;
    $('export-json').disabled = false;
    const done = await renderView(d, token);
    if (!done) return;
    setProgress(null);
    if (token === view$.renderToken && text === editor.value) setState('ready');
  }

  function renderSummary(d) {
    const a = d.shown;
    const flatHeadings = view$.flatHeadings;
    const box = $('summary');
    clear(box);
    const sev = { error: 0, warning: 0, info: 0 };
    for (const f of a.findings) sev[f.severity] = (sev[f.severity] || 0) + 1;
    const items = [
      ['chars', '字数', a.stats ? a.stats.chars : 0],
      ['outline', '大纲', flatHeadings.length],
      ['placeholders', '占位符', a.placeholders.length],
      ['metrics', '数据', a.metrics.length],
      ['dates', '日期', a.dates.length],
      ['artifacts', '残留', a.artifacts.length],
      ['findings', '问题', a.findings.length],
    ];
    const t = el('span', 'chip title-chip');
    t.appendChild(el('span', 'k', '标题'));
    t.appendChild(el('span', 'v', a.title ? shorten(a.title.text, 40) : '未识别'));
    t.dataset.count = 'title';
    box.appendChild(t);
    for (const [key, label, n] of items) {
      const c = el('span', 'chip');
      c.dataset.count = key;
      c.appendChild(el('span', 'k', label));
      const v = el('span', 'v', n);
      v.dataset.value = String(n);
      c.appendChild(v);
      if (key === 'findings' && n) c.title = `错误 ${sev.error}，建议 ${sev.warning}，提示 ${sev.info}`;
      box.appendChild(c);
    }
    for (const [key, n] of [['outline', flatHeadings.length], ['findings', a.findings.length],
      ['placeholders', a.placeholders.length], ['metrics', a.metrics.length]]) {
      document.querySelector(`[data-count-tab="${key}"]`).textContent = String(n);
    }
  }

  // Build the highlighted view: one block per line, spans for highlighted runs. Overlapping
  // items split into runs; each run carries data-* indices of every item covering it.
  function renderView(d, token) {
    const text = d.analysedText;
    const a = d.shown;
    const flatHeadings = view$.flatHeadings;
    const ivs = [];
    const add = (list, attr, cls, extra) => list.forEach((it, i) => {
      if (it && it.end >= it.start) ivs.push({ s: it.start, e: it.end, attr, i, cls: extra ? extra(it) : cls, title: attr === 'f' ? it.message : null });
    });
    add(flatHeadings, 'h', 'hd', (h) => 'hd hd' + Math.min(h.level, 4) + (h.run_in ? ' runin' : ''));
    add(a.artifacts, 'a', 'hl-a');
    add(a.dates, 'd', 'hl-d');
    add(a.metrics, 'm', 'hl-m');
    add(a.placeholders, 'ph', 'hl-ph');
    add(a.findings, 'f', null, (f) => 'hl-f sev-' + f.severity);
    ivs.sort((x, y) => x.s - y.s || y.e - x.e);

    // line starts, and the class of each line (title, salutation, heading …)
    const lineStarts = [0];
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) lineStarts.push(p + 1);
    const lineOf = (pos) => {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= pos) lo = mid; else hi = mid - 1; }
      return lo;
    };
    const lineClass = new Map();
    const mark = (span, cls, level) => { if (span) lineClass.set(lineOf(span.start), { cls, level }); };
    (a.signature || []).forEach((s) => mark(s, 'ln-signature'));
    (a.closing || []).forEach((s) => mark(s, 'ln-closing'));
    mark(a.salutation, 'ln-salutation');
    flatHeadings.forEach((h) => {
      if (!h.run_in) mark(h, 'ln-heading ln-h' + Math.min(h.level, 4), h.level);
    });
    mark(a.title, 'ln-title', 0);

    // every boundary, sorted
    const bset = new Set([0, text.length]);
    for (const iv of ivs) { bset.add(iv.s); bset.add(iv.e); }
    for (let k = 1; k < lineStarts.length; k++) { bset.add(lineStarts[k] - 1); bset.add(lineStarts[k]); }
    const bounds = Int32Array.from(bset).sort();

    const keepScroll = view.scrollTop;
    clear(view);
    const firstEls = new Map();
    view$.firstEls = firstEls;
    let frag = document.createDocumentFragment();
    let lineNo = 0;
    let line = null;
    const newLine = () => {
      line = el('div', 'ln');
      const lc = lineClass.get(lineNo);
      if (lc) {
        line.className += ' ' + lc.cls;
        if (lc.level !== undefined) { line.setAttribute('role', 'heading'); line.setAttribute('aria-level', String(Math.min(lc.level + 1, 6))); }
      }
      frag.appendChild(line);
    };
    newLine();
    let p = 0;
    const active = [];
    const points = []; // zero-length items at a boundary
    let k = 0;
    const big = text.length > BIG;

    const step = () => {
      const stopAt = k + (big ? 20000 : 1e9);
      for (; k < bounds.length - 1 && k < stopAt; k++) {
        const s = bounds[k], e = bounds[k + 1];
        while (p < ivs.length && ivs[p].s <= s) {
          if (ivs[p].e > ivs[p].s) active.push(ivs[p]); else points.push(ivs[p]);
          p++;
        }
        for (let j = active.length - 1; j >= 0; j--) if (active[j].e <= s) active.splice(j, 1);
        while (points.length) {
          const iv = points.pop();
          const m = el('span', 'point ' + iv.cls);
          m.dataset[iv.attr] = String(iv.i);
          if (iv.title) m.title = iv.title;
          line.appendChild(m);
          const key = iv.attr + ':' + iv.i;
          if (!firstEls.has(key)) firstEls.set(key, m);
        }
        if (text.charCodeAt(s) === 10 && e === s + 1) { lineNo++; newLine(); continue; }
        let seg = text.slice(s, e);
        if (seg === '\r' && text.charCodeAt(e) === 10) continue;
        if (!active.length) { line.appendChild(document.createTextNode(seg)); continue; }
        const span = el('span', null, seg);
        const cls = [];
        const data = {};
        let title = null;
        for (const iv of active) {
          if (iv.cls) cls.push(iv.cls);
          data[iv.attr] = data[iv.attr] === undefined ? String(iv.i) : data[iv.attr] + ' ' + iv.i;
          if (iv.title && !title) title = iv.title;
          const key = iv.attr + ':' + iv.i;
          if (!firstEls.has(key)) firstEls.set(key, span);
        }
        span.className = cls.join(' ');
        for (const d in data) span.dataset[d] = data[d];
        if (title) span.title = title;
        line.appendChild(span);
      }
      while (points.length) { // items at the very end of the text
        const iv = points.pop();
        const m = el('span', 'point ' + iv.cls);
        m.dataset[iv.attr] = String(iv.i);
        line.appendChild(m);
        firstEls.set(iv.attr + ':' + iv.i, m);
      }
      view.appendChild(frag);
      frag = document.createDocumentFragment();
      return k >= bounds.length - 1;
    };

    if (!big) { step(); view.scrollTop = keepScroll; return Promise.resolve(true); }
    return new Promise((resolve) => {
      const tick = () => {
        if (token !== view$.renderToken) { resolve(false); return; }
        const done = step();
        setProgress('正在显示…', (bounds[Math.min(k, bounds.length - 1)] / Math.max(1, text.length)) * 100);
        if (done) resolve(true); else setTimeout(tick, 0);
      };
      tick();
    });
  }

  // ---------------------------------------------------------------- jumping
  function jumpTo(attr, i) {
    const d = view$.doc;
    const a = d.shown;
    const item = { h: view$.flatHeadings, m: a.metrics, ph: a.placeholders, f: a.findings, d: a.dates, a: a.artifacts }[attr][i];
    selectTab('view');
    const target = view$.firstEls.get(attr + ':' + i);
    if (item && d === doc() && d.analysedText === editor.value) {
      try { editor.setSelectionRange(item.start, item.end); } catch (e) { /* ignore */ }
    }
    if (!target) return;
    const block = attr === 'h' && target.parentNode && target.parentNode.classList.contains('ln-heading') ? target.parentNode : target;
    block.setAttribute('tabindex', '-1');
    block.scrollIntoView({ block: 'center' });
    block.focus({ preventScroll: true });
    block.classList.remove('flash');
    void block.offsetWidth;
    block.classList.add('flash');
  }

  // ---------------------------------------------------------------- panels
  function renderOutline(d) {
    const box = $('outline');
    clear(box);
    if (!view$.flatHeadings.length) { box.appendChild(el('p', 'empty', '没有识别出小标题。')); return; }
    let idx = 0;
    const build = (nodes) => {
      const ol = el('ol', 'tree');
      for (const n of nodes) {
        const li = el('li');
        const b = el('button', 'link lvl' + Math.min(n.level, 4));
        b.type = 'button';
        b.dataset.h = String(idx);
        if (n.marker) b.appendChild(el('span', 'mk', n.marker));
        b.appendChild(el('span', 'tt', n.title || '（无标题）'));
        const i = idx++;
        b.addEventListener('click', () => jumpTo('h', i));
        li.appendChild(b);
        if (n.children && n.children.length) li.appendChild(build(n.children));
        ol.appendChild(li);
      }
      return ol;
    };
    box.appendChild(build(d.shown.outline));
  }

  function renderFindings(d) {
    const box = $('findings');
    clear(box);
    const analysis = d.shown;
    const analysedText = d.analysedText;
    const hiddenCount = d.hidden.length;
    if (rulesUi) rulesUi.renderIgnored(hiddenCount);
    if (!analysis.findings.length) { box.appendChild(el('li', 'empty', hiddenCount ? '没有未忽略的问题。' : '没有发现问题。')); return; }
    analysis.findings.forEach((f, i) => {
      const li = el('li', 'finding sev-' + f.severity);
      li.dataset.check = f.check;
      const b = el('button', 'link');
      b.type = 'button';
      b.dataset.f = String(i);
      b.appendChild(el('span', 'badge sev-' + f.severity, SEVERITY[f.severity] || f.severity));
      b.appendChild(el('span', 'msg', f.message));
      const quote = analysedText.slice(f.start, f.end);
      if (quote) b.appendChild(el('q', 'quote', shorten(quote, 40)));
      const about = rulesUi ? rulesUi.info(f.check) : null;
      b.appendChild(el('code', 'check', about && about.label !== f.check ? about.label + ' · ' + f.check : f.check));
      // Why it fired: the check's own description (its message says what it found here).
      if (about && about.description) b.title = '为什么提示：' + about.description + '（' + (SEVERITY[f.severity] || f.severity) + '）';
      b.addEventListener('click', () => jumpTo('f', i));
      li.appendChild(b);
      if (rulesUi) li.appendChild(rulesUi.findingButtons(f, analysedText));
      if (f.suggestion !== null && f.suggestion !== undefined) {
        const s = el('div', 'suggestion');
        s.appendChild(el('span', null, f.suggestion === '' ? '建议删除' : '建议改为：'));
        if (f.suggestion !== '') s.appendChild(el('q', null, f.suggestion));
        if (finish) {
          s.appendChild(finish.findingActions(f, i));
        } else {
          const apply = el('button', 'btn small', '应用');
          apply.type = 'button';
          apply.addEventListener('click', () => applySuggestion(d, f));
          s.appendChild(apply);
        }
        li.appendChild(s);
      }
      box.appendChild(li);
    });
  }

  function applySuggestion(d, f) {
    if (d !== doc() || d.analysedText !== editor.value) return;
    const v = editor.value;
    editor.value = v.slice(0, f.start) + f.suggestion + v.slice(f.end);
    onEdit();
  }

  function renderPlaceholders(d) {
    const box = $('placeholders');
    clear(box);
    const placeholders = d.shown.placeholders;
    if (!placeholders.length) { box.appendChild(el('li', 'empty', '没有占位符。')); return; }
    const groups = new Map();
    placeholders.forEach((p, i) => {
      const key = p.form || p.text;
      if (!groups.has(key)) groups.set(key, { form: key, kind: p.kind, items: [] });
      groups.get(key).items.push(i);
    });
    const sorted = [...groups.values()].sort((x, y) => y.items.length - x.items.length || x.items[0] - y.items[0]);
    for (const g of sorted) {
      const li = el('li', 'group');
      const b = el('button', 'link');
      b.type = 'button';
      b.dataset.form = g.form;
      b.appendChild(el('span', 'form hl-ph', g.form));
      b.appendChild(el('span', 'kind', KIND[g.kind] || g.kind));
      const n = el('span', 'count', '×' + g.items.length);
      n.dataset.n = String(g.items.length);
      b.appendChild(n);
      let cursor = 0;
      b.title = '点击依次定位';
      b.addEventListener('click', () => { jumpTo('ph', g.items[cursor % g.items.length]); cursor++; });
      li.appendChild(b);
      box.appendChild(li);
    }
  }

  // The metrics table's order is the page's, not a file's: it stays when another file opens.
  const metricsSort = { key: 'start', dir: 1 };
  function renderMetrics(d) {
    const { key: sortKey, dir: sortDir } = metricsSort;
    const tbody = document.querySelector('#metrics tbody');
    clear(tbody);
    const rows = d.shown.metrics.map((m, i) => ({ m, i }));
    const val = (r) => {
      const m = r.m;
      if (sortKey === 'value') return m.value === null ? -Infinity : m.value;
      if (sortKey === 'start') return m.start;
      return (m[sortKey] || '') + '';
    };
    rows.sort((x, y) => {
      const a = val(x), b = val(y);
      const c = typeof a === 'number' ? a - b : a.localeCompare(b, 'zh-CN');
      return (c || x.m.start - y.m.start) * sortDir;
    });
    for (const { m, i } of rows) {
      const tr = el('tr');
      tr.tabIndex = 0;
      tr.dataset.m = String(i);
      tr.appendChild(el('td', 'src', m.text));
      const v = m.value === null ? '待填' : numFmt.format(m.value) + (m.upper !== null && m.upper !== undefined ? '–' + numFmt.format(m.upper) : '');
      tr.appendChild(el('td', 'num', v));
      tr.appendChild(el('td', null, m.unit));
      tr.appendChild(el('td', null, APPROX[m.approx] || m.approx));
      tr.appendChild(el('td', null, m.subject || ''));
      tr.addEventListener('click', () => jumpTo('m', i));
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); jumpTo('m', i); } });
      tbody.appendChild(tr);
    }
    if (!rows.length) {
      const tr = el('tr');
      const td = el('td', 'empty', '没有识别出数据。');
      td.colSpan = 5;
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
    document.querySelectorAll('#metrics th').forEach((th) => {
      if (th.dataset.key === sortKey) th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  document.querySelectorAll('#metrics th').forEach((th) => {
    th.querySelector('button').addEventListener('click', () => {
      if (metricsSort.key === th.dataset.key) metricsSort.dir = -metricsSort.dir;
      else { metricsSort.key = th.dataset.key; metricsSort.dir = 1; }
      if (view$.doc) renderMetrics(view$.doc);
    });
  });

  // ---------------------------------------------------------------- tabs
  function selectTab(which) {
    const main = document.querySelector('main.layout');
    main.dataset.tab = which;
    $('tab-edit').setAttribute('aria-selected', String(which === 'edit'));
    $('tab-view').setAttribute('aria-selected', String(which === 'view'));
  }
  $('tab-edit').addEventListener('click', () => { selectTab('edit'); editor.focus(); });
  $('tab-view').addEventListener('click', () => selectTab('view'));

  const panelTabs = [...document.querySelectorAll('.panel-tabs [role=tab]')];
  function selectPanel(tab) {
    for (const t of panelTabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    }
  }
  panelTabs.forEach((t, i) => {
    t.addEventListener('click', () => selectPanel(t));
    t.addEventListener('keydown', (e) => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!d) return;
      const n = panelTabs[(i + d + panelTabs.length) % panelTabs.length];
      selectPanel(n);
      n.focus();
    });
  });
  selectPanel(panelTabs[0]);

  // ---------------------------------------------------------------- files
  function renderFiles() {
    const nav = $('files');
    clear(nav);
    nav.hidden = files.length < 2 && !files.some((f) => f.error);
    files.forEach((f, i) => {
      const b = el('button', 'file' + (f.error ? ' bad' : ''));
      b.type = 'button';
      b.appendChild(el('span', 'name', f.name));
      b.appendChild(el('span', 'enc', f.error ? '无法读取' : f.encoding));
      if (i === current) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => openEntry(i));
      nav.appendChild(b);
    });
  }

  function openEntry(i) {
    const f = files[i];
    if (f.error) { showMessage('无法打开“' + f.name + '”：' + f.error.message); return; }
    const was = doc();
    if (was !== f && editor.value === was.text) was.selection = [editor.selectionStart, editor.selectionEnd];
    current = i;
    editor.value = f.text;
    if (f.selection) {
      try { editor.setSelectionRange(f.selection[0], f.selection[1]); } catch (e) { /* the text changed since */ }
    }
    view.scrollTop = 0;
    const notes = (f.notices || []).concat(eolNotice(f.eol) || []);
    showMessage(notes.length ? '“' + f.name + '”：' + notes.join('；') : '', 'info');
    renderFiles();
    selectTab('view');
    scheduleAnalyse(0);
  }

  // A file opened again replaces its entry only when that entry has no edits; an edited one
  // is kept and the new copy is listed as “name (2)”.
  function addEntry(entry) {
    const same = files.findIndex((f) => f.name === entry.name);
    if (same >= 0 && !files[same].dirty) { files[same] = entry; return same; }
    if (same >= 0) {
      let n = 2;
      while (files.some((f) => f.name === entry.name + ' (' + n + ')')) n++;
      entry.name = entry.name + ' (' + n + ')';
    }
    files.push(entry);
    return files.length - 1;
  }

  // ---------------------------------------------------------------- line endings
  // A textarea shows (and gives back) every line break as "\n". The page therefore works on
  // that text — analysis offsets, exports and drafts all refer to exactly what is shown — and
  // says so when a file had CRLF or CR; 保存文本 writes the file's own line endings back.
  function eolOf(t) {
    let crlf = 0, cr = 0, lf = 0;
    for (let p = t.indexOf('\r'); p !== -1; p = t.indexOf('\r', p + 1)) { if (t.charCodeAt(p + 1) === 10) crlf++; else cr++; }
    for (let p = t.indexOf('\n'); p !== -1; p = t.indexOf('\n', p + 1)) lf++;
    lf -= crlf;
    if (!crlf && !cr) return 'LF';
    if (crlf && !cr && !lf) return 'CRLF';
    if (cr && !crlf && !lf) return 'CR';
    return crlf >= cr ? 'mixed-CRLF' : 'mixed-CR';
  }
  function eolNotice(eol) {
    if (eol === 'CRLF') return '文件使用 Windows 换行符（CRLF），编辑框中统一显示为换行（LF）；分析位置、导出和草稿都按显示的文字计算，“保存文本”时恢复为 CRLF';
    if (eol === 'CR') return '文件使用旧式 Mac 换行符（CR），编辑框中统一显示为换行（LF）；“保存文本”时恢复为 CR';
    if (eol && eol.startsWith('mixed')) return '文件中混用了几种换行符，编辑框中统一显示为换行（LF）；“保存文本”时统一为 ' + (eol === 'mixed-CR' ? 'CR' : 'CRLF');
    return null;
  }
  function withEol(text, eol) {
    if (eol === 'CRLF' || eol === 'mixed-CRLF') return text.replace(/\n/g, '\r\n');
    if (eol === 'CR' || eol === 'mixed-CR') return text.replace(/\n/g, '\r');
    return text;
  }

  async function openFiles(list) {
    const arr = [...list];
    if (!arr.length) return;
    let first = -1;
    const errors = [];
    for (let n = 0; n < arr.length; n++) {
      const file = arr[n];
      setProgress('正在读取“' + file.name + '”（' + (n + 1) + '/' + arr.length + '）…', (n / arr.length) * 100);
      let entry;
      try {
        const bytes = await file.arrayBuffer();
        // A .docx is kept: its export writes the changes into it (finish.js, wasm editDocx).
        const original = bytes.byteLength >= 4 && new Uint8Array(bytes, 0, 1)[0] === 0x50 ? bytes.slice(0) : null;
        const r = await engine.decode(bytes, file.name);
        entry = r.ok
          ? newDoc({ name: file.name, text: r.text.replace(/\r\n?/g, '\n'), encoding: r.encoding, notices: r.notices || [], eol: eolOf(r.text) })
          : newDoc({ name: file.name, error: r.error });
        if (r.ok && r.encoding === 'docx' && original && r.text === entry.text) entry.source = original;
      } catch (e) {
        entry = newDoc({ name: file.name, error: { kind: 'read', message: '读取失败：' + e.message } });
      }
      const i = addEntry(entry);
      if (entry.error) errors.push(entry);
      else if (first < 0) first = i;
    }
    setProgress(null);
    renderFiles();
    if (first >= 0) openEntry(first);
    if (errors.length) showMessage(errors.map((f) => '无法打开“' + f.name + '”：' + f.error.message).join('\n'));
  }

  $('open-file').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', (e) => { openFiles(e.target.files); e.target.value = ''; });

  // drag and drop anywhere on the page
  const overlay = $('drop-overlay');
  let dragDepth = 0;
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  window.addEventListener('dragenter', (e) => { if (!hasFiles(e)) return; e.preventDefault(); dragDepth++; overlay.hidden = false; });
  window.addEventListener('dragover', (e) => { if (!hasFiles(e)) return; e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('dragleave', (e) => { if (!hasFiles(e)) return; dragDepth = Math.max(0, dragDepth - 1); if (!dragDepth) overlay.hidden = true; });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    openFiles(e.dataTransfer.files);
  });

  // samples
  const samples = typeof RL_SAMPLES !== 'undefined' ? RL_SAMPLES : [];
  samples.forEach((s, i) => {
    const b = el('button', 'btn', '示例 ' + (i + 1));
    b.type = 'button';
    b.dataset.sample = String(i);
    b.title = s.text.split('\n').find((l) => l.trim()) || s.name;
    b.addEventListener('click', () => {
      const idx = addEntry(newDoc({ name: '示例 ' + (i + 1), text: s.text.replace(/\r\n?/g, '\n'), encoding: '示例' }));
      renderFiles();
      openEntry(idx);
    });
    $('samples').appendChild(b);
  });

  // ---------------------------------------------------------------- editing
  function onEdit() {
    if (current < 0 && editor.value) {
      // Pasted or typed text with no file becomes an entry, so opening a file keeps it.
      const d = scratch;
      scratch = newDoc({ name: '粘贴的文字', encoding: '粘贴' });
      current = addEntry(Object.assign(d, { text: editor.value, dirty: true }));
      renderFiles();
    }
    const f = currentFile();
    if (f) {
      f.text = editor.value;
      f.dirty = true;
    }
    scheduleDraft();
    scheduleAnalyse();
  }
  editor.addEventListener('input', onEdit);

  // ---------------------------------------------------------------- export
  function download(name, mime, parts) {
    const url = URL.createObjectURL(new Blob(parts, { type: mime }));
    const a = el('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  function baseName() {
    const n = current >= 0 && files[current] ? files[current].name : '报告';
    return n.replace(/\.[^.]+$/, '');
  }
  // The CSV is written by the wasm (src/export.rs metrics_csv), byte for byte what
  // `report-lens export -f csv` writes: one writer, with the guard against spreadsheet formulas.
  $('export-csv').addEventListener('click', async () => {
    if (!view$.doc) return;
    const name = baseName() + '.数据.csv';
    let csv;
    try { csv = await engine.exportMetricsCsv(editor.value); } catch (e) { showMessage('导出失败：' + e.message); return; }
    download(name, 'text/csv;charset=utf-8', [csv]);
  });
  $('save-text').addEventListener('click', () => {
    download(baseName() + '.txt', 'text/plain;charset=utf-8', [withEol(editor.value, doc().eol)]);
  });
  $('export-json').addEventListener('click', () => {
    if (view$.doc) download(baseName() + '.analysis.json', 'application/json', [JSON.stringify(view$.doc.shown, null, 2) + '\n']);
  });

  // ---------------------------------------------------------------- drafts
  // The open files and their edits are kept in this browser's IndexedDB (never sent anywhere),
  // saved shortly after each edit, so a reload or a crash does not lose a long edit. A restored
  // draft says so, with a button to discard it.
  const DRAFT_DB = 'report-lens', DRAFT_STORE = 'drafts', DRAFT_KEY = 'session';
  let draftDb = null;
  let draftTimer = 0;
  const draftStatus = $('draft-status');
  function setDraft(state, text) {
    body.dataset.draft = state;
    draftStatus.textContent = text;
    $('discard-draft').hidden = state === 'none';
  }
  function openDraftDb() {
    if (!draftDb) {
      draftDb = new Promise((resolve, reject) => {
        if (!window.indexedDB) { reject(new Error('此浏览器不支持本地存储（IndexedDB）')); return; }
        const r = indexedDB.open(DRAFT_DB, 1);
        r.onupgradeneeded = () => r.result.createObjectStore(DRAFT_STORE);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error || new Error('无法打开本地存储'));
      });
    }
    return draftDb;
  }
  async function draftOp(mode, fn) {
    const db = await openDraftDb();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(DRAFT_STORE, mode);
      const req = fn(tx.objectStore(DRAFT_STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error || new Error('本地存储写入失败'));
    });
  }
  // A draft keeps of each file what cannot be had again: its text, name, line endings, ignores.
  // (`edited` is the stored name of `dirty`.) The .docx bytes and the change list are not kept.
  function snapshot() {
    return {
      v: 1,
      saved: Date.now(),
      current,
      files: files.filter((f) => !f.error).map((f) => ({ name: f.name, text: f.text, encoding: f.encoding,
        notices: f.notices || [], eol: f.eol || 'LF', edited: !!f.dirty, ignores: f.ignores || null })),
    };
  }
  function fromSnapshot(f) {
    return newDoc({ name: f.name, text: f.text, encoding: f.encoding, notices: f.notices || [], eol: f.eol || 'LF',
      dirty: !!f.edited, ignores: f.ignores || null });
  }
  async function saveDraft() {
    clearTimeout(draftTimer);
    // Ignores are kept with the draft too, also for a file that was not edited.
    if (!files.some((f) => f.dirty || (rulesUi && rulesUi.hasIgnores(f)))) return;
    const snap = snapshot();
    snap.current = Math.max(0, files.filter((f, i) => !f.error && i < current).length);
    try {
      await draftOp('readwrite', (st) => st.put(snap, DRAFT_KEY));
      setDraft('saved', '草稿已保存在本机 ' + new Date(snap.saved).toLocaleTimeString('zh-CN'));
    } catch (e) {
      setDraft('failed', '草稿未能保存：' + ((e && e.message) || e));
    }
  }
  function scheduleDraft() {
    setDraft('pending', '草稿待保存…');
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, editor.value.length > BIG ? 1500 : 400);
  }
  async function discardDraft() {
    try { await draftOp('readwrite', (st) => st.delete(DRAFT_KEY)); } catch (e) { /* nothing stored */ }
    files.length = 0;
    current = -1;
    scratch = newDoc({ name: '粘贴的文字', encoding: '粘贴' });
    editor.value = '';
    renderFiles();
    showMessage('');
    setDraft('none', '');
    scheduleAnalyse(0);
  }
  async function restoreDraft() {
    let d;
    try { d = await draftOp('readonly', (st) => st.get(DRAFT_KEY)); } catch (e) { return; }
    if (!d || d.v !== 1 || !Array.isArray(d.files) || !d.files.length) return;
    if (editor.value || files.length) return; // the user started before the draft arrived
    for (const f of d.files) files.push(fromSnapshot(f));
    const i = Math.min(Math.max(0, d.current | 0), files.length - 1);
    openEntry(i);
    const when = new Date(d.saved).toLocaleString('zh-CN');
    showMessage('已恢复 ' + when + ' 保存在本机浏览器中的草稿（' + files.length + ' 个文件）；不需要时可点页面底部的“丢弃本机草稿”。', 'info');
    setDraft('saved', '草稿已保存在本机 ' + new Date(d.saved).toLocaleTimeString('zh-CN'));
  }
  $('discard-draft').addEventListener('click', discardDraft);
  window.addEventListener('pagehide', () => { if (body.dataset.draft === 'pending') saveDraft(); });

  // ---------------------------------------------------------------- rules and ignores (www/rules.js)
  const rulesUi = typeof RL_RULES === 'function' ? RL_RULES({
    $, el, clear, engine, download, showMessage, currentFile,
    reanalyse: () => scheduleAnalyse(0),
    // An ignore was added or taken back: show the same analysis again, keep it with the draft.
    ignoresChanged: () => {
      const d = view$.doc;
      if (d && d === doc() && d.analysedText === editor.value) show(d);
      scheduleDraft();
    },
  }) : null;

  // ---------------------------------------------------------------- finishing (www/finish.js)
  // Fill, fix, undo and export: finish.js gets the few things of the page it needs.
  const finish = typeof RL_FINISH === 'function' ? RL_FINISH({
    $, el, clear, editor, engine, download, baseName, onEdit, showMessage,
    doc, // the document in the editor: its `changes` are finish.js's, its `source` a dropped .docx
    shown: () => view$.doc, // the document whose analysis is shown (`shown` of `analysedText`)
    currentFile,
    options: rulesUi ? rulesUi.options : undefined,
    hiddenOf: rulesUi ? (a, text) => rulesUi.filter(a, text).hidden : undefined,
    fixOptions: rulesUi ? rulesUi.fixOptions : undefined,
    editIgnored: rulesUi ? rulesUi.editIgnored : undefined,
  }) : null;

  // ---------------------------------------------------------------- start
  // For tests and the console: the analysis shown, its text, the engine client.
  window.reportLens = {
    engine,
    get analysis() { return view$.doc ? view$.doc.shown : null; },
    get text() { return view$.doc ? view$.doc.analysedText : null; },
    ready: null,
  };
  setState('busy');
  selectTab('edit');
  window.reportLens.ready = Promise.all([startEngine(), restoreDraft()]).then(() => {
    if (rulesUi) rulesUi.loadRegistry().catch(() => { /* the switches stay empty; analysis still works */ });
    scheduleAnalyse(0);
  });
  if (!INLINE && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register(scriptURL('sw.js')).catch(() => { /* offline use just won't be cached */ });
  }
})();
