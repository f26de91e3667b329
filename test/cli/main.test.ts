/* Help and usage errors in the user's language: usage tokens, examples, "did you mean". */
import { describe, expect, it } from 'vitest';
import { runMain } from './support/run-main';

const run = runMain;

describe('gbt27922 --help and usage errors', () => {
  it('Chinese help has no English usage tokens and shows examples', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法： gbt27922 \[选项\] \[命令\]$/m);
    expect(r.out).not.toMatch(/\[options\]|\[command\]/);
    expect(r.out).toContain('示例：\n  gbt27922 template 评分表.xlsx');
  });

  it('each command’s help ends with its own examples', async () => {
    const r = await run('readiness', '--help', '--lang', 'en');
    expect(r.out).toMatch(/Examples:\n {2}gbt27922 readiness audit\.xlsx\n/);
    expect(r.out).toContain('--verbose');
  });

  it('a mistyped command or option gets a suggestion, on stderr, exit 2', async () => {
    const cmd = await run('scroe', 'x.xlsx');
    expect(cmd.code).toBe(2);
    expect(cmd.out).toBe('');
    expect(cmd.err).toContain('未知命令 scroe。可用命令：template、score、demo、readiness。你是不是想输入 score？');
    const opt = await run('score', '--jsn', 'x.xlsx', '--lang', 'en');
    expect(opt.code).toBe(2);
    expect(opt.err).toContain('unknown option --jsn. See --help for the options. Did you mean --json?');
  });
});
