// One CSV writer and one line index, both in Rust. The metrics CSV (src/export.rs metrics_csv):
// the page's CSV buttons download what the wasm writes, byte for byte what `report-lens export
// -f csv` writes for the same text, with cells of report text that start like a formula
// neutralised. Line numbers (src/offsets.rs LineIndex): the page's change list shows the
// wasm's, which agree with the CLI's `fix` change list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SEEDS, serve, launch, paste } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(); });
after(async () => { await srv.close(); });

const CLI = path.join(ROOT, 'target/release/report-lens');

async function open() {
  const b = await launch();
  await b.page.goto(srv.origin + '/');
  await b.page.evaluate(() => window.reportLens.ready);
  return b;
}

async function downloadOf(page, selector) {
  const dl = page.waitForEvent('download');
  await page.click(selector);
  const d = await dl;
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

function cliCsv(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-csv-'));
  try {
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, text);
    const r = spawnSync(CLI, ['export', '-f', 'csv', file], { maxBuffer: 1 << 26 });
    assert.equal(r.status, 0, `report-lens export -f csv failed: ${r.stderr}`);
    return r.stdout;
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

/** The cells of an RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(s) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// Text cells (原文, 单位, 统计对象): none may start like a formula.
const TEXT_COLUMNS = [1, 4, 6];

const TRICKY = [
  '关于xxx镇2023年工作的汇报',
  '一、总体情况',
  '𠮷野家😀全镇共有20个党支部，新建1,200平方米的“党员之家”，覆盖率达到95%以上。',
  '',
  '（一）学习方面：开展培训X次，近400人参加，投入60余万元。',
  '=SUM(A1)；+1；-2；@x 这些文字不是数据，增长-5%，同比+3.2个百分点。',
].join('\n');

test('the page\'s CSV and `report-lens export -f csv` are byte-identical, formulas neutralised', async () => {
  const b = await open();
  try {
    for (const text of [TRICKY, fs.readFileSync(SEEDS[1], 'utf8').replace(/\r\n?/g, '\n')]) {
      await paste(b.page, text);
      // the toolbar button and the one in the 修改 tab download the same file
      const page = await downloadOf(b.page, '#export-csv');
      await b.page.click('#ptab-changes');
      const fromTab = await downloadOf(b.page, '#export-metrics');
      assert.match(page.name, /\.数据\.csv$/);
      const cli = cliCsv(text);
      assert.equal(Buffer.compare(page.bytes, cli), 0,
        `page CSV differs from the CLI's:\n${page.bytes.toString('utf8')}\n---\n${cli.toString('utf8')}`);
      assert.equal(Buffer.compare(fromTab.bytes, cli), 0, 'the 修改 tab\'s CSV is the same file');

      assert.deepEqual([...page.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
      const rows = parseCsv(page.bytes.toString('utf8').slice(1));
      assert.deepEqual(rows[0], ['行', '原文', '数值', '上限', '单位', '约数', '统计对象', '起', '止']);
      const metrics = await b.page.evaluate(() => JSON.parse(JSON.stringify(window.reportLens.analysis.metrics)));
      assert.equal(rows.length, metrics.length + 1, 'one row per metric');
      rows.slice(1).forEach((r, k) => {
        assert.equal(r.length, 9, `row ${k + 1} has 9 cells: ${r}`);
        for (const c of TEXT_COLUMNS) assert.doesNotMatch(r[c], /^[=+\-@\t\r]/, `row ${k + 1} cell ${c} could run as a formula`);
        // 原文 is the metric's text (neutralised with a leading ' when it starts like a formula)
        assert.equal(r[1].replace(/^'(?=[=+\-@\t\r])/, ''), metrics[k].text);
        assert.equal(Number(r[7]), metrics[k].start);
        assert.equal(text.slice(Number(r[7]), Number(r[8])), metrics[k].text);
        // 行 is the line of the metric's start
        assert.equal(Number(r[0]), text.slice(0, metrics[k].start).split('\n').length);
      });
      if (text === TRICKY) {
        assert.ok(rows.some((r) => r[1] === '1,200平方米'), 'a comma inside a cell survives quoting');
        assert.ok(rows.some((r) => r[0] === '3' && r[1] === '20个'), 'line 3 past 𠮷 and 😀');
        assert.ok(rows.some((r) => r[1] === "'-5%"), 'a metric that starts with - is neutralised');
        assert.match(page.bytes.toString('utf8'), /,'-5%,/);
      }
    }
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('the change list shows the line numbers the CLI gives (𠮷, emoji, blank lines)', async () => {
  const b = await open();
  try {
    const text = '关于xxx镇的汇报\n𠮷😀截止目前，我镇已建成17各社区服务站。\n\n一、总体情况\n截止目前，共有20各党支部。\n';
    await paste(b.page, text);
    await b.page.click('#ptab-changes');
    await b.page.click('#fix-all-safe');
    await b.page.waitForFunction(() => document.querySelectorAll('#changes li.change').length >= 4, null, { timeout: 30000 });
    const shown = await b.page.$$eval('#changes li.change .line', (els) => els.map((e) => e.textContent));
    // the CLI's change list for the same fixes: `LINE:COL check：before → after` on stderr
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-lines-'));
    try {
      const file = path.join(dir, 'report.txt');
      fs.writeFileSync(file, text);
      const r = spawnSync(CLI, ['fix', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const cli = [...r.stderr.matchAll(/^ {2}(\d+):\d+ /gm)].map((m) => '第' + m[1] + '行');
      assert.deepEqual(shown.slice().sort(), cli.slice().sort());
      assert.deepEqual([...new Set(shown)].sort(), ['第2行', '第5行']);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});
