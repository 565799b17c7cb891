// report-lens worker: decodes files and analyses text off the main thread.
// The page sends {type:'init', module} (a compiled WebAssembly.Module) first, then
// {type:'analyse', id, text, options?} and {type:'decode', id, name, bytes}. Replies carry the same id.
//
// Pattern rules: the page's wasm has no regex engine (it would break the 250 KB budget). When
// the options ask for patterns (`options.patterns`), the worker loads the same analyser built
// with the `patterns` feature (pkg/report_lens_full*, glue as `self.rl_full`) once, and uses it
// for every call from then on. Where it cannot be loaded (the single-file build has no
// server to load it from), the page's wasm goes on and reports the patterns as not in effect.
/* global wasm_bindgen, importScripts */
'use strict';
if (typeof wasm_bindgen === 'undefined') importScripts('pkg/report_lens.js');

let ready = false;
let engine = null; // wasm_bindgen, or self.rl_full once loaded
let full = null; // Promise of the pattern engine (or null when it could not be loaded)
// The editing and export functions the page may call (src/wasm.rs).
const EDIT_FNS = new Set(['fields', 'fillEdits', 'fixEdits', 'fixEdit', 'fixFinding', 'safeChecks', 'applyEdits', 'undoEdits',
  'exportDocx', 'exportOutlineMarkdown', 'exportMetricsCsv', 'exportChecklist', 'lineNumbers', 'checks', 'parseRules']);
const queue = [];

function loadFull() {
  if (!full) {
    full = (async () => {
      try {
        if (typeof self.rl_full === 'undefined') importScripts('pkg/report_lens_full.js');
        const resp = await fetch('pkg/report_lens_full_bg.wasm');
        if (!resp.ok) throw new Error('HTTP ' + resp.status);
        const module = await WebAssembly.compile(await resp.arrayBuffer());
        self.rl_full.initSync({ module });
        engine = self.rl_full;
        return true;
      } catch (e) {
        return false; // no pattern engine here: word rules still work
      }
    })();
  }
  return full;
}

async function handle(msg) {
  const { id } = msg;
  try {
    if (msg.options && msg.options.patterns) await loadFull();
    if (msg.type === 'analyse') {
      const t0 = performance.now();
      // options: {disabledChecks, rules, patterns} from the 规则 panel (www/rules.js); none = defaults.
      const analysis = msg.options ? engine.analyseWith(msg.text, msg.options) : engine.analyse(msg.text);
      self.postMessage({ id, type: 'analysis', analysis, ms: performance.now() - t0 });
    } else if (msg.type === 'decode') {
      const result = engine.decode(new Uint8Array(msg.bytes), msg.name || '');
      self.postMessage({ id, type: 'decoded', result });
    } else if (msg.type === 'edit' && EDIT_FNS.has(msg.fn)) {
      // finish.js: {type:'edit', id, fn, args} → {id, type:'result', result}
      const result = engine[msg.fn](...(msg.args || []));
      self.postMessage({ id, type: 'result', result }, result instanceof Uint8Array ? [result.buffer] : []);
    }
  } catch (e) {
    self.postMessage({ id, type: 'error', message: String((e && e.message) || e) });
  }
}

// One message at a time, in order (loading the pattern engine is asynchronous).
let chain = Promise.resolve();
function enqueue(msg) { chain = chain.then(() => handle(msg)); }

self.onmessage = (ev) => {
  const msg = ev.data;
  if (msg.type === 'init') {
    try {
      wasm_bindgen.initSync({ module: msg.module });
      engine = wasm_bindgen;
      ready = true;
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
      while (queue.length) enqueue(queue.shift());
    } catch (e) {
      self.postMessage({ type: 'fatal', message: String((e && e.message) || e) });
    }
    return;
  }
  if (!ready) queue.push(msg);
  else enqueue(msg);
};
