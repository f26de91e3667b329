/* gbt27922 score --out / --report on foreign workbooks: the files written, and a copy that cannot be made. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runMain } from '../support/run-main';
import { COPY_MESSAGES } from '../../../cli/scored-copy/messages';
import { FIXTURES } from './support';

const run = runMain;

describe('gbt27922 score --out --report', () => {
  it('writes <name>.scored.xlsm for a macro workbook and one report page per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt27922-deliver-'));
    const files = ['body-macro.xlsm', 'body-pivot.xlsx'].map((f) => join(FIXTURES, f));
    const r = await run('score', ...files, '--out', join(dir, 'out'), '--report', join(dir, 'rep'), '--jobs', '1');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'body-macro.scored.xlsm'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'body-pivot.scored.xlsx'))).toBe(true);
    const html = readFileSync(join(dir, 'rep', 'body-pivot.report.html'), 'utf8');
    expect(html).toContain('<h1>星河家电服务有限公司 · 售后服务评价评分结果</h1>');
    expect(html).toContain('<span class="value">86.0</span>');
    expect(r.out).toContain(`HTML 报告：2 个，位于 ${join(dir, 'rep')}`);
    // A second run refuses to overwrite the reports, before doing anything.
    const again = await run('score', ...files, '--report', join(dir, 'rep'));
    expect(again.code).toBe(2);
    expect(again.err).toContain('以下报告已存在');
  });

  it('says in the table and in JSON why a copy could not be made, and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbt27922-deliver-'));
    // A styles part without its list of cell formats: readable, but no sheet can be added without guessing.
    const parts = unzipSync(readFileSync(join(FIXTURES, 'body-pivot.xlsx')));
    parts['xl/styles.xml'] = strToU8(strFromU8(parts['xl/styles.xml']!).replace(/<cellXfs[\s\S]*<\/cellXfs>/, ''));
    const odd = join(dir, 'odd.xlsx');
    writeFileSync(odd, zipSync(parts));
    const table = await run('score', odd, '--out', join(dir, 'a'));
    expect(table.code).toBe(1);
    expect(table.out).toContain(COPY_MESSAGES['zh-CN'].unusual);
    expect(table.out).toContain('三星'); // the score stands
    const json = await run('score', odd, '--out', join(dir, 'b'), '--json', '--lang', 'en');
    const record = JSON.parse(json.out.trim());
    expect(record.score).toBe(86);
    expect(record.copyFailed).toBe(true);
    expect(record.issues).toContainEqual({
      code: 'copy.unusual',
      severity: 'error',
      where: join(dir, 'b', 'odd.scored.xlsx'),
      message: COPY_MESSAGES.en.unusual,
    });
  });
});
