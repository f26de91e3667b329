import { describe, expect, it } from 'vitest';
import { detectLang } from '../../cli/lang';
import { CLI_MESSAGES, loadNoteMessage, m } from '../../cli/messages';
import { displayWidth } from '../../cli/report';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

const base = (k: string) => k.replace(/#\w+$/, '');
const baseKeys = (t: Record<string, string>) => Object.keys(t).filter((k) => base(k) === k);

describe('CLI messages', () => {
  it('zh-CN and en have the same keys (plural variants aside)', () => {
    expect(baseKeys(CLI_MESSAGES['zh-CN']).sort()).toEqual(baseKeys(CLI_MESSAGES.en).sort());
  });

  it('plural variants are forms the language has, of a key that exists, with its placeholders', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      for (const [key, text] of Object.entries(CLI_MESSAGES[lang])) {
        if (base(key) === key) continue;
        expect(categories, `${lang} ${key}`).toContain(key.slice(base(key).length + 1));
        expect(placeholders(text), key).toEqual(placeholders(CLI_MESSAGES[lang][base(key)]!));
      }
    }
    expect(m('en', 'summary.counts', { count: 1, total: 1, scored: 1, failed: 0 })).toBe(
      '1 file: 1 scored, 0 could not be scored.',
    );
    expect(m('en', 'summary.time', { count: 1, seconds: '0.4', jobs: 1 })).toBe('Took 0.4 s (1 thread).');
    expect(m('en', 'cleanup.removed', { count: 2, dir: 'out' })).toBe(
      'removed 2 temporary files left in out by an interrupted run.',
    );
  });

  it('a file that is not a zip says what it looks like in words, never a code such as "unknown"', () => {
    const say = (lang: 'zh-CN' | 'en', kind: string) => loadNoteMessage(lang, { code: 'not-zip', params: { kind } });
    expect(say('zh-CN', 'unknown')).toBe(
      '不是 .xlsx 工作簿（不是 zip 格式，也认不出是什么文件）。请在 Excel 中另存为 .xlsx。',
    );
    expect(say('zh-CN', 'pdf')).toBe(
      '不是 .xlsx 工作簿（不是 zip 格式，看起来是 PDF 文件）。请在 Excel 中另存为 .xlsx。',
    );
    expect(say('en', 'html')).toBe(
      'not an .xlsx workbook (not a zip; looks like an HTML web page). Save it as .xlsx in Excel.',
    );
    expect(say('zh-CN', 'xml')).toContain('看起来是 XML 文件');
    expect(say('zh-CN', 'something-new')).toContain('也认不出是什么文件');
  });

  it('no English "(s)" plurals are left', () => {
    for (const [key, text] of Object.entries(CLI_MESSAGES.en)) expect(text, key).not.toMatch(/\w\(s\)/);
  });

  it('every message has the same placeholders in both languages, and none is blank', () => {
    for (const key of baseKeys(CLI_MESSAGES.en)) {
      expect(placeholders(CLI_MESSAGES['zh-CN'][key]!), key).toEqual(placeholders(CLI_MESSAGES.en[key]!));
      expect(CLI_MESSAGES['zh-CN'][key]!.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and shows an unknown key rather than nothing', () => {
    expect(m('zh-CN', 'write.refused', { file: 'a.xlsx' })).toBe(
      '文件已存在：a.xlsx。未覆盖。如需覆盖，请加 --force。',
    );
    expect(m('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('language detection', () => {
  it('--lang wins, then LANG=en*, else Chinese', () => {
    expect(detectLang(['score', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }).lang).toBe('en');
    expect(detectLang(['--lang=zh-CN'], { LANG: 'en_US.UTF-8' }).lang).toBe('zh-CN');
    expect(detectLang([], { LANG: 'en_US.UTF-8' }).lang).toBe('en');
    expect(detectLang([], { LANG: 'C.UTF-8' }).lang).toBe('zh-CN');
    expect(detectLang(['--lang', 'fr'], {}).invalid).toBe('fr');
  });
});

describe('displayWidth', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('三星')).toBe(4);
    expect(displayWidth('a三')).toBe(3);
  });
});
