/*
 * gbt27922: the consultant's command. One file per command in cli/commands/, registered below.
 * Exit codes: 0 all done, 1 some files could not be scored, 2 wrong usage (including a refusal to
 * overwrite without --force). Help and errors speak Chinese unless --lang en or LANG=en*.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { demoCommand } from './commands/demo';
import { readinessCommand } from './commands/readiness';
import { scoreCommand } from './commands/score';
import { templateCommand } from './commands/template';
import type { CliCommand, CliContext } from './context';
import { detectLang } from './lang';
import { m } from './messages';
import { UsageError } from './usage-error';

/** Every command of the CLI; a new command is one file in cli/commands/ plus one entry here. */
export const COMMANDS: CliCommand[] = [templateCommand, scoreCommand, demoCommand, readinessCommand];

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(ctx: CliContext): Command {
  const { lang } = ctx;
  const titles: Record<string, string> = {
    'Usage:': m(lang, 'help.usage'),
    'Options:': m(lang, 'help.options'),
    'Commands:': m(lang, 'help.commands'),
    'Arguments:': m(lang, 'help.arguments'),
    'Global Options:': m(lang, 'help.global-options'),
  };
  const program = new Command('gbt27922')
    .description(m(lang, 'program.description'))
    .version(pkg.version, '-V, --version', m(lang, 'help.version'))
    .helpOption('-h, --help', m(lang, 'help.help'))
    .helpCommand('help [command]', m(lang, 'help.help-command'))
    .configureHelp({
      styleTitle: (s: string) => titles[s] ?? s,
      // Commander writes "[options]" and "[command]" in the usage lines; they are words the user reads.
      styleUsage: (s: string) => localiseTokens(s, lang),
      styleCommandText: (s: string) => localiseTokens(s, lang),
      styleSubcommandTerm: (s: string) => localiseTokens(s, lang),
      sortSubcommands: false,
    })
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: (s) => ctx.stderr(s),
      // Commander's own error text is English; main() prints a translated one instead.
      outputError: () => {},
    })
    .exitOverride()
    // Commander's suggestion ("Did you mean score?") is read from its error and said in the user's words.
    .showSuggestionAfterError(true);
  for (const c of COMMANDS) c.register(program, ctx);
  const examples = (key: string) => `\n${m(lang, 'help.examples')}\n${m(lang, key)}\n`;
  program.addHelpText('after', examples('help.examples.root'));
  for (const sub of program.commands) {
    const key = `help.examples.${sub.name()}`;
    if (m(lang, key) !== key) sub.addHelpText('after', examples(key));
  }
  return program;
}

function localiseTokens(s: string, lang: CliContext['lang']): string {
  return s
    .replaceAll('[options]', m(lang, 'help.token.options'))
    .replaceAll('[command]', m(lang, 'help.token.command'));
}

function usageMessage(e: CommanderError, program: Command, lang: ReturnType<typeof detectLang>['lang']): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(e.message)?.[1];
  const didYouMean = suggestion ? `${lang === 'zh-CN' ? '' : ' '}${m(lang, 'usage.did-you-mean', { suggestion })}` : '';
  return baseUsageMessage(e, program, lang, quoted) + didYouMean;
}

function baseUsageMessage(
  e: CommanderError,
  program: Command,
  lang: ReturnType<typeof detectLang>['lang'],
  quoted: string,
): string {
  switch (e.code) {
    case 'commander.unknownOption':
      return m(lang, 'usage.unknown-option', { option: quoted });
    case 'commander.unknownCommand':
      return m(lang, 'usage.unknown-command', {
        command: quoted,
        commands: program.commands.map((c) => c.name()).join(lang === 'zh-CN' ? '、' : ', '),
      });
    case 'commander.missingArgument':
      return m(lang, 'usage.missing-argument', { argument: quoted });
    case 'commander.optionMissingArgument':
      return m(lang, 'usage.option-missing-argument', { option: quoted });
    case 'commander.excessArguments':
      return m(lang, 'usage.excess-arguments', { args: e.message.replace(/^error:\s*/, '') });
    default:
      return m(lang, 'usage.other', {
        detail: e.message.replace(/^error:\s*/, '').replace(/\s*\(Did you mean .+?\)$/, ''),
      });
  }
}

export async function main(
  argv: readonly string[],
  io: Pick<CliContext, 'stdout' | 'stderr'> = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  },
): Promise<number> {
  const detected = detectLang(argv.slice(2));
  const ctx: CliContext = { lang: detected.lang, exitCode: 0, ...io };
  if (detected.invalid !== undefined) {
    ctx.stderr(`${m(ctx.lang, 'usage.prefix')}${m(ctx.lang, 'usage.bad-lang', { lang: detected.invalid })}\n`);
    return 2;
  }
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv]);
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // `gbt27922` alone: commander has printed the help; that is a usage error.
      if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync') return 2;
      ctx.stderr(
        `${m(ctx.lang, 'usage.prefix')}${usageMessage(e, program, ctx.lang)}\n${m(ctx.lang, 'usage.help-hint')}\n`,
      );
      return 2;
    }
    if (e instanceof UsageError) {
      ctx.stderr(`${m(ctx.lang, 'usage.prefix')}${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
