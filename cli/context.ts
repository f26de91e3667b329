import type { Command } from 'commander';
import type { Lang } from './core-api';

/** What every command gets: the language (known before parsing), output sinks, and the exit code to set. */
export interface CliContext {
  lang: Lang;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** 0 all done, 1 some files failed; 2 (wrong usage) is thrown as UsageError instead. */
  exitCode: number;
}

/** One command: adds itself (with its options and help text in ctx.lang) to the program. */
export interface CliCommand {
  name: string;
  register(program: Command, ctx: CliContext): void;
}
