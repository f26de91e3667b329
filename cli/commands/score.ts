/*
 * gbt27922 score FILE|DIR|GLOB...: the command line (options and help); what it does is in score-run.ts.
 * Imported statically, unlike the other commands' work: score is the command run most, and each module the
 * loader fetches on demand costs it ~1 ms more than the same code in the chunks loaded at start.
 */
import { addForceOption, addLangOption, addSchemeOption } from '../common-options';
import type { CliCommand } from '../context';
import { m } from '../messages';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS, defaultJobs } from '../run-score';
import { runScore, type ScoreOpts } from './score-run';

export const scoreCommand: CliCommand = {
  name: 'score',
  register(program, ctx) {
    const { lang } = ctx;
    const cmd = program
      .command('score')
      .description(m(lang, 'cmd.score'))
      .argument('<files...>', m(lang, 'arg.files'))
      .option('--json', m(lang, 'opt.json'))
      .option('--out <dir>', m(lang, 'opt.out'))
      .option('--report <dir>', m(lang, 'opt.report'));
    addSchemeOption(cmd, ctx);
    addLangOption(cmd, ctx);
    cmd.option('--jobs <n>', m(lang, 'opt.jobs', { default: defaultJobs() }));
    cmd.option('--reader <mode>', m(lang, 'opt.reader'));
    cmd.option('--sheet <name>', m(lang, 'opt.sheet'));
    cmd.option('--time-limit <seconds>', m(lang, 'opt.time-limit', { default: DEFAULT_TIMEOUT_MS / 1000 }));
    cmd.option('--memory-limit <MiB>', m(lang, 'opt.memory-limit', { default: DEFAULT_MAX_HEAP_MB }));
    cmd.option('--debug', m(lang, 'opt.debug'));
    cmd.option('-q, --quiet', m(lang, 'opt.quiet'));
    addForceOption(cmd, ctx);
    cmd.action((files: string[], opts: ScoreOpts) => runScore(files, opts, ctx));
  },
};
