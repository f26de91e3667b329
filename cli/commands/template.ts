/* gbt27922 template: writes the scoring workbook of a scheme (bundled or a JSON file). */
import { resolve } from 'node:path';
import { RefusedOverwrite, writeFileAtomic } from '../atomic-write';
import { addForceOption, addLangOption, addSchemeOption } from '../common-options';
import type { CliCommand } from '../context';
import { m } from '../messages';
import { resolveSchemeSpec, schemeFromSpec } from '../resolve-scheme';
import { UsageError } from '../usage-error';

export const defaultTemplateName = (lang: string) =>
  lang === 'en' ? 'gbt27922-workbook.xlsx' : 'gbt27922-评分表.xlsx';

export const templateCommand: CliCommand = {
  name: 'template',
  register(program, ctx) {
    const { lang } = ctx;
    const cmd = program.command('template').description(m(lang, 'cmd.template'));
    addSchemeOption(cmd, ctx);
    addLangOption(cmd, ctx);
    cmd.option('-o, --output <file>', m(lang, 'opt.output', { default: defaultTemplateName(lang) }));
    addForceOption(cmd, ctx);
    cmd.action(async (opts: { scheme?: string; output?: string; force?: boolean }) => {
      const scheme = schemeFromSpec(resolveSchemeSpec(opts.scheme, lang), lang);
      const file = opts.output ?? defaultTemplateName(lang);
      const { writeTemplate } = await import('../core-writers');
      const bytes = await writeTemplate(scheme, { lang });
      try {
        await writeFileAtomic(file, bytes, { force: opts.force });
      } catch (e) {
        if (e instanceof RefusedOverwrite) throw new UsageError(m(lang, 'write.refused', { file: resolve(file) }));
        ctx.stderr(`${m(lang, 'write.failed', { file, detail: (e as Error).message })}\n`);
        ctx.exitCode = 1;
        return;
      }
      ctx.stdout(
        `${m(lang, 'template.written', { file })}\n${m(lang, 'template.next')}\n  npx gbt27922 score "${file}" --out scored\n`,
      );
    });
  },
};
