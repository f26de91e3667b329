import { t, type AuditResult, type Lang, type LevelId, type Text } from '../../../core/index';
import { cellKey } from '../excel/address';
import type { Computed } from '../excel/compute';

/** Everything the pane shows, derived from core's result alone (no rule here, only picking and naming). */
export interface DashboardModel {
  kind: 'dashboard';
  score: number | null;
  provisional: boolean;
  unscored: number;
  ifRemaining: { score: number; level: string } | null;
  level: { id: LevelId | null; name: string };
  veto: string | null;
  progress: { scored: number; total: number };
  categories: { id: string; name: string; earned: number; applicable: number; percent: number | null }[];
  next: null | { level: string; threshold: number; points: number; blockedBy?: string; improvements: { id: string; name: string; gain: number; cell?: string }[] };
  special: { deductions: number; bonus: number; offered: number };
  problems: { message: string; severity: 'error' | 'warning'; cell?: string }[];
  items: { id: string; name: string; status: string; statusId: string; earned: number | null; max: number; cell?: string }[];
}

export interface UnreadableModel {
  kind: 'unreadable';
  message: string;
  missing: string[];
  synonyms: { field: string; texts: string[] }[];
  searchedRows: string;
}

const pick = (lang: Lang, n: Text) => (lang === 'zh-CN' ? n.zh : n.en);

export function dashboardModel(c: Computed, lang: Lang): DashboardModel | UnreadableModel {
  const layout = c.audit.layout;
  if (!layout.ok || !c.result) {
    const fail = layout.ok ? null : layout;
    return {
      kind: 'unreadable',
      message: c.audit.issues.find((i) => i.severity === 'error')?.message ?? fail?.message ?? '',
      missing: fail?.missing ?? [],
      synonyms: Object.entries(fail?.synonyms ?? {}).map(([field, texts]) => ({ field, texts: texts ?? [] })),
      searchedRows: fail?.searchedRows ?? '',
    };
  }
  const r: AuditResult = c.result;
  const cellOf = (id: string) => {
    const w = r.items.find((i) => i.id === id)?.where;
    const at = w?.value ?? w?.samples ?? w?.applicable ?? w?.id;
    return at ? cellKey(at) ?? undefined : undefined;
  };
  const levelName = (id: LevelId | null) => (id ? t(lang, `level.${id}`) : '—');
  const issues = [...c.audit.issues, ...r.issues].filter((i, n, all) => all.findIndex((j) => j.message === i.message) === n);
  return {
    kind: 'dashboard',
    score: r.score,
    provisional: r.provisional,
    unscored: r.unscored,
    ifRemaining: r.provisional && r.scoreIfRemainingConform !== null ? { score: r.scoreIfRemainingConform, level: levelName(r.levelIfRemainingConform) } : null,
    level: { id: r.level, name: levelName(r.level) },
    veto: r.vetoReason?.message ?? null,
    progress: { scored: r.items.filter((i) => i.applicable && i.earned !== null).length, total: r.items.filter((i) => i.applicable).length },
    categories: r.categories.map((g) => ({ id: g.id, name: pick(lang, g.name), earned: g.earned, applicable: g.applicable, percent: g.percent })),
    next: r.nextLevel
      ? {
          level: levelName(r.nextLevel.level),
          threshold: r.nextLevel.threshold,
          points: r.nextLevel.pointsNeeded,
          ...(r.nextLevel.blockedBy ? { blockedBy: r.nextLevel.blockedBy } : {}),
          improvements: r.nextLevel.improvements.map((i) => ({ id: i.id, name: pick(lang, i.name), gain: i.gain, cell: cellOf(i.id) })),
        }
      : null,
    special: { deductions: r.specialDeductions, bonus: r.bonus, offered: r.bonusOffered },
    problems: issues
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((i) => ({ message: i.message, severity: i.severity, cell: i.where ? cellKey(i.where) ?? undefined : undefined })),
    items: r.items.map((i) => ({ id: i.id, name: pick(lang, i.name), status: t(lang, `status.${i.status}`), statusId: i.status, earned: i.earned, max: i.max, cell: cellOf(i.id) })),
  };
}
