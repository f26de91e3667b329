import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApplication, type ApplicationProfile, type FormSnapshot, type Lang } from '../../../core/index';

// Fixture pairs: <name>.snapshot.json (what a face saw on the form, plus the user's own answers)
// and <name>.expected.json (the ApplicationCheck, checked by hand requirement by requirement).
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

const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('application fixtures (snapshot → expected ApplicationCheck)', () => {
  it('there are at least six fixture pairs', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)('%s', (name) => {
    const input = read(`${name}.snapshot.json`) as FixtureInput;
    const expected = read(`${name}.expected.json`);
    const actual = JSON.parse(JSON.stringify(checkApplication(input.snapshot, input.profile, { lang: input.lang })));
    expect(actual).toEqual(expected);
  });
});
