import * as z from 'zod/mini';
import type { Source } from '../scheme/schema';
import { zodLocale } from '../zod-locale';
import type { EligibilitySettings } from './types';
import { once } from '../once';

/** One value a certification body (or scheme) is reported to use, with where it was read. */
export interface ThresholdOption {
  value: number;
  source: Source;
  url: string;
  note: string;
}

/**
 * Sources disagree on how long a company and its system must have existed (docs/domain.md#eligibility-conditions); each value
 * is a setting, never a branch in code. The first option of each list is the default.
 */
export const ELIGIBILITY_THRESHOLD_OPTIONS: Readonly<Record<keyof EligibilitySettings, readonly ThresholdOption[]>> = {
  licenceMinMonths: [
    {
      value: 3,
      source: 'certification-body',
      url: 'https://m.007swz.com/news/xinxi/cazihw.html',
      note: '营业执照注册满3个月 (one consultant page)',
    },
    { value: 0, source: 'proposed', url: '', note: 'no minimum: for a body that sets none (our option, no source)' },
  ],
  systemMinMonths: [
    {
      value: 3,
      source: 'certification-body',
      url: 'http://changxu.bj400.cn/article/12/62.html',
      note: '体系运行3个月以上 (GB/T 27922 consultant)',
    },
    {
      value: 6,
      source: 'certification-body',
      url: 'http://www.sgo168.com/news/148382.html',
      note: '运行6个月以上 (GB/T 27922 consultant)',
    },
    {
      value: 12,
      source: 'certification-body',
      url: 'http://m.szldx.cn/isos/202511/zs_16054.html',
      note: 'CTEAS 七星级: system run ≥1 year',
    },
    { value: 0, source: 'proposed', url: '', note: 'no minimum: for a body that sets none (our option, no source)' },
  ],
  managerRatioPercent: [
    {
      value: 10,
      source: 'standard',
      url: 'http://iso999.com/newsdetail_1884375.html',
      note: '5.1.2.2: 售后服务管理师 = 10% of service-management staff',
    },
    {
      value: 0,
      source: 'proposed',
      url: '',
      note: 'no minimum: for a body that does not check the ratio (our option, no source)',
    },
  ],
};

export const DEFAULT_ELIGIBILITY_SETTINGS: Readonly<EligibilitySettings> = Object.freeze({
  licenceMinMonths: ELIGIBILITY_THRESHOLD_OPTIONS.licenceMinMonths[0]!.value,
  systemMinMonths: ELIGIBILITY_THRESHOLD_OPTIONS.systemMinMonths[0]!.value,
  managerRatioPercent: ELIGIBILITY_THRESHOLD_OPTIONS.managerRatioPercent[0]!.value,
});

/** The settings' zod schema, built on first use (reading a 自查 sheet without settings never needs it). */
export const eligibilitySettingsSchema = once(() => {
  const months = z.number().check(z.int(), z.minimum(0), z.maximum(120));
  return z.object({
    licenceMinMonths: months,
    systemMinMonths: months,
    managerRatioPercent: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  });
});

/** Defaults overlaid with what the caller gives; throws a zod error (in English) naming the bad field. */
export function resolveEligibilitySettings(partial: Partial<EligibilitySettings> = {}): EligibilitySettings {
  return eligibilitySettingsSchema().parse({ ...DEFAULT_ELIGIBILITY_SETTINGS, ...partial }, zodLocale('en'));
}
