/*
 * A progress bar on an interactive stderr only: never in pipes, logs or CI output. cli-progress (and the
 * readline it loads) is imported only when a bar is drawn, so a one-file or piped run never pays for it.
 */
import type { Lang } from './core-api';
import { m } from './messages';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const none: Progress = { update() {}, stop() {} };

export async function startProgress(
  total: number,
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<Progress> {
  if (!stream.isTTY || total < 2) return none;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      // Built by concatenation: cli-progress fills its own {bar} {value} {total} tokens.
      format: `${m(lang, 'progress.label')} [{bar}] {value}/{total}  {percentage}%  ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
