/*
 * Hand-written expectations for a fixture page (test/fixtures/forms/<name>.expected.json), axe-core
 * style: only what matters is stated, everything stated is compared. Written by reasoning about the
 * page before the code runs; never rewritten by a test.
 *
 *   _why          the reasoning, in a line or two
 *   fields        label → value, or { value, kind, labelSource, required, options } (only keys given)
 *   uploads       label → { widget, state, files (exact names), seen (substrings, each in some entry), required }
 *   profile       key → value the check read from the form; null = must be unknown
 *   requirements  id → "status" or "status reason-code"
 *   fieldIssues   every field issue: { label, code, problem? } (the complete list, any order)
 *   unmatchedUploads  labels of every unmatched upload
 *   limitations   codes of every limitation
 */
import type { ApplicationCheck, FormSnapshot } from '../../../../core/documents/types';

type FieldExpectation =
  string | { value?: string; kind?: string; labelSource?: string; required?: boolean; options?: string[] };

export interface Expected {
  _why: string;
  fields?: Record<string, FieldExpectation>;
  uploads?: Record<string, { widget?: string; state: string; files?: string[]; seen?: string[]; required?: boolean }>;
  profile?: Record<string, unknown>;
  requirements?: Record<string, string>;
  fieldIssues?: { label: string; code: string; problem?: string }[];
  unmatchedUploads?: string[];
  limitations?: string[];
}

const show = (v: unknown) => JSON.stringify(v);
const sorted = (xs: string[]) => [...xs].sort();

/** Every difference between the expectation and what the scanner and core produced (empty = as expected). */
export function differences(exp: Expected, snapshot: FormSnapshot, check: ApplicationCheck): string[] {
  const out: string[] = [];
  if (!exp._why?.trim()) out.push('the expectation has no _why');

  for (const [label, want] of Object.entries(exp.fields ?? {})) {
    const f = snapshot.fields.find((x) => x.label === label);
    if (!f) {
      out.push(`field "${label}": not found (labels: ${show(snapshot.fields.map((x) => x.label))})`);
      continue;
    }
    const w = typeof want === 'string' ? { value: want } : want;
    for (const [k, v] of Object.entries(w)) {
      const got = (f as unknown as Record<string, unknown>)[k];
      if (show(got) !== show(v)) out.push(`field "${label}".${k}: expected ${show(v)}, got ${show(got)}`);
    }
  }

  for (const [label, want] of Object.entries(exp.uploads ?? {})) {
    const u = snapshot.uploads.find((x) => x.label === label);
    if (!u) {
      out.push(`upload "${label}": not found (labels: ${show(snapshot.uploads.map((x) => x.label))})`);
      continue;
    }
    if (u.state !== want.state) out.push(`upload "${label}".state: expected ${want.state}, got ${u.state}`);
    if (want.widget && u.widget !== want.widget)
      out.push(`upload "${label}".widget: expected ${want.widget}, got ${u.widget}`);
    if (want.required !== undefined && !!u.required !== want.required)
      out.push(`upload "${label}".required: expected ${want.required}, got ${!!u.required}`);
    const names = u.files.map((f) => f.name);
    if (want.files && show(sorted(names)) !== show(sorted(want.files)))
      out.push(`upload "${label}".files: expected ${show(want.files)}, got ${show(names)}`);
    for (const s of want.seen ?? []) {
      if (!(u.seen ?? []).some((x) => x.includes(s)))
        out.push(`upload "${label}".seen: expected an entry with "${s}", got ${show(u.seen ?? [])}`);
    }
    if (want.seen && !want.seen.length && u.seen?.length)
      out.push(`upload "${label}".seen: expected none, got ${show(u.seen)}`);
  }

  for (const [key, want] of Object.entries(exp.profile ?? {})) {
    const got = (check.profile as Record<string, unknown>)[key];
    if (show(got ?? null) !== show(want)) out.push(`profile.${key}: expected ${show(want)}, got ${show(got ?? null)}`);
  }

  for (const [id, want] of Object.entries(exp.requirements ?? {})) {
    const r = check.requirements.find((x) => x.id === id);
    if (!r) {
      out.push(`requirement ${id}: not in the check`);
      continue;
    }
    const [status, code] = want.split(/\s+/);
    const got = code ? `${r.status} ${r.reason?.code ?? '(no reason)'}` : r.status;
    if (got !== (code ? `${status} ${code}` : status))
      out.push(`requirement ${id}: expected "${want}", got "${r.status} ${r.reason?.code ?? ''}"`.trimEnd());
  }

  if (exp.fieldIssues) {
    const labelOf = new Map(snapshot.fields.map((f) => [f.ref, f.label]));
    const got = check.fieldIssues.map((i) => ({
      label: labelOf.get(i.ref) ?? i.ref,
      code: i.code,
      problem: String(i.params.problem ?? ''),
    }));
    const left = [...got];
    for (const e of exp.fieldIssues) {
      // `problem` is compared only where the expectation gives it.
      const k = left.findIndex(
        (g) => g.label === e.label && g.code === e.code && (e.problem === undefined || g.problem === e.problem),
      );
      if (k < 0) out.push(`fieldIssues: expected ${show(e)}, not among ${show(got)}`);
      else left.splice(k, 1);
    }
    for (const g of left) out.push(`fieldIssues: unexpected ${show(g)}`);
  }

  if (exp.unmatchedUploads) {
    const got = check.unmatchedUploads.map((u) => u.label);
    if (show(sorted(got)) !== show(sorted(exp.unmatchedUploads)))
      out.push(`unmatchedUploads: expected ${show(exp.unmatchedUploads)}, got ${show(got)}`);
  }

  if (exp.limitations) {
    const got = snapshot.limitations.map((l) => l.code);
    if (show(sorted(got)) !== show(sorted(exp.limitations)))
      out.push(`limitations: expected ${show(exp.limitations)}, got ${show(got)}`);
  }
  return out;
}
