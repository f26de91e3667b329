import { Option, type Command } from 'commander';
import { DEFAULT_SCHEME_ID } from './core-api';
import type { CliContext } from './context';
import { m } from './messages';
import { schemeIds } from './resolve-scheme';

/** --lang on every command (read before parsing by detectLang; declared so commander accepts it anywhere). */
export function addLangOption(cmd: Command, ctx: CliContext): Command {
  return cmd.addOption(new Option('--lang <lang>', m(ctx.lang, 'opt.lang')));
}

export function addSchemeOption(cmd: Command, ctx: CliContext): Command {
  return cmd.option('--scheme <id|file>', m(ctx.lang, 'opt.scheme', { ids: schemeIds(), default: DEFAULT_SCHEME_ID }));
}

export function addForceOption(cmd: Command, ctx: CliContext): Command {
  return cmd.option('--force', m(ctx.lang, 'opt.force'));
}
