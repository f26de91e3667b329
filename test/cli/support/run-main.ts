import { main } from '../../../cli/main';

/** Runs the CLI in-process with `args`, collecting what it writes to stdout and stderr. */
export async function runMain(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'gbt27922', ...args], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
  });
  return { code, out, err };
}
