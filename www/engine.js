// report-lens engine client: the only code of the page that talks to the analyser. It takes the
// page's way of loading code (served files, or the single file's inlined wasm and worker source)
// and gives typed methods that return promises; the worker (www/worker.js) runs the wasm
// (src/wasm.rs) off the main thread and loads the full engine on demand.
//
// - Every request carries an id; its reply resolves the promise, or rejects it with an Error
//   whose message is the Rust one (`JsError`) or the worker's.
// - analyse(): typing fast asks for many analyses. At most one is in the worker at a time; a
//   newer call drops the one still waiting (never sent) and the answer of the one in flight:
//   both promises reject with an error whose `superseded` is true (callers just ignore those).
// - A worker whose wasm trapped (a panic: `WebAssembly.RuntimeError`) is unusable; so is one that
//   failed an analysis or a decode. It is replaced (the compiled module is reused) and every
//   request still waiting rejects with 分析引擎已重启.
/* exported RL_ENGINE */
// eslint-disable-next-line no-unused-vars
var RL_ENGINE = function (config) {
  'use strict';

  // config: { inline: boolean, wasmBase64: () => string, workerSource: () => string,
  //           scriptURL: (url) => url-or-TrustedScriptURL }
  const scriptURL = config.scriptURL || ((u) => u);
  let worker = null;
  let module = null; // the compiled page wasm, shared by every worker spawned
  let ready = Promise.reject(new Error('分析引擎尚未启动'));
  ready.catch(() => {});
  let nextId = 1;
  const pending = new Map(); // id → {resolve, reject, op}

  function b64ToBytes(b64) {
    const bin = atob(b64.replace(/\s+/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  async function compile() {
    if (config.inline) return WebAssembly.compile(b64ToBytes(config.wasmBase64()));
    const url = 'pkg/report_lens_bg.wasm';
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch (e) {
      const resp = await fetch(url);
      return WebAssembly.compile(await resp.arrayBuffer());
    }
  }

  function spawn() {
    if (worker) worker.terminate();
    for (const p of pending.values()) p.reject(new Error('分析引擎已重启'));
    pending.clear();
    worker = config.inline
      ? new Worker(scriptURL(URL.createObjectURL(new Blob([config.workerSource()], { type: 'text/javascript' }))))
      : new Worker(scriptURL('worker.js'));
    const started = new Promise((resolve, reject) => {
      worker.onmessage = (ev) => {
        const m = ev.data;
        if (m.type === 'ready') { resolve(m.version); return; }
        if (m.type === 'fatal') { reject(new Error(m.message)); return; }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) { p.resolve(m.result); return; }
        const err = new Error(m.message);
        err.broken = !!m.broken;
        if (m.broken || p.op === 'analyse' || p.op === 'decode') restart();
        p.reject(err);
      };
      worker.onerror = (e) => reject(new Error(e.message || '分析引擎加载失败'));
    });
    worker.postMessage({ type: 'init', module });
    return started;
  }
  function restart() {
    ready = spawn();
    ready.catch(() => {});
    return ready;
  }

  /** Compile the wasm and start the worker; resolves to the crate version. */
  function start() {
    ready = (async () => {
      module = await compile();
      return spawn();
    })();
    ready.catch(() => {});
    return ready;
  }

  async function request(op, args, transfer) {
    await ready;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, op });
      worker.postMessage({ id, op, args }, transfer || []);
    });
  }

  // ---------------------------------------------------------------- analysis, newest wins
  function superseded() {
    const e = new Error('已有更新的分析');
    e.name = 'AbortError';
    e.superseded = true;
    return e;
  }
  let waiting = null; // {text, options, resolve, reject}: the newest call, not yet sent
  let inFlight = false;
  function pump() {
    if (inFlight || !waiting) return;
    const job = waiting;
    waiting = null;
    inFlight = true;
    const done = (settle) => {
      inFlight = false;
      if (waiting) job.reject(superseded()); else settle();
      pump();
    };
    request('analyse', [job.text, job.options]).then(
      (a) => done(() => job.resolve(a)),
      (e) => done(() => job.reject(e)));
  }
  /** The analysis of `text` with `options` ({disabledChecks, rules, patterns}; none = defaults). */
  function analyse(text, options) {
    if (waiting) waiting.reject(superseded());
    return new Promise((resolve, reject) => {
      waiting = { text, options, resolve, reject };
      pump();
    });
  }

  // ---------------------------------------------------------------- the rest: one wasm call each
  const fns = {
    start,
    analyse,
    /** An analysis outside the newest-wins line (for an export): never superseded, supersedes nothing. */
    analyseAside: (text, options) => request('analyse', [text, options]),
    /** Read a file's bytes (UTF-8/16, GBK, .docx; .doc through the full engine): DecodeResult. The buffer is transferred. */
    decode: (bytes, name) => request('decode', [bytes, name || ''], [bytes]),
    /** Every check: {id, label, severity, description}[]. */
    checks: () => request('checks', []),
    /** A rules file's rules (packed JSON rules, or CSV text when `csv`) and their errors. */
    parseRules: (input, csv) => request('parseRules', [input, !!csv]),
    /** What this engine can do: {docxEdit}. */
    capabilities: () => request('capabilities', []),
    safeChecks: () => request('safeChecks', []),
    fields: (text) => request('fields', [text]),
    fillEdits: (text, fills) => request('fillEdits', [text, fills]),
    fixEdits: (text, checks, options) => request('fixEdits', [text, checks, options]),
    /** The fix of one finding ({check, start, end, suggestion}), or null when its check is not safe. */
    fixFinding: (text, f) => request('fixFinding', [text, f.check, f.start, f.end, f.suggestion]),
    applyEdits: (text, edits) => request('applyEdits', [text, edits]),
    undoEdits: (text, applied) => request('undoEdits', [text, applied]),
    lineNumbers: (text, offsets) => request('lineNumbers', [text, Uint32Array.from(offsets)]),
    exportDocx: (text) => request('exportDocx', [text]),
    /** The dropped .docx `original` (a Uint8Array) with its text changed to `text`: DocxResult. */
    editDocx: (original, text, tracked, date) => request('editDocx', [original, text, !!tracked, date]),
    exportOutlineMarkdown: (text) => request('exportOutlineMarkdown', [text]),
    exportMetricsCsv: (text) => request('exportMetricsCsv', [text]),
    /** The findings as a Markdown checklist: analysed with `options`, without the findings `hidden` (those ignored). */
    exportChecklist: (text, options, hidden) => request('exportChecklist', [text, options,
      (hidden || []).map((f) => [f.check, f.start, f.end].join('\u0001')).join('\u0002')]),
  };
  return Object.freeze(fns);
};
