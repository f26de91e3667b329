import type { ApplicationProfile, Lang, ProfileKey, ProfileOrigin } from '../../../core/index';
import { el, ui } from '../i18n';
import type { UiKey } from '../messages';
import type { ProfileOverrides } from '../storage';

type Choice = { value: string; key: UiKey };
const BOOL: Choice[] = [
  { value: 'true', key: 'choice.yes' },
  { value: 'false', key: 'choice.no' },
];

/** The conditions the user can override in the popup, in display order. */
export const PROFILE_FIELDS: { key: ProfileKey; label: UiKey; choices: Choice[] }[] = [
  { key: 'unifiedLicence', label: 'profile.unifiedLicence', choices: BOOL },
  { key: 'multiSite', label: 'profile.multiSite', choices: BOOL },
  {
    key: 'serviceMode',
    label: 'profile.serviceMode',
    choices: [
      { value: 'own', key: 'choice.own' },
      { value: 'contracted', key: 'choice.contracted' },
      { value: 'mixed', key: 'choice.mixed' },
    ],
  },
  {
    key: 'applicationType',
    label: 'profile.applicationType',
    choices: [
      { value: 'initial', key: 'choice.initial' },
      { value: 'recert', key: 'choice.recert' },
      { value: 'transfer', key: 'choice.transfer' },
    ],
  },
  { key: 'regulatedProducts', label: 'profile.regulatedProducts', choices: BOOL },
];

const toValue = (v: unknown) => (v === undefined ? '' : String(v));
const fromValue = (key: ProfileKey, v: string): ApplicationProfile[ProfileKey] | undefined => {
  if (v === '') return undefined;
  if (key === 'unifiedLicence' || key === 'multiSite' || key === 'regulatedProducts') return v === 'true';
  return v as ApplicationProfile[ProfileKey];
};

/**
 * One select per condition. "按表单" keeps what the form says (shown in brackets); any other choice is an
 * override saved for this site.
 */
export function renderProfileForm(
  doc: Document,
  lang: Lang,
  effective: ApplicationProfile,
  origins: Partial<Record<ProfileKey, ProfileOrigin>>,
  overrides: ProfileOverrides,
  onChange: (next: ProfileOverrides) => void,
): HTMLElement {
  const rows = PROFILE_FIELDS.map(({ key, label, choices }) => {
    const choiceText = (value: string) => {
      const c = choices.find((x) => x.value === value);
      return c ? ui(lang, c.key) : ui(lang, 'profile.origin.default');
    };
    // What the form alone says: the effective value unless the user overrode it.
    const fromForm =
      overrides[key] === undefined && origins[key] === 'form' ? choiceText(toValue(effective[key])) : null;
    const shown = fromForm ?? (overrides[key] === undefined ? ui(lang, 'profile.origin.default') : '…');
    const autoText =
      lang === 'zh-CN' ? `${ui(lang, 'choice.auto')}（${shown}）` : `${ui(lang, 'choice.auto')} (${shown})`;
    const select = el(doc, 'select', { attrs: { name: key, id: `profile-${key}` } }, [
      el(doc, 'option', { text: autoText, attrs: { value: '' } }),
      ...choices.map((c) => el(doc, 'option', { text: ui(lang, c.key), attrs: { value: c.value } })),
    ]);
    select.value = toValue(overrides[key]);
    select.addEventListener('change', () => {
      const next: ProfileOverrides = { ...overrides };
      const v = fromValue(key, select.value);
      if (v === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = v;
      onChange(next);
    });
    const origin = origins[key] ?? 'default';
    return el(doc, 'div', { className: 'profile-row' }, [
      el(doc, 'label', { text: ui(lang, label), attrs: { for: `profile-${key}` } }),
      select,
      el(doc, 'span', { className: `origin origin-${origin}`, text: ui(lang, `profile.origin.${origin}`) }),
    ]);
  });
  const reset = el(doc, 'button', { className: 'link', text: ui(lang, 'profile.reset'), attrs: { type: 'button' } });
  reset.disabled = Object.keys(overrides).length === 0;
  reset.addEventListener('click', () => onChange({}));
  return el(doc, 'details', { className: 'profile', attrs: Object.keys(overrides).length ? { open: '' } : {} }, [
    el(doc, 'summary', { text: ui(lang, 'profile.title') }),
    ...rows,
    reset,
  ]);
}
