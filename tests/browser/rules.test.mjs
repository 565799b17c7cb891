// Browser tests of house rules, check switches and ignores (www/rules.js), in real Chromium:
// add a rule and see it flag; export the rules file, read it with the CLI and import it in a
// fresh profile (JSON and a CSV word list); switch a check off; ignore findings three ways;
// reload: rules, switches and ignores are all kept, and an ignore can be taken back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, serve, launch, paste, waitReady, openSingleFile } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(); });
after(async () => { await srv.close(); });

const CLI = path.join(ROOT, 'target/release/report-lens');
const TEXT = 'xxx镇工作汇报\n今年以来，我镇搞好服务，截止目前走访老百姓300户，老百姓满意。\n下一步，继续搞好服务。\n';

async function open() {
  const b = await launch();
  await b.page.goto(srv.origin + '/');
  await b.page.evaluate(() => window.reportLens.ready);
  await b.page.waitForSelector('#check-list input[data-check="usage"]', { state: 'attached' });
  return b;
}
const findings = (page) => page.evaluate(() => window.reportLens.analysis.findings.map((f) => ({
  check: f.check, severity: f.severity, message: f.message, suggestion: f.suggestion,
  text: window.reportLens.text.slice(f.start, f.end) })));
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 30000 });
const houseCount = (page, n) => until(page, (k) => window.reportLens.analysis
  && window.reportLens.text === document.getElementById('editor').value
  && window.reportLens.analysis.findings.filter((f) => f.check === 'house-rule').length === k, n);

async function addRule(page, word, repl, note, kind = 'word') {
  await page.click('#ptab-rules');
  await page.selectOption('#rule-kind', kind);
  await page.fill('#rule-word', word);
  await page.fill('#rule-repl', repl);
  await page.fill('#rule-note', note);
  await page.click('#rule-add');
}

