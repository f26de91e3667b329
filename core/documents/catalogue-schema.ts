import * as z from 'zod/mini';
import { schemeSchemas } from '../scheme/schema';
import { isGenericUploadLabel } from './generic-upload';
import { isOnlyNoise } from './match-key';
import { normaliseLabel } from './normalise-label';
import { REQUIREMENT_FLAGS } from './catalogue';

// Built here, where they are used at module level (the CLI's scoring path never loads this module).
const { SourceSchema, TextSchema } = schemeSchemas();

/*
 * Schema of a document requirement list. Used for a certification body's own list
 * (requirement-list.ts) and, in a test, for our bundled catalogue. Kept out of catalogue.ts so that
 * the content-script path (checkApplication, matchRequirement) never loads zod.
 */

export const RequirementFlagSchema = z.enum(REQUIREMENT_FLAGS);

const PROFILE_VALUES = {
  orgType: ['enterprise', 'institution', 'social-org', 'private-non-enterprise', 'government'],
  serviceMode: ['own', 'contracted', 'mixed'],
  applicationType: ['initial', 'recert', 'transfer'],
  unifiedLicence: [true, false],
  multiSite: [true, false],
  regulatedProducts: [true, false],
} as const;
export const PROFILE_KEYS = Object.keys(PROFILE_VALUES) as (keyof typeof PROFILE_VALUES)[];

export const ProfileTestSchema = z
  .object({
    key: z.enum(PROFILE_KEYS as [keyof typeof PROFILE_VALUES, ...(keyof typeof PROFILE_VALUES)[]]),
    in: z.array(z.union([z.string(), z.boolean()])).check(z.minLength(1)),
  })
  .check(
    z.superRefine((test, ctx) => {
      const allowed = PROFILE_VALUES[test.key] as readonly (string | boolean)[];
      test.in.forEach((v, i) => {
        if (!allowed.includes(v)) {
          ctx.addIssue({
            code: 'custom',
            path: ['in', i],
            message: `${JSON.stringify(v)} is not a value of ${test.key} (allowed: ${allowed.join(', ')})`,
            params: { kind: 'profile-value', key: test.key, value: JSON.stringify(v), allowed: allowed.join(', ') },
          });
        }
      });
    }),
  );

export const ApplicabilityRuleSchema = z.object({
  when: z.union([z.literal('always'), z.literal('never'), ProfileTestSchema]),
  required: z.boolean(),
  warnOnly: z.optional(z.boolean()),
  notApplicableCode: z.optional(z.string().check(z.minLength(1))),
  alternativeGroup: z.optional(z.string().check(z.minLength(1))),
  source: z.enum(['reference', 'proposed']),
  note: z.optional(z.string()),
});

export const RequirementIdSchema = z
  .string()
  .check(z.regex(/^D\d+$/, 'id must look like D1, D2 … D27 (D followed by a number)'));

// An alias must still say something after normalisation (two characters at least), or it would match everything.
// Nor may it be only decoration (上传, 附件…) or a generic upload label (其他附件), which names no document.
const DECORATION_ONLY = /^(请?上传|请提供|附件|文件|扫描件|复印件|材料|资料|照片)+$/;
const AliasSchema = z.string().check(
  z.refine(
    (a: string) =>
      normaliseLabel(a).length >= 2 &&
      !DECORATION_ONLY.test(normaliseLabel(a)) &&
      !isOnlyNoise(a) &&
      !isGenericUploadLabel(a),
    {
      message:
        'alias is too short or only decoration once normalised (needs 2 characters or more besides punctuation and words like 上传/附件)',
    },
  ),
);

export const CatalogueRequirementSchema = z.object({
  id: RequirementIdSchema,
  flag: RequirementFlagSchema,
  name: TextSchema,
  condition: z.optional(TextSchema),
  aliases: z.array(AliasSchema).check(z.minLength(1, 'aliases must list at least one label text')),
  fileTypes: z.array(z.string().check(z.regex(/^[a-z0-9]+$/, 'file types are lower-case extensions without the dot'))),
  fileTypesSource: SourceSchema,
  sources: z.array(z.string()),
  rule: ApplicabilityRuleSchema,
});

export const CatalogueSchema = z.array(CatalogueRequirementSchema).check(
  z.superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((r, i) => {
      const first = seen.get(r.id);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${r.id} (first at [${first}])` });
      else seen.set(r.id, i);
    });
  }),
);
