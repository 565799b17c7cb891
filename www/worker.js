// report-lens worker: decodes files and analyses text off the main thread.
// The page sends {type:'init', module} (a compiled WebAssembly.Module) first, then
// {type:'analyse', id, text, options?} and {type:'decode', id, name, bytes}. Replies carry the same id.
/* global wasm_bindgen, importScripts */
'use strict';
if (typeof wasm_bindgen === 'undefined') importScripts('pkg/report_lens.js');

let ready = false;
// The editing and export functions the page may call (src/wasm.rs).
const EDIT_FNS = new Set(['fields', 'fillEdits', 'fixEdits', 'fixEdit', 'fixFinding', 'safeChecks', 'applyEdits', 'undoEdits',
  'exportDocx', 'exportOutlineMarkdown', 'exportMetricsCsv', 'exportChecklist', 'checks', 'parseRules']);
const queue = [];

function handle(msg) {
  const { id } = msg;
  try {
    if (msg.type === 'analyse') {
      const t0 = performance.now();
      // options: {disabledChecks, rules} from the 规则 panel (www/rules.js); none = defaults.
      const analysis = msg.options ? wasm_bindgen.analyseWith(msg.text, msg.options) : wasm_bindgen.analyse(msg.text);
      self.postMessage({ id, type: 'analysis', analysis, ms: performance.now() - t0 });
    } else if (msg.type === 'decode') {
      const result = wasm_bindgen.decode(new Uint8Array(msg.bytes), msg.name || '');
      self.postMessage({ id, type: 'decoded', result });
    } else if (msg.type === 'edit' && EDIT_FNS.has(msg.fn)) {
      // finish.js: {type:'edit', id, fn, args} → {id, type:'result', result}
      const result = wasm_bindgen[msg.fn](...(msg.args || []));
      self.postMessage({ id, type: 'result', result }, result instanceof Uint8Array ? [result.buffer] : []);
    }
  } catch (e) {
    self.postMessage({ id, type: 'error', message: String((e && e.message) || e) });
  }
}

self.onmessage = (ev) => {
  const msg = ev.data;
  if (msg.type === 'init') {
    try {
      wasm_bindgen.initSync({ module: msg.module });
      ready = true;
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
      while (queue.length) handle(queue.shift());
    } catch (e) {
      self.postMessage({ type: 'fatal', message: String((e && e.message) || e) });
    }
    return;
  }
  if (!ready) queue.push(msg);
  else handle(msg);
};
