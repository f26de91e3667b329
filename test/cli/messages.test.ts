import { describe, expect, it } from 'vitest';
import { detectLang } from '../../cli/lang';
import { CLI_MESSAGES, m } from '../../cli/messages';
import { displayWidth } from '../../cli/report';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('CLI messages', () => {
  it('zh-CN and en have the same keys', () => {
    expect(Object.keys(CLI_MESSAGES['zh-CN']).sort()).toEqual(Object.keys(CLI_MESSAGES.en).sort());
  });

  it('every message has the same placeholders in both languages, and none is blank', () => {
    for (const key of Object.keys(CLI_MESSAGES.en)) {
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
