// report-lens worker: decodes files and analyses text off the main thread.
// The page sends {type:'init', module} (a compiled WebAssembly.Module) first, then
// {type:'analyse', id, text} and {type:'decode', id, name, bytes}. Replies carry the same id.
/* global wasm_bindgen, importScripts */
'use strict';
if (typeof wasm_bindgen === 'undefined') importScripts('pkg/report_lens.js');

let ready = false;
// The editing and export functions the page may call (src/wasm.rs).
const EDIT_FNS = new Set(['fields', 'fillEdits', 'fixEdits', 'fixEdit', 'safeChecks', 'applyEdits', 'undoEdits',
  'exportDocx', 'editDocx', 'capabilities', 'exportOutlineMarkdown', 'exportMetricsCsv', 'exportChecklist']);
const queue = [];

function handle(msg) {
  const { id } = msg;
  try {
    if (msg.type === 'analyse') {
      const t0 = performance.now();
      const analysis = wasm_bindgen.analyse(msg.text);
      self.postMessage({ id, type: 'analysis', analysis, ms: performance.now() - t0 });
    } else if (msg.type === 'decode') {
      const result = wasm_bindgen.decode(new Uint8Array(msg.bytes), msg.name || '');
      self.postMessage({ id, type: 'decoded', result });
    } else if (msg.type === 'edit' && EDIT_FNS.has(msg.fn)) {
      // finish.js: {type:'edit', id, fn, args} → {id, type:'result', result}
      const result = wasm_bindgen[msg.fn](...(msg.args || []));
      const bytes = result instanceof Uint8Array ? result : result && result.bytes instanceof Uint8Array ? result.bytes : null;
      self.postMessage({ id, type: 'result', result }, bytes ? [bytes.buffer] : []);
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
