// report-lens worker: the other half of the engine client (www/engine.js), the only code that
// sends it messages. It decodes files, analyses, edits and exports text off the main thread.
// The client sends {type:'init', module} (a compiled WebAssembly.Module) first, then requests
// {id, op, args}; each gets one reply with the same id: {id, ok: true, result} or
// {id, ok: false, message, broken} (`broken`: the wasm trapped and this instance is unusable).
// The ops are the table OPS below, one wasm function each (src/wasm.rs).
//
// The full engine: the page's wasm has no regex engine, .doc reader or in-.docx editing (they
// would break the 250 KB budget). When the options ask for patterns (`options.patterns`), a
// .doc/.wps is dropped or a dropped .docx is exported, the worker loads the same analyser built
// with every feature (pkg/report_lens_full*, glue as `self.rl_full`) once, and uses it for every
// call from then on. Where it cannot be loaded (the single-file build has no server to load it
// from), the page's wasm goes on: patterns are reported as not in effect, a .doc gets a message
// asking for a .docx, and a .docx is exported as a new 公文 document.
//
// A .docx is a zip: the worker reads its container with www/zip.js (the browser inflates) and
// hands the entries to the wasm's decodeDocx, which keeps every rule about the contents.
/* global wasm_bindgen, importScripts, RL_ZIP */
'use strict';
if (typeof wasm_bindgen === 'undefined') importScripts('pkg/report_lens.js');
if (typeof RL_ZIP === 'undefined') importScripts('zip.js');
// decode::MAX_INPUT: a larger file goes to decode, which says it is too large.
const MAX_INPUT = 64 * 1024 * 1024;

let ready = false;
let engine = null; // wasm_bindgen, or self.rl_full once loaded
let full = null; // Promise of the full engine (resolves false when it could not be loaded)
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
        return false; // no full engine here: word rules still work
      }
    })();
  }
  return full;
}

// Whether the full engine can be had here (served page: yes; single file from file://: no),
// asked without downloading it.
let fullHere = null;
function fullAvailable() {
  if (full) return full;
  if (!fullHere) {
    fullHere = fetch('pkg/report_lens_full_bg.wasm', { method: 'HEAD' }).then((r) => r.ok, () => false);
  }
  return fullHere;
}

const OLE2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
function isCompound(buffer) {
  const b = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return b.length >= 8 && OLE2.every((x, i) => b[i] === x);
}
const bytesOf = (b) => (b instanceof Uint8Array ? b : new Uint8Array(b));

// op → how to run it on `engine` (the arguments as engine.js sends them).
const OPS = {
  // options: {disabledChecks, rules, patterns} from the 规则 panel (www/rules.js); none = defaults.
  analyse: (text, options) => (options ? engine.analyseWith(text, options) : engine.analyse(text)),
  decode: async (bytes, name) => {
    // A legacy Word file (.doc/.wps, an OLE2 compound file) is read by the full engine.
    if (isCompound(bytes)) await loadFull();
    const b = bytesOf(bytes);
    if (RL_ZIP.isZip(b) && b.length <= MAX_INPUT) return engine.decodeDocx(await RL_ZIP.unpack(b));
    return engine.decode(b, name);
  },
  checks: () => engine.checks(),
  parseRules: (input, csv) => engine.parseRules(input, csv),
  // The page's own build cannot edit inside a .docx; the full engine can, where it loads.
  capabilities: async () => {
    const caps = engine.capabilities();
    return caps.docxEdit ? caps : { ...caps, docxEdit: await fullAvailable() };
  },
  safeChecks: () => engine.safeChecks(),
  fields: (text) => engine.fields(text),
  fillEdits: (text, fills) => engine.fillEdits(text, fills),
  fixEdits: (text, checks, options) => engine.fixEdits(text, checks, options),
  fixFinding: (text, check, start, end, suggestion) => engine.fixFinding(text, check, start, end, suggestion),
  applyEdits: (text, edits) => engine.applyEdits(text, edits),
  undoEdits: (text, applied) => engine.undoEdits(text, applied),
  lineNumbers: (text, offsets) => engine.lineNumbers(text, offsets),
  exportDocx: (text) => engine.exportDocx(text),
  editDocx: async (original, text, tracked, date) => {
    await loadFull();
    return engine.editDocx(bytesOf(original), text, tracked, date);
  },
  exportOutlineMarkdown: (text) => engine.exportOutlineMarkdown(text),
  exportMetricsCsv: (text) => engine.exportMetricsCsv(text),
  exportChecklist: (text, options, hidden) => engine.exportChecklist(text, options, hidden),
};

async function handle(msg) {
  const { id, op } = msg;
  const args = msg.args || [];
  try {
    if (!Object.prototype.hasOwnProperty.call(OPS, op)) throw new Error('unknown engine request: ' + op);
    // Options asking for patterns (analyse, fixEdits, exportChecklist): the full engine has them.
    if (args.some((a) => a && typeof a === 'object' && a.patterns === true)) await loadFull();
    const result = await OPS[op](...args);
    const bytes = result instanceof Uint8Array ? result : result && result.bytes instanceof Uint8Array ? result.bytes : null;
    self.postMessage({ id, ok: true, result }, bytes ? [bytes.buffer] : []);
  } catch (e) {
    self.postMessage({ id, ok: false, message: String((e && e.message) || e), broken: e instanceof WebAssembly.RuntimeError });
  }
}

// One request at a time, in order (loading the full engine is asynchronous).
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
