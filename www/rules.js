// report-lens: the 规则 panel and ignored findings. The page (app.js) calls RL_RULES once.
//
// - House rules (本单位规则: 禁用词 → 规范词, or a pattern) and the check switches are this
//   browser's settings, kept in localStorage; they go to the engine with every analysis
//   (`engine.analyse(text, {disabledChecks, rules})`); the wasm compiles them once per change
//   (src/wasm.rs keeps the last compiled set) and returns the rules it could not use in
//   `rule_errors`. Rules files are JSON (`{"version":1,"rules":[…]}`, the same
//   file `report-lens analyse --rules` reads) or CSV (`禁用词,规范词,说明`); the browser parses
//   JSON itself, the wasm reads CSV and checks every rule.
// - Ignores (忽略 / 忽略此类 / 不再提示这个词) belong to one draft: they are kept in the file entry
//   and saved with the draft (IndexedDB), and listed under 已忽略 with 恢复.
// Report text and rule text reach the DOM only through textContent.
/* exported RL_RULES */
// eslint-disable-next-line no-unused-vars
var RL_RULES = function (api) {
  'use strict';

  const { $, el, clear } = api;
  const STORE = 'report-lens:rules';
  const SEV = { error: '错误', warning: '建议', info: '提示' };
  const SEP = '\u0001';

  // ---------------------------------------------------------------- settings (localStorage)
  let settings = { v: 1, rules: [], disabled: [] };
  try {
    const s = JSON.parse(localStorage.getItem(STORE) || 'null');
    if (s && s.v === 1 && Array.isArray(s.rules) && Array.isArray(s.disabled)) settings = s;
  } catch (e) { /* unreadable settings: start empty, the next save replaces them */ }
  let storeError = '';
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(settings)); storeError = ''; } catch (e) {
      storeError = '规则未能保存在本机：' + ((e && e.message) || e);
    }
  }
  let nextId = Date.now();
  const newId = () => 'r' + (nextId++).toString(36);

  // A rule as the wasm takes it: six strings (src/rules.rs RuleSpec::from_wire); many rules are
  // packed into one string (fields joined by U+0001, rules by U+0002: one copy into the wasm).
  const str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)).replace(/[\u0001\u0002]/g, '');
  function toWire(r) {
    return [str(r.word), str(r.pattern), str(r.replacement), str(r.note), str(r.severity) || 'warning', r.enabled === false ? '0' : '1'];
  }
  const pack = (rules) => rules.map((r) => toWire(r).join('\u0001')).join('\u0002');
  function fromWire(w) {
    const r = { id: newId() };
    if (w[0]) r.word = w[0];
    if (w[1]) r.pattern = w[1];
    if (w[2]) r.replacement = w[2];
    if (w[3]) r.note = w[3];
    if (w[4] && w[4] !== 'warning') r.severity = w[4];
    r.enabled = w[5] !== '0';
    return r;
  }
  // The rule as written in a rules file: only the fields that are set.
  function toFile(r) {
    const o = {};
    for (const k of ['word', 'pattern', 'replacement', 'note']) if (r[k]) o[k] = r[k];
    if (r.severity && r.severity !== 'warning') o.severity = r.severity;
    if (r.enabled === false) o.enabled = false;
    return o;
  }

  /** The analysis options of the current settings. */
  function options() {
    // patterns: the worker then loads the analyser that has a regex engine (www/worker.js).
    const patterns = settings.rules.some((r) => r.enabled !== false && r.pattern);
    return { disabledChecks: settings.disabled.slice(), rules: pack(settings.rules), patterns };
  }

  // ---------------------------------------------------------------- check registry
  let registry = [];
  const info = (id) => registry.find((c) => c.id === id) || { id, label: id, severity: 'warning', description: '' };
  async function loadRegistry() {
    try {
      registry = await api.engine.checks();
    } finally {
      renderChecks();
    }
  }

  // ---------------------------------------------------------------- ignores (per draft)
  function ignoresOf(file) {
    if (!file) return null;
    if (!file.ignores) file.ignores = { once: [], checks: [], words: [] };
    return file.ignores;
  }
  function contextOf(text, f) {
    return text.slice(Math.max(0, f.start - 8), f.start) + SEP + text.slice(f.end, f.end + 8);
  }
  const onceKey = (text, f) => f.check + SEP + text.slice(f.start, f.end) + SEP + contextOf(text, f);
  const wordKey = (text, f) => f.check + SEP + text.slice(f.start, f.end);
  function isIgnored(ig, text, f) {
    if (!ig) return false;
    return ig.checks.some((c) => c.check === f.check)
      || ig.words.some((w) => w.key === wordKey(text, f))
      || ig.once.some((o) => o.key === onceKey(text, f));
  }
  /** The options for the one-click fixes: also without the checks ignored in this draft. */
  function fixOptions() {
    const o = options();
    const ig = ignoresOf(api.currentFile());
    if (ig) for (const c of ig.checks) if (!o.disabledChecks.includes(c.check)) o.disabledChecks.push(c.check);
    return o;
  }
  /** Whether a fix (`Edit`, reason = check id) is of a finding ignored in this draft. */
  function editIgnored(text, e) {
    return isIgnored(ignoresOf(api.currentFile()), text, { check: e.reason, start: e.start, end: e.end });
  }
  /** Split the findings of `a` (of `text`) into shown and ignored. */
  function filter(a, text) {
    const ig = ignoresOf(api.currentFile());
    const shown = [];
    const hidden = [];
    for (const f of a.findings) (isIgnored(ig, text, f) ? hidden : shown).push(f);
    return { shown, hidden };
  }
  function ignore(kind, f, text) {
    const file = api.currentFile();
    if (!file) { api.showMessage('请先打开或粘贴一份报告。', 'info'); return; }
    const ig = ignoresOf(file);
    const quote = text.slice(f.start, f.end);
    const label = info(f.check).label;
    if (kind === 'once') ig.once.push({ key: onceKey(text, f), check: f.check, text: quote, label });
    else if (kind === 'check') { if (!ig.checks.some((c) => c.check === f.check)) ig.checks.push({ check: f.check, label }); } else if (!ig.words.some((w) => w.key === wordKey(text, f))) ig.words.push({ key: wordKey(text, f), check: f.check, text: quote, label });
    api.ignoresChanged();
  }
  function unignore(list, i) {
    const ig = ignoresOf(api.currentFile());
    if (!ig) return;
    ig[list].splice(i, 1);
    api.ignoresChanged();
  }
  const hasIgnores = (file) => !!(file && file.ignores && (file.ignores.once.length || file.ignores.checks.length || file.ignores.words.length));

  /** The buttons 忽略 / 忽略此类 / 不再提示这个词 of one finding. */
  function findingButtons(f, text) {
    const box = el('span', 'ignore-actions');
    const b = (label, kind, title) => {
      const x = el('button', 'btn small ignore', label);
      x.type = 'button';
      x.dataset.ignore = kind;
      x.title = title;
      x.addEventListener('click', (e) => { e.stopPropagation(); ignore(kind, f, text); });
      box.appendChild(x);
    };
    b('忽略', 'once', '只忽略这一处（保存在本草稿中）');
    b('忽略此类', 'check', '本草稿中不再显示“' + info(f.check).label + '”类问题');
    if (f.end > f.start) b('不再提示这个词', 'word', '本草稿中不再就“' + text.slice(f.start, f.end) + '”提示“' + info(f.check).label + '”');
    return box;
  }

  /** The 已忽略 list under the findings, with 恢复 for each. */
  function renderIgnored(hiddenCount) {
    const box = $('ignored');
    clear(box);
    const ig = ignoresOf(api.currentFile());
    const n = ig ? ig.once.length + ig.checks.length + ig.words.length : 0;
    box.hidden = !n;
    if (!n) return;
    box.appendChild(el('h3', 'panel-h', '已忽略（' + n + ' 条设置，隐藏了 ' + hiddenCount + ' 处）'));
    const ul = el('ul', 'ignored-list');
    const row = (list, i, what) => {
      const li = el('li');
      li.dataset.kind = list;
      li.appendChild(el('span', null, what));
      const b = el('button', 'btn small', '恢复');
      b.type = 'button';
      b.addEventListener('click', () => unignore(list, i));
      li.appendChild(b);
      ul.appendChild(li);
    };
    ig.checks.forEach((c, i) => row('checks', i, '此类：' + info(c.check).label));
    ig.words.forEach((w, i) => row('words', i, '这个词：“' + w.text + '”（' + info(w.check).label + '）'));
    ig.once.forEach((o, i) => row('once', i, '一处：“' + o.text + '”（' + info(o.check).label + '）'));
    box.appendChild(ul);
  }

  // ---------------------------------------------------------------- the 规则 panel
  function changed() {
    save();
    renderRules();
    renderChecks();
    api.reanalyse();
  }
  function addRule(r) {
    settings.rules.push(Object.assign({ id: newId(), enabled: true }, r));
    changed();
  }

  $('rule-kind').addEventListener('change', () => {
    const pattern = $('rule-kind').value === 'pattern';
    $('rule-word-label').textContent = pattern ? '模式' : '禁用词';
    $('rule-word').placeholder = pattern ? '如 (\\d+)多个' : '如 搞好';
    $('rule-repl').placeholder = pattern ? '替换，如 ${1}余个（可空）' : '如 做好（可空）';
  });
  $('rule-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const what = $('rule-word').value.trim();
    if (!what) { setRuleMessage('请填写禁用词（或模式）。'); $('rule-word').focus(); return; }
    const r = $('rule-kind').value === 'pattern' ? { pattern: what } : { word: what };
    const repl = $('rule-repl').value.trim();
    const note = $('rule-note').value.trim();
    if (repl) r.replacement = repl;
    if (note) r.note = note;
    if (r.word && settings.rules.some((x) => x.word === r.word)) { setRuleMessage('已有禁用词“' + r.word + '”的规则。'); return; }
    $('rule-word').value = '';
    $('rule-repl').value = '';
    $('rule-note').value = '';
    setRuleMessage('');
    addRule(r);
  });

  function setRuleMessage(text) {
    const m = $('rule-message');
    m.hidden = !text;
    m.textContent = text;
  }

  let lastErrors = [];
  function renderRules() {
    const list = $('rule-list');
    clear(list);
    const count = document.querySelector('[data-count-tab="rules"]');
    if (count) count.textContent = String(settings.rules.filter((r) => r.enabled !== false).length);
    if (!settings.rules.length) {
      list.appendChild(el('li', 'empty', '还没有规则。添加本单位的禁用词和规范词，或导入同事分享的规则文件。'));
    }
    settings.rules.forEach((r, i) => {
      const li = el('li', 'rule' + (r.enabled === false ? ' off' : ''));
      li.dataset.rule = String(i);
      const label = el('label', 'rule-on');
      const cb = el('input');
      cb.type = 'checkbox';
      cb.checked = r.enabled !== false;
      cb.setAttribute('aria-label', '启用规则 ' + (i + 1));
      cb.addEventListener('change', () => { r.enabled = cb.checked; changed(); });
      label.appendChild(cb);
      li.appendChild(label);
      const what = el('span', 'rule-what');
      what.appendChild(el('span', 'rule-n', (i + 1) + '.'));
      if (r.pattern) what.appendChild(el('code', 'rule-pattern', r.pattern));
      else what.appendChild(el('span', 'rule-word', r.word || '（空）'));
      if (r.replacement) { what.appendChild(el('span', 'arrow', ' → ')); what.appendChild(el('span', 'rule-repl', r.replacement)); }
      if (r.note) what.appendChild(el('span', 'muted', r.note));
      li.appendChild(what);
      const del = el('button', 'btn small', '删除');
      del.type = 'button';
      del.dataset.deleteRule = String(i);
      del.addEventListener('click', () => { settings.rules.splice(i, 1); changed(); });
      li.appendChild(del);
      const errs = lastErrors.filter((e) => e.rule === i + 1);
      for (const e of errs) li.appendChild(el('div', 'rule-error', e.message));
      list.appendChild(li);
    });
    const general = lastErrors.filter((e) => e.rule === 0).map((e) => e.message);
    if (storeError) general.push(storeError);
    const g = $('rule-errors');
    g.hidden = !general.length;
    g.textContent = general.join('\n');
  }

  function renderChecks() {
    const box = $('check-list');
    clear(box);
    for (const c of registry) {
      const li = el('li', 'check-switch');
      const label = el('label');
      const cb = el('input');
      cb.type = 'checkbox';
      cb.checked = !settings.disabled.includes(c.id);
      cb.dataset.check = c.id;
      cb.addEventListener('change', () => {
        settings.disabled = settings.disabled.filter((d) => d !== c.id);
        if (!cb.checked) settings.disabled.push(c.id);
        changed();
      });
      label.appendChild(cb);
      label.appendChild(el('span', 'check-label', c.label));
      label.appendChild(el('span', 'badge sev-' + c.severity, SEV[c.severity] || c.severity));
      label.appendChild(el('code', 'check', c.id));
      li.appendChild(label);
      if (c.description) li.appendChild(el('div', 'muted', c.description));
      box.appendChild(li);
    }
  }

  // ---------------------------------------------------------------- import / export
  $('rules-export').addEventListener('click', () => {
    const file = { version: 1, rules: settings.rules.map(toFile) };
    api.download('报告透镜-规则.json', 'application/json', [JSON.stringify(file, null, 2) + '\n']);
  });
  $('rules-import').addEventListener('click', () => $('rules-file').click());
  $('rules-file').addEventListener('change', async (e) => {
    const f = e.target.files && e.target.files[0];
    e.target.value = '';
    if (f) await importFile(f);
  });

  async function importFile(file) {
    let text;
    try {
      const bytes = await file.arrayBuffer();
      const r = await api.engine.decode(bytes, file.name.replace(/\.\w+$/, '.txt'));
      if (!r.ok) throw new Error(r.error.message);
      text = r.text;
    } catch (e) {
      setRuleMessage('无法读取规则文件“' + file.name + '”：' + ((e && e.message) || e));
      return;
    }
    let input = text;
    let csv = true;
    const t = text.replace(/^\uFEFF/, '').trim();
    if (t.startsWith('{') || t.startsWith('[')) {
      let data;
      try { data = JSON.parse(t); } catch (err) {
        setRuleMessage('规则文件“' + file.name + '”不是有效的 JSON：' + err.message + '。可改用 CSV：每行“禁用词,规范词,说明”。');
        return;
      }
      const list = Array.isArray(data) ? data : data && Array.isArray(data.rules) ? data.rules : null;
      if (!list) { setRuleMessage('规则文件“' + file.name + '”中没有 rules 列表（应为 {"version":1,"rules":[…]}）。'); return; }
      input = pack(list.filter((r) => r && typeof r === 'object'));
      csv = false;
    }
    let parsed;
    try { parsed = await api.engine.parseRules(input, csv); } catch (e) {
      setRuleMessage('规则文件“' + file.name + '”读取失败：' + e.message);
      return;
    }
    const { rules, errors } = parsed;
    let added = 0;
    for (const w of rules) {
      const r = fromWire(w);
      const same = settings.rules.some((x) => (x.word || '') === (r.word || '') && (x.pattern || '') === (r.pattern || '')
        && (x.replacement || '') === (r.replacement || ''));
      if (!same) { settings.rules.push(r); added++; }
    }
    changed();
    const skipped = rules.length - added;
    let msg = '从“' + file.name + '”导入了 ' + added + ' 条规则' + (skipped ? '（' + skipped + ' 条已有，未重复添加）' : '') + '。';
    if (errors.length) msg += '\n' + errors.map((x) => x.message).join('\n');
    setRuleMessage(msg);
  }

  /** A new analysis is shown: keep the rule errors it reports next to the rules. */
  function update(a) {
    lastErrors = (a && a.rule_errors) || [];
    renderRules();
  }

  renderRules();
  return { options, fixOptions, editIgnored, filter, findingButtons, renderIgnored, hasIgnores, update, loadRegistry, info, SEV };
};
