import {
  auditFromSheets,
  resultSheet,
  score,
  type AuditFromSheets,
  type AuditResult,
  type Lang,
  type Layout,
  type LayoutFailure,
  type ResultSheetLayout,
  type Scheme,
  type SheetGrid,
} from '../../../core/index';
import { cellKey } from './address';

export interface Computed {
  audit: AuditFromSheets;
  /** null when the layout was not recognised (nothing to score). */
  result: AuditResult | null;
  /** Problem cells to flag (fill + note), keyed `Sheet!A1`, message in the pane's language. */
  flags: Map<string, string>;
}

/**
 * The whole rule work of one recompute: core reads the grids and scores them; the add-in adds nothing rule-like.
 * `previous` is the last recompute's layout: core reuses its header while the header rows are unchanged.
 */
export function compute(sheets: SheetGrid[], scheme: Scheme, lang: Lang, previous?: Layout | LayoutFailure): Computed {
  const audit = auditFromSheets(sheets, scheme, { lang, ...(previous ? { layout: previous } : {}) });
  const result = audit.layout.ok ? score(audit.scheme, audit.input, { lang }) : null;
  const flags = new Map<string, string>();
  const add = (where: string, message: string) => {
    const key = cellKey(where);
    if (!key) return;
    const prev = flags.get(key);
    flags.set(key, prev && prev !== message ? `${prev}\n${message}` : message);
  };
  for (const i of audit.issues) if (i.severity === 'error') add(i.where, i.message);
  for (const i of result?.issues ?? []) if (i.severity === 'error') add(i.where, i.message);
  return { audit, result, flags };
}

/** core's 结果 layout for a compute (the same sheet the CLI's scored copy carries); null when nothing was scored. */
export function resultLayout(computed: Computed, lang: Lang): ResultSheetLayout | null {
  if (!computed.result) return null;
  return resultSheet(computed.result, {
    lang,
    facts: computed.audit.facts,
    schemeName: computed.audit.scheme.name,
    decimals: computed.audit.scheme.rules.rounding.decimals,
    problems: computed.audit.issues,
    exclusions: computed.audit.exclusions,
  });
}
