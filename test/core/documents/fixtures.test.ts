import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplication, type ApplicationProfile, type FormSnapshot } from '../../../core/documents/index';
import type { Lang } from '../../../core/i18n/index';

/*
 * Fixture pairs: <name>.snapshot.json (what a face saw on the form, plus the user's own answers) and
 * <name>.expected.json, written by hand before the code ran: only what matters, with a `_why` line —
 * requirement id → status + reason code (and `required` / `params` where that is the point),
 * the profile read, unmatched uploads, field issue codes, the number of missing required documents.
 * Nothing here is regenerated from the code's output.
 */
const dir = join(__dirname, '../../fixtures/documents');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.snapshot.json'))
  .map((f) => f.replace('.snapshot.json', ''));

interface FixtureInput {
  description: string;
  lang?: Lang;
  profile?: ApplicationProfile;
  snapshot: FormSnapshot;
}

interface ExpectedRequirement {
  status: string;
  /** Reason code, or null for none. */
  reason: string | null;
  required?: boolean;
  params?: Record<string, unknown>;
  _why?: string;
}

interface Expected {
  _why: string;
  profile?: ApplicationProfile;
  requirements: Record<string, ExpectedRequirement>;
  unmatchedUploads?: { ref: string; candidates?: string[] }[];
  /** `ref:code` of each field issue, all of them. */
  fieldIssues?: string[];
  /** Limitation codes, all of them. */
  limitations?: string[];
  missingRequired?: number;
}

const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('application fixtures (snapshot → hand-written expectations)', () => {
  it('there are at least twelve fixture pairs, each with its reasoning', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names)
      expect((read(`${name}.expected.json`) as Expected)._why?.length ?? 0, name).toBeGreaterThan(40);
  });

  it.each(names)('%s', (name) => {
    const input = read(`${name}.snapshot.json`) as FixtureInput;
    const expected = read(`${name}.expected.json`) as Expected;
    const r = checkApplication(input.snapshot, input.profile, { lang: input.lang });

    for (const [id, e] of Object.entries(expected.requirements)) {
      const got = r.requirements.find((q) => q.id === id);
      const actual = {
        status: got?.status,
        reason: got?.reason?.code ?? null,
        ...(e.required !== undefined ? { required: got?.required } : {}),
        ...(e.params !== undefined ? { params: got?.reason?.params } : {}),
      };
      const { _why, ...want } = e;
      expect(actual, `${id}${_why ? ` (${_why})` : ''}`).toEqual(want);
    }
    if (expected.profile) expect(r.profile, 'profile').toEqual(expected.profile);
    if (expected.unmatchedUploads)
      expect(
        r.unmatchedUploads.map((u) => ({ ref: u.ref, ...(u.candidates ? { candidates: u.candidates } : {}) })),
        'unmatched uploads',
      ).toEqual(expected.unmatchedUploads);
    if (expected.fieldIssues)
      expect(r.fieldIssues.map((f) => `${f.ref}:${f.code}`).sort(), 'field issues').toEqual(
        [...expected.fieldIssues].sort(),
      );
    if (expected.limitations)
      expect(
        r.limitations.map((l) => l.code),
        'limitations',
      ).toEqual(expected.limitations);
    if (expected.missingRequired !== undefined)
      expect(r.summary.missingRequired, 'missing required').toBe(expected.missingRequired);
  });
});