test('a house rule flags; the exported file works in the CLI and in a fresh profile (JSON and CSV)', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-rules-'));
  const b = await open();
  let file;
  try {
    await paste(b.page, TEXT);
    assert.equal((await findings(b.page)).filter((f) => f.check === 'house-rule').length, 0, 'no rules, no house-rule findings');
    await addRule(b.page, '搞好', '做好', '本局行文规范');
    await houseCount(b.page, 2);
    const h = (await findings(b.page)).filter((f) => f.check === 'house-rule');
    assert.deepEqual(h.map((f) => [f.text, f.suggestion, f.severity]), [['搞好', '做好', 'warning'], ['搞好', '做好', 'warning']]);
    assert.match(h[0].message, /本单位规则第 1 条.*搞好.*做好.*本局行文规范/);
    // The list says how sure (建议) and which rule, and offers the three ignores.
    await b.page.click('#ptab-findings');
    const item = b.page.locator('#findings li[data-check="house-rule"]').first();
    assert.equal(await item.locator('.badge').textContent(), '建议');
    assert.match(await item.locator('code.check').textContent(), /本单位规则 · house-rule/);
    assert.equal(await item.locator('button[data-ignore]').count(), 3);
    // A pattern rule: only now does the worker load the analyser with a regex engine.
    const full = '/pkg/report_lens_full_bg.wasm';
    assert.ok(!srv.served.includes(full), 'no pattern engine loaded without pattern rules');
    await addRule(b.page, '(\\d+)多个', '${1}余个', '写“余”', 'pattern');
    await paste(b.page, TEXT + '建成30多个站点。\n');
    await houseCount(b.page, 3);
    assert.ok(srv.served.includes(full), 'the pattern engine is loaded on demand');
    const p = (await findings(b.page)).find((x) => x.check === 'house-rule' && x.text === '30多个');
    assert.equal(p.suggestion, '30余个');
    assert.match(p.message, /本单位规则第 2 条（模式 \(\\d\+\)多个）：写“余”；建议改为“30余个”/);
    assert.equal(await b.page.locator('#rule-list .rule-error').count(), 0);
    // An invalid pattern is listed with the reason and changes nothing else; delete it.
    await addRule(b.page, '(未闭合', '', '', 'pattern');
    await until(b.page, () => /写法有误/.test(document.querySelector('#rule-list li[data-rule="2"] .rule-error')?.textContent || ''));
    await houseCount(b.page, 3);
    await b.page.click('#rule-list button[data-delete-rule="2"]');
    // An empty word cannot be added.
    await b.page.fill('#rule-word', '  ');
    await b.page.click('#rule-add');
    assert.match(await b.page.textContent('#rule-message'), /请填写禁用词/);
    assert.equal(await b.page.locator('#rule-list li.rule').count(), 2);

    // Export: a JSON rules file, which the CLI reads too.
    const dl = b.page.waitForEvent('download');
    await b.page.click('#rules-export');
    const d = await dl;
    assert.equal(d.suggestedFilename(), '报告透镜-规则.json');
    file = path.join(tmp, 'rules.json');
    fs.copyFileSync(await d.path(), file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(json.version, 1);
    assert.deepEqual(json.rules[0], { word: '搞好', replacement: '做好', note: '本局行文规范' });
    assert.deepEqual(json.rules[1], { pattern: '(\\d+)多个', replacement: '${1}余个', note: '写“余”' });
    if (fs.existsSync(CLI)) {
      const report = path.join(tmp, 'r.txt');
      fs.writeFileSync(report, TEXT + '建成30多个站点。\n');
      const r = spawnSync(CLI, ['analyse', '--json', '--rules', file, report], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const cli = JSON.parse(r.stdout).findings.filter((f) => f.check === 'house-rule').map((f) => f.suggestion);
      assert.deepEqual(cli, ['做好', '做好', '30余个'], 'the CLI has the word rule and the pattern');
    }
  } finally { await b.close(); }

  // A fresh profile: nothing until the file is imported; then the same findings.
  const c = await open();
  try {
    await paste(c.page, TEXT);
    assert.equal((await findings(c.page)).filter((f) => f.check === 'house-rule').length, 0);
    await c.page.click('#ptab-rules');
    await c.page.setInputFiles('#rules-file', file);
    await houseCount(c.page, 2);
    assert.match(await c.page.textContent('#rule-message'), /导入了 2 条规则/);
    assert.equal(await c.page.locator('#rule-list li.rule').count(), 2);
    // Importing the same file again adds nothing.
    await c.page.setInputFiles('#rules-file', file);
    await until(c.page, () => /0 条规则（2 条已有/.test(document.getElementById('rule-message').textContent));
    // A CSV word list as Excel on a Chinese Windows saves it (GB18030), with a bad line.
    const csv = path.join(tmp, '规则.csv');
    const gbk = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'],
      { input: '禁用词,规范词,说明\r\n老百姓,群众,统一用语\r\n"未闭合,x\r\n' });
    assert.equal(gbk.status, 0);
    fs.writeFileSync(csv, gbk.stdout);
    await c.page.setInputFiles('#rules-file', csv);
    await houseCount(c.page, 4);
    assert.match(await c.page.textContent('#rule-message'), /导入了 1 条规则[\s\S]*引号没有配对/);
    const h = (await findings(c.page)).filter((f) => f.check === 'house-rule' && f.text === '老百姓');
    assert.equal(h.length, 2);
    assert.match(h[0].message, /统一用语/);
    // A file that is not JSON says so and changes nothing.
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{"rules": [');
    await c.page.setInputFiles('#rules-file', bad);
    await until(c.page, () => /不是有效的 JSON/.test(document.getElementById('rule-message').textContent));
    assert.equal(await c.page.locator('#rule-list li.rule').count(), 3);
    // Delete a rule: its findings go.
    await c.page.click('#rule-list button[data-delete-rule="2"]');
    await houseCount(c.page, 2);
    assert.deepEqual(c.errors, []);
  } finally { await c.close(); fs.rmSync(tmp, { recursive: true, force: true }); }
});

test('switch a check off, ignore findings three ways, reload: all kept; an ignore can be undone', async () => {
  const b = await open();
  try {
    await paste(b.page, TEXT);
    await addRule(b.page, '老百姓', '群众', '');
    await addRule(b.page, '搞好', '做好', '');
    await houseCount(b.page, 4);
    let f = await findings(b.page);
    assert.ok(f.some((x) => x.check === 'usage'), 'usage flags 截止目前');
    assert.ok(f.some((x) => x.check === 'unfilled-placeholder'), 'the blank xxx');

    // Switch usage off (from the registry's list).
    await b.page.uncheck('#check-list input[data-check="usage"]');
    await until(b.page, () => window.reportLens.text === document.getElementById('editor').value
      && !window.reportLens.analysis.findings.some((x) => x.check === 'usage'));

    // 忽略此类 on the blank; 不再提示这个词 on 老百姓; 忽略 (this one) on the first 搞好.
    await b.page.click('#ptab-findings');
    await b.page.click('#findings li[data-check="unfilled-placeholder"] button[data-ignore="check"]');
    await until(b.page, () => !window.reportLens.analysis.findings.some((x) => x.check === 'unfilled-placeholder'));
    const click = async (word, kind) => {
      const items = b.page.locator('#findings li[data-check="house-rule"]');
      const n = await items.count();
      for (let i = 0; i < n; i++) {
        if ((await items.nth(i).locator('q.quote').textContent()) === word) { await items.nth(i).locator(`button[data-ignore="${kind}"]`).click(); return; }
      }
      throw new Error('no finding for ' + word);
    };
    await click('老百姓', 'word');
    await houseCount(b.page, 2);
    await click('搞好', 'once');
    await houseCount(b.page, 1);
    f = await findings(b.page);
    assert.deepEqual(f.filter((x) => x.check === 'house-rule').map((x) => x.text), ['搞好'], 'the second 搞好 is still shown');
    assert.equal(await b.page.locator('#ignored li').count(), 3);
    const shown = f;

    // 问题清单 lists what the findings list shows: the house rules' findings in, the switched-off
    // check and the three ignores out (it used to list the default analysis).
    await b.page.click('#ptab-changes');
    const dl = b.page.waitForEvent('download');
    await b.page.click('#export-checklist');
    const md = fs.readFileSync(await (await dl).path(), 'utf8');
    const items = md.split('\n').filter((l) => l.startsWith('- [ ] ')).map((l) => l.replace(/\\/g, ''));
    assert.match(md, new RegExp('^# 问题清单（共 ' + shown.length + ' 项）'));
    assert.equal(items.length, shown.length, md);
    shown.forEach((x, i) => assert.ok(items[i].includes(x.message.replace(/\\/g, '')), `item ${i}: ${items[i]} lists “${x.message}”`));
    assert.equal(items.filter((l) => l.includes('本单位规则')).length, 1, 'the one house-rule finding shown');

    // Reload: the draft comes back with its ignores; rules and switches are this browser's.
    await b.page.waitForFunction(() => document.body.dataset.draft === 'saved', null, { timeout: 30000 });
    await b.page.reload();
    await b.page.evaluate(() => window.reportLens.ready);
    await waitReady(b.page);
    await houseCount(b.page, 1);
    assert.equal(await b.page.inputValue('#editor'), TEXT);
    assert.deepEqual(await findings(b.page), shown, 'the same findings after the reload');
    assert.equal(await b.page.locator('#ignored li').count(), 3);
    assert.equal(await b.page.isChecked('#check-list input[data-check="usage"]'), false);
    assert.equal(await b.page.locator('#rule-list li.rule').count(), 2);

    // Undo 不再提示这个词: both 老百姓 are back.
    await b.page.click('#ptab-findings');
    await b.page.click('#ignored li[data-kind="words"] button');
    await houseCount(b.page, 3);
    // Switch usage on again: 截止目前 is flagged again.
    await b.page.click('#ptab-rules');
    await b.page.check('#check-list input[data-check="usage"]');
    await until(b.page, () => window.reportLens.analysis.findings.some((x) => x.check === 'usage'));
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});

test('the single-file build: word rules work, a pattern rule is kept but said not to apply, nothing is fetched', async () => {
  const b = await openSingleFile();
  try {
    await b.page.waitForSelector('#check-list input[data-check="usage"]', { state: 'attached' });
    await paste(b.page, TEXT + '建成30多个站点。\n');
    await addRule(b.page, '搞好', '做好', '');
    await addRule(b.page, '(\\d+)多个', '${1}余个', '', 'pattern');
    await until(b.page, () => /不生效/.test(document.querySelector('#rule-list li[data-rule="1"] .rule-error')?.textContent || ''));
    await houseCount(b.page, 2);
    assert.deepEqual((await findings(b.page)).filter((f) => f.check === 'house-rule').map((f) => f.text), ['搞好', '搞好']);
    assert.deepEqual(b.foreign(), []);
    assert.deepEqual(b.errors, []);
  } finally { await b.close(); }
});
