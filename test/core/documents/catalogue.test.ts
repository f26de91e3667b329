import { describe, expect, it } from 'vitest';
import {
  CatalogueSchema,
  DOCUMENT_CATALOGUE,
  matchRequirement,
  normaliseLabel,
  PROFILE_FIELD_RULES,
} from '../../../core/documents/index';
import { allMessages, LANGS } from '../../../core/i18n/index';

describe('the document catalogue D1–D27', () => {
  it('lists D1 to D27 in order, each with Chinese and English names and at least one source', () => {
    expect(DOCUMENT_CATALOGUE.map((r) => r.id)).toEqual(Array.from({ length: 27 }, (_, i) => `D${i + 1}`));
    for (const r of DOCUMENT_CATALOGUE) {
      expect(r.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(s).toMatch(/^https?:\/\//);
    }
  });

  it('the bundled catalogue passes the schema (it is not validated at import time, so this is where a typo fails)', () => {
    const r = CatalogueSchema.safeParse(DOCUMENT_CATALOGUE);
    expect(r.success ? [] : r.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`)).toEqual([]);
  });

  it('flags follow the reference: D4 obsolete, D20–D23 audit, D19 and D24–D26 optional', () => {
    const flag = (id: string) => DOCUMENT_CATALOGUE.find((r) => r.id === id)!.flag;
    expect(flag('D4')).toBe('obsolete');
    for (const id of ['D20', 'D21', 'D22', 'D23']) expect(flag(id)).toBe('audit');
    for (const id of ['D19', 'D24', 'D25', 'D26']) expect(flag(id)).toBe('optional');
    for (const id of ['D3', 'D5', 'D6', 'D7', 'D8', 'D16', 'D27']) expect(flag(id)).toBe('conditional');
  });

  it('file types are marked as our proposal (no source states them)', () => {
    for (const r of DOCUMENT_CATALOGUE) expect(r.fileTypesSource).toBe('proposed');
  });

  it('every alias matches its own requirement, or is knowingly shared (资格证书: D7 and D23)', () => {
    for (const r of DOCUMENT_CATALOGUE) {
      for (const alias of r.aliases) {
        const m = matchRequirement(alias);
        if (alias === '资格证书') expect(m).toMatchObject({ ambiguous: true, kind: 'equal' });
        else expect(m, `${r.id} ${alias}`).toMatchObject({ ambiguous: false, id: r.id });
      }
    }
  });

  it('the schema rejects a broken catalogue', () => {
    const broken = JSON.parse(JSON.stringify(DOCUMENT_CATALOGUE));
    broken[3].flag = 'sometimes';
    broken[4].aliases = [];
    const r = CatalogueSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['3.flag', '4.aliases']);
    const duplicate = JSON.parse(JSON.stringify(DOCUMENT_CATALOGUE));
    duplicate[5].id = 'D1';
    expect(CatalogueSchema.safeParse(duplicate).error!.issues).toMatchObject([
      { path: [5, 'id'], message: 'duplicate id D1 (first at [0])' },
    ]);
  });

  it('every reason and question the rules can produce has a message in both languages', () => {
    for (const lang of LANGS) {
      const m = allMessages(lang);
      for (const r of DOCUMENT_CATALOGUE)
        if (r.rule.notApplicableCode) expect(m[`documents.na.${r.rule.notApplicableCode}`], r.id).toBeDefined();
      expect(m['documents.na.enterprise-by-form']).toBeDefined();
      for (const rule of PROFILE_FIELD_RULES) expect(m[`documents.question.${rule.key}`]).toBeDefined();
      for (const key of [
        'unknown-condition',
        'missing-upload',
        'unreadable-upload',
        'no-field',
        'generic-unnamed',
        'generic-empty',
        'generic-unreadable',
        'combined-upload',
        'optional-missing',
        'optional-not-on-form',
        'audit-stage',
        'unreadable-unknown',
        'missing-offered',
        'seen-upload',
        'alternative-offered',
      ]) {
        expect(m[`documents.reason.${key}`], key).toBeDefined();
      }
    }
  });

  it('profile field synonyms are still recognisable after normalisation', () => {
    for (const rule of PROFILE_FIELD_RULES)
      for (const label of rule.labels) expect(normaliseLabel(label).length).toBeGreaterThanOrEqual(2);
  });
});
