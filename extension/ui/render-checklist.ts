import type { ApplicationCheck, Lang, RequirementCheck, RequirementStatus } from '../../core/index';
import { el, ui } from './i18n';

/** Brackets as each language writes them: full-width in Chinese, " (…)" in English. */
const paren = (lang: Lang, s: string) => (lang === 'zh-CN' ? `（${s}）` : ` (${s})`);

export interface ChecklistHandlers {
  /** Called with a field/upload ref when the user wants to see it on the page. */
  onJump?: (ref: string) => void;
}

const STATUS_ORDER: Record<RequirementStatus, number> = { missing: 0, review: 1, present: 2, 'not-applicable': 3 };

const idNumber = (id: string) => Number(id.slice(1)) || 0;

/** Missing required documents first, then review, present, not applicable; D-number order inside each. */
export function sortRequirements(reqs: RequirementCheck[]): RequirementCheck[] {
  return [...reqs].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.required) - Number(a.required) ||
      idNumber(a.id) - idNumber(b.id),
  );
}

export function requirementName(req: Pick<RequirementCheck, 'name'>, lang: Lang): string {
  return lang === 'zh-CN' ? req.name.zh : req.name.en;
}

/**
 * Builds the checklist from an ApplicationCheck (plain JSON). Every string from the page (labels,
 * file names) or from a custom list goes in through textContent only.
 */
export function renderChecklist(
  doc: Document,
  check: ApplicationCheck,
  lang: Lang,
  handlers: ChecklistHandlers = {},
): HTMLElement {
  const { summary } = check;
  const jumpButton = (ref: string | undefined, className: string, children: (Node | null)[]) => {
    const b = el(doc, 'button', { className, attrs: { type: 'button' } }, children);
    if (ref && handlers.onJump) {
      b.title = ui(lang, 'item.jump');
      b.dataset.ref = ref;
      b.addEventListener('click', () => handlers.onJump!(ref));
    } else {
      b.disabled = true;
    }
    return b;
  };

  const head = el(doc, 'div', { className: 'summary' }, [
    el(doc, 'div', {
      className: summary.missingRequired > 0 ? 'summary-main bad' : 'summary-main ok',
      text:
        summary.missingRequired > 0
          ? ui(lang, 'summary.missing', { count: summary.missingRequired })
          : ui(lang, 'summary.complete'),
    }),
    el(doc, 'div', { className: 'summary-counts', text: ui(lang, 'summary.counts', { ...summary }) }),
  ]);

  const item = (req: RequirementCheck) => {
    const detail: string[] = [];
    if (req.files.length) detail.push(ui(lang, 'item.files', { files: req.files.join('、') }));
    if (req.reason?.message) detail.push(req.reason.message);
    if (req.status === 'missing' && req.fields.length === 0 && !req.reason) detail.push(ui(lang, 'item.noField'));
    const flag =
      req.flag === 'optional' ? ui(lang, 'flag.optional') : req.flag === 'audit' ? ui(lang, 'flag.audit') : '';
    return el(
      doc,
      'li',
      {
        className: `req status-${req.status}${req.required ? ' required' : ''}`,
        attrs: { 'data-id': req.id, 'data-status': req.status },
      },
      [
        jumpButton(req.fields[0], 'req-main', [
          el(doc, 'span', { className: 'chip', text: ui(lang, `status.${req.status}`) }),
          el(doc, 'span', { className: 'rid', text: req.id }),
          el(doc, 'span', { className: 'rname', text: requirementName(req, lang) }),
          flag ? el(doc, 'span', { className: 'flag', text: flag }) : null,
        ]),
        ...detail.map((d) => el(doc, 'div', { className: 'detail', text: d })),
      ],
    );
  };

  // What needs the applicant's attention stays in view; optional / audit-time and not-applicable items fold away.
  const sorted = sortRequirements(check.requirements);
  const main = sorted.filter((r) => r.status !== 'not-applicable' && (r.required || r.status === 'present'));
  const optional = sorted.filter((r) => r.status !== 'not-applicable' && !r.required && r.status !== 'present');
  const notApplicable = sorted.filter((r) => r.status === 'not-applicable');
  const group = (cls: string, title: string, reqs: RequirementCheck[]) =>
    reqs.length > 0 &&
    el(doc, 'details', { className: `group ${cls}` }, [
      el(doc, 'summary', { text: `${title}${paren(lang, String(reqs.length))}` }),
      el(doc, 'ul', { className: 'requirements' }, reqs.map(item)),
    ]);

  const issues = check.fieldIssues.length
    ? el(
        doc,
        'ul',
        { className: 'issues' },
        check.fieldIssues.map((issue) =>
          el(doc, 'li', { className: 'issue', attrs: { 'data-field': issue.field, 'data-code': issue.code } }, [
            jumpButton(issue.ref, 'issue-main', [doc.createTextNode(issue.message)]),
          ]),
        ),
      )
    : el(doc, 'p', { className: 'no-issues', text: ui(lang, 'section.noIssues') });

  const section = (cls: string, title: string, body: Node) =>
    el(doc, 'section', { className: cls }, [el(doc, 'h2', { text: title }), body]);

  return el(doc, 'div', { className: 'checklist' }, [
    head,
    el(doc, 'ul', { className: 'requirements' }, main.map(item)),
    group('optional-group', ui(lang, 'group.optional'), optional),
    group('na-group', ui(lang, 'group.notApplicable'), notApplicable),
    section('field-issues', ui(lang, 'section.fieldIssues'), issues),
    check.unmatchedUploads.length > 0 &&
      section(
        'unmatched',
        ui(lang, 'section.unmatched'),
        el(
          doc,
          'ul',
          {},
          check.unmatchedUploads.map((u) =>
            el(doc, 'li', {}, [
              jumpButton(u.ref, 'unmatched-main', [
                doc.createTextNode(u.files.length ? `${u.label}：${u.files.join('、')}` : u.label),
              ]),
            ]),
          ),
        ),
      ),
    check.limitations.length > 0 &&
      section(
        'limitations',
        ui(lang, 'section.limitations'),
        el(
          doc,
          'ul',
          {},
          check.limitations.map((l) =>
            el(doc, 'li', { text: l.detail ? `${l.message}${paren(lang, l.detail)}` : l.message }),
          ),
        ),
      ),
  ]);
}
