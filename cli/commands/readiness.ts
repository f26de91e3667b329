/* gbt27922 readiness FILE: the command line (options and help); what it does is in readiness-run.ts, loaded when it runs. */
import { addLangOption } from '../common-options';
import type { CliCommand } from '../context';
import { t } from '../core-api';
import type { ReadinessOpts } from './readiness-run';

export const readinessCommand: CliCommand = {
  name: 'readiness',
  register(program, ctx) {
    const { lang } = ctx;
    const e = (key: string) => t(lang, `eligibility.${key}`);
    const cmd = program.command('readiness').description(e('cli.description')).argument('<file>', e('cli.arg-file'));
    addLangOption(cmd, ctx);
    cmd
      .option('--json', e('cli.opt-json'))
      .option('--verbose', e('cli.opt-verbose'))
      .option('--as-of <date>', e('cli.opt-as-of'))
      .option('--licence-months <n>', e('cli.opt-licence-months'))
      .option('--system-months <n>', e('cli.opt-system-months'))
      .option('--manager-percent <n>', e('cli.opt-manager-percent'));
    cmd.action(async (file: string, opts: ReadinessOpts) =>
      (await import('./readiness-run')).runReadiness(file, opts, ctx),
    );
  },
};
