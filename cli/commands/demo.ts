/* gbt27922 demo: the command line (options and help); what it does is in demo-run.ts, loaded when it runs. */
import { addLangOption } from '../common-options';
import type { CliCommand } from '../context';
import { m } from '../messages';

export const demoCommand: CliCommand = {
  name: 'demo',
  register(program, ctx) {
    const cmd = program
      .command('demo')
      .description(m(ctx.lang, 'cmd.demo'))
      .option('--dir <dir>', m(ctx.lang, 'opt.dir'));
    addLangOption(cmd, ctx);
    cmd.action(async (opts: { dir?: string }) => (await import('./demo-run')).runDemo(opts, ctx));
  },
};
