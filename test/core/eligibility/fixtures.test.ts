import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  IssuesError,
  parseAnswersFile,
  readAnswersFile,
  safeParseAnswersFile,
} from '../../../core/index';

// Pairs: NAME.answers.json (an applicant's answers) + NAME.expected.json (verdict and the gaps).
const DIR = join(import.meta.dirname, '../../fixtures/eligibility');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.answers.json'))
  .map((f) => f.replace('.answers.json', ''));

describe('eligibility fixtures: applicants and their expected verdicts', () => {
  it('has at least 5 applicants', () => expect(names.length).toBeGreaterThanOrEqual(5));
  for (const name of names) {
    it(name, () => {
      const read = readAnswersFile(JSON.parse(readFileSync(join(DIR, `${name}.answers.json`), 'utf8')));
      if (!read.ok) throw new Error(read.problem);
      expect(read.file.unknownKeys).toEqual([]);
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
      const r = checkEligibility(read.file.answers, read.file.settings, { asOf: read.file.asOf! });
      expect({ verdict: r.verdict, unmet: r.unmet, unknown: r.unknown, notApplicable: r.notApplicable }).toEqual(
        expected,
      );
    });
  }
});

describe('readAnswersFile', () => {
  it('accepts a bare object of answers', () => {
    const r = readAnswersFile({ asOf: '2025-01-01', E5: '是' });
    expect(r).toMatchObject({ ok: true, file: { asOf: '2025-01-01', answers: { E5: '是' } } });
  });
  it('reports keys it does not know instead of using them', () => {
    const r = readAnswersFile({ answers: { E5: '是', E99: '是' } });
    expect(r.ok && r.file.unknownKeys).toEqual(['E99']);
  });
  it('names the bad setting', () => {
    const r = readAnswersFile({ answers: {}, settings: { systemMinMonths: 'six' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/^settings\.systemMinMonths：填写有误：/);
  });
  it('rejects an impossible check date with a one-line message, in Chinese or English', () => {
    expect(readAnswersFile({ asOf: '2025-13-45', answers: { E5: '是' } })).toEqual({
      ok: false,
      problem: 'asOf：“2025-13-45”不是有效日期，请写成 2025-06-30。',
    });
    expect(readAnswersFile({ asOf: 'tomorrow', answers: {} }, 'en')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a valid date'),
    });
  });
  it('says what it expects when the file is not an object', () => {
    expect(readAnswersFile([1, 2])).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^答案文件应为 JSON 对象/),
    });
  });
});

describe('safeParseAnswersFile / parseAnswersFile (the { success } convention)', () => {
  it('gives the file as data', () => {
    expect(safeParseAnswersFile({ asOf: '2025-01-01', E5: '是' })).toMatchObject({
      success: true,
      data: { asOf: '2025-01-01', answers: { E5: '是' }, unknownKeys: [] },
    });
  });
  it('gives an Issue that names the field, and parse throws it', () => {
    const r = safeParseAnswersFile({ asOf: '2025-13-45', answers: {} });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: 'bad-date',
          severity: 'error',
          where: 'asOf',
          params: { value: '2025-13-45' },
          message: 'asOf：“2025-13-45”不是有效日期，请写成 2025-06-30。',
        },
      ],
    });
    expect(() => parseAnswersFile({ answers: {}, settings: { systemMinMonths: 'six' } })).toThrow(IssuesError);
  });
});
