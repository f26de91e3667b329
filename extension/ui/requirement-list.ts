import { DOCUMENT_CATALOGUE, safeParseRequirementList, type CatalogueRequirement, type Lang } from '../../core/index';
import { ui } from './i18n';

/*
 * A certification body's own requirement list, edited as JSON on the options page. The rules live in
 * core (safeParseRequirementList, which names the JSON path of every problem); this file adapts its answer
 * for people: each problem names the item by its number, id and name ("第 2 项 D17 售后服务手册"),
 * not by a JSON path, and says what to do. The list it saves is the parser's output.
 */
export interface ListError {
  /** "第 2 项（D17 售后服务手册）", or '' for a problem with the whole list. */
  item: string;
  text: string;
}
export type ListValidation =
  { ok: true; count: number; catalogue: CatalogueRequirement[] } | { ok: false; errors: ListError[] };

/** The bundled D1–D27 list as JSON a user can start from (the parser reads it back unchanged). */
export function defaultListJson(): string {
  return JSON.stringify({ requirements: DOCUMENT_CATALOGUE }, null, 2);
}

/** A two-item example: one always required, one only for applicants that contract service out. */
export const EXAMPLE_LIST = JSON.stringify(
  {
    requirements: [
      {
        id: 'D1',
        flag: 'mandatory',
        name: { zh: '认证申请书', en: 'Application form' },
        aliases: ['认证申请书', '申请书'],
      },
      {
        id: 'D28',
        flag: 'conditional',
        name: { zh: '售后服务外包合同', en: 'Outsourced service contracts' },
        aliases: ['外包合同', '委托服务合同'],
        rule: { when: { key: 'serviceMode', in: ['contracted', 'mixed'] }, required: true, source: 'proposed' },
      },
    ],
  },
  null,
  2,
);

function itemsOf(text: string): unknown[] {
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data)) return data;
    const list = (data as { requirements?: unknown } | null)?.requirements;
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function itemLabel(items: unknown[], index: number, lang: Lang): string {
  const raw = items[index] as { id?: unknown; name?: { zh?: unknown; en?: unknown } } | undefined;
  const id = typeof raw?.id === 'string' ? raw.id : '';
  const name = raw?.name && typeof raw.name === 'object' ? (lang === 'zh-CN' ? raw.name.zh : raw.name.en) : undefined;
  const what = [id, typeof name === 'string' ? name : ''].filter(Boolean).join(' ');
  return ui(lang, what ? 'options.error.item' : 'options.error.itemNoName', { n: index + 1, what });
}

export function validateRequirementList(text: string, lang: Lang): ListValidation {
  const r = safeParseRequirementList(text, lang);
  if (r.success) return { ok: true, count: r.data.length, catalogue: r.data };
  const items = itemsOf(text);
  return {
    ok: false,
    errors: r.issues.map((p) => {
      // JSON.parse's own words are a library's: say it ourselves.
      if (p.code === 'invalid-json') return { item: '', text: ui(lang, 'options.error.json') };
      const at = /^(?:requirements)?\[(\d+)\]/.exec(p.where);
      // core's message starts with the path ("[0].aliases："): the item's name replaces it.
      const text = p.message.startsWith(p.where) ? p.message.slice(p.where.length).replace(/^[：:]\s*/, '') : p.message;
      return { item: at ? itemLabel(items, Number(at[1]), lang) : '', text };
    }),
  };
}
