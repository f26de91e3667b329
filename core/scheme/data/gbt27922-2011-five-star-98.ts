import type { SchemeInput } from '../schema';
import { gbt27922_2011_data } from './gbt27922-2011';

/*
 * Same indicator tree, with 五星 at ≥98: the rule of one 2018 listing based on the SB/T 10401 era
 * (https://m.trustexporter.com/cz3963918.htm, one page; docs/domain.md#levels). Offered for bodies that still use it.
 */
export const gbt27922_2011_fiveStar98_data: SchemeInput = {
  ...gbt27922_2011_data,
  id: 'gbt27922-2011-5star98',
  name: {
    zh: 'GB/T 27922-2011（五星 ≥98 变体，SB/T 10401 时期规则）',
    en: 'GB/T 27922-2011 (five stars at ≥98, SB/T 10401-era rule)',
  },
  rules: {
    ...gbt27922_2011_data.rules,
    levels: gbt27922_2011_data.rules.levels.map((l) => (l.id === '5-star' ? { ...l, min: 98 } : l)),
  },
};
