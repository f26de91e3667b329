/*
 * scoreFile on the CLI's own thread (inThread, the one-file lane of run-score.ts): a workbook within
 * IN_THREAD_LIMITS gets the very record a worker gives it; one beyond them, or one only exceljs reads,
 * is handed back (`escalate`) for a budgeted worker, and nothing of it is reported from this thread.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../cli/core-api';
import { writeTemplate } from '../../cli/core-writers';
import { IN_THREAD_LIMITS, scoreFile, type ScoreJob } from '../../cli/score-file';
import { answersFor, fillWorkbook } from './support/fill-workbook';
import { hostileCorpus } from './fuzz/hostile-corpus';
import { millionRows, plainXlsx } from './support/hostile-files';

const dir = mkdtempSync(join(tmpdir(), 'gbt27922-score-file-'));
const job = (file: string): ScoreJob => ({ file, scheme: { kind: 'bundled', id: 'gbt27922-2011' }, lang: 'zh-CN' });
const put = (name: string, bytes: Uint8Array) => {
  const f = join(dir, name);
  writeFileSync(f, bytes);
  return f;
};

let audit = '';
beforeAll(async () => {
  const template = await writeTemplate(gbt27922_2011, { lang: 'zh-CN' });
  audit = put('audit.xlsx', await fillWorkbook(template, answersFor(gbt27922_2011, 3)));
}, 60_000);

describe('scoreFile inThread', () => {
  it('scores a workbook within the bounds on this thread, with the record a worker gives', async () => {
    const here = await scoreFile({ ...job(audit), inThread: true });
    const worker = await scoreFile(job(audit));
    expect(here.escalate).toBeUndefined();
    expect(typeof here.record.score).toBe('number');
    expect(here.record).toEqual(worker.record);
  });

  it('hands back a sheet that unpacks past 16 MiB (the worker reads its top, cut at 10,000 rows)', async () => {
    // 500,000 filler rows of ~50 bytes: ~25 MiB of sheet XML, above IN_THREAD_LIMITS, below the worker's 64 MiB.
    expect(IN_THREAD_LIMITS.zip.maxTotalBytes).toBe(16 * 1024 * 1024);
    const big = put('big.xlsx', millionRows([['编号', '指标', '得分']], 500_000));
    expect((await scoreFile({ ...job(big), inThread: true })).escalate).toBe(true);
    const worker = await scoreFile(job(big));
    expect(worker.escalate).toBeUndefined();
    expect(worker.record.issues.map((i) => i.code)).toContain('read.too-many-rows');
  }, 30_000);

  it('hands back a file over 4 MiB (5 MiB of stored noise beside a small sheet)', async () => {
    const parts = unzipSync(plainXlsx([['编号', '指标', '得分']]));
    const noise = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 65_536) crypto.getRandomValues(noise.subarray(i, i + 65_536));
    const file = put('noise.xlsx', zipSync({ ...parts, 'xl/media/noise.bin': [noise, { level: 0 }] }));
    expect((await scoreFile({ ...job(file), inThread: true })).escalate).toBe(true);
    const worker = await scoreFile(job(file));
    expect(worker.record.issues.map((i) => i.code)).not.toContain('read.too-large');
  });

  it('hands back a workbook the direct reader cannot read: exceljs never runs on this thread', async () => {
    // A workbook listing no sheet: the direct reader finds no worksheet; exceljs opens it (with no sheets).
    const parts = unzipSync(plainXlsx([['编号', '指标', '得分']]));
    parts['xl/workbook.xml'] = strToU8(
      strFromU8(parts['xl/workbook.xml']!).replace(/<sheets>.*<\/sheets>/, '<sheets/>'),
    );
    const file = put('no-sheets.xlsx', zipSync(parts));
    expect((await scoreFile({ ...job(file), inThread: true })).escalate).toBe(true);
    const worker = await scoreFile(job(file));
    expect(worker.record.issues[0]!.code).toBe('read.direct-failed');
    expect(worker.record.reader).toBe('exceljs');
  });

  it('answers a missing or non-workbook file itself: the bounds change nothing there', async () => {
    const missing = await scoreFile({ ...job(join(dir, 'gone.xlsx')), inThread: true });
    expect(missing.escalate).toBeUndefined();
    expect(missing.record.issues.map((i) => i.code)).toEqual(['read.not-found']);
    const csv = put('table.xlsx', strToU8('编号,指标,得分\n5.1.1.1,专门售后部门,3\n'));
    const notZip = await scoreFile({ ...job(csv), inThread: true });
    expect(notZip.escalate).toBeUndefined();
    expect(notZip.record.issues.map((i) => i.code)).toEqual(['read.not-zip']);
  });

  it('ends on every file of the hostile corpus, and what it does not hand back reads as a worker reads it', async () => {
    // No worker budget guards this thread: every hostile class must end here by itself (scored, refused or handed back).
    const good = new Uint8Array(readFileSync(audit));
    const corpus = hostileCorpus(good, 7);
    let handedBack = 0;
    for (const f of corpus) {
      const file = put(`corpus-${f.name}`, f.bytes);
      const here = await scoreFile({ ...job(file), inThread: true });
      if (here.escalate) {
        handedBack++;
        continue;
      }
      const worker = await scoreFile(job(file));
      expect({ name: f.name, record: here.record }).toEqual({ name: f.name, record: worker.record });
    }
    // The corpus holds bombs, a million rows and a 30 MB string: some must be handed back, not all.
    expect(handedBack).toBeGreaterThan(0);
    expect(handedBack).toBeLessThan(corpus.length);
  }, 120_000);
});
