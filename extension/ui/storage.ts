import { browser } from 'wxt/browser';
import type { ApplicationProfile, CatalogueRequirement, Lang } from '../../core/index';

/*
 * Everything the extension remembers, in browser.storage.local (never synced, never sent anywhere):
 *   settings        { lang, requirementsJson?, requirements? }   language and a certification body's own list
 *   profiles        { [origin]: Partial<ApplicationProfile> }   the user's overrides per site
 *   alwaysOrigins   string[]                          sites with "always check" turned on
 */
export interface Settings {
  lang: Lang;
  /** Raw JSON text of a custom requirement list, exactly as the user typed it (validated before saving). */
  requirementsJson?: string;
  /** That list as core's parser returned it when it was saved: what the checks use. */
  requirements?: CatalogueRequirement[];
}

export type ProfileOverrides = Partial<ApplicationProfile>;

const DEFAULT_SETTINGS: Settings = { lang: 'zh-CN' };

export async function getSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  const s = (settings ?? {}) as Partial<Settings>;
  return {
    // Type-only import from core keeps core (and zod) out of the background and popup bundles.
    lang: s.lang === 'en' || s.lang === 'zh-CN' ? s.lang : DEFAULT_SETTINGS.lang,
    ...(typeof s.requirementsJson === 'string' && s.requirementsJson.trim()
      ? {
          requirementsJson: s.requirementsJson,
          ...(Array.isArray(s.requirements) ? { requirements: s.requirements } : {}),
        }
      : {}),
  };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  if (!next.requirementsJson?.trim()) {
    delete next.requirementsJson;
    delete next.requirements;
  }
  await browser.storage.local.set({ settings: next });
  return next;
}

/** The key for a page: its origin (scheme + host + port), so one site's answers never leak to another. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

async function allProfiles(): Promise<Record<string, ProfileOverrides>> {
  const { profiles } = await browser.storage.local.get('profiles');
  return (profiles ?? {}) as Record<string, ProfileOverrides>;
}

export async function getProfile(origin: string): Promise<ProfileOverrides> {
  return (await allProfiles())[origin] ?? {};
}

/** Saves the overrides for one origin; keys set to undefined are dropped (= back to what the form says). */
export async function setProfile(origin: string, overrides: ProfileOverrides): Promise<void> {
  const profiles = await allProfiles();
  const clean = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as ProfileOverrides;
  if (Object.keys(clean).length === 0) delete profiles[origin];
  else profiles[origin] = clean;
  await browser.storage.local.set({ profiles });
}

export async function listProfiles(): Promise<[string, ProfileOverrides][]> {
  return Object.entries(await allProfiles()).sort(([a], [b]) => a.localeCompare(b));
}

export async function deleteProfile(origin: string): Promise<void> {
  await setProfile(origin, {});
}

export async function getAlwaysOrigins(): Promise<string[]> {
  const { alwaysOrigins } = await browser.storage.local.get('alwaysOrigins');
  return Array.isArray(alwaysOrigins) ? (alwaysOrigins as string[]) : [];
}

export async function setAlwaysOrigin(origin: string, on: boolean): Promise<string[]> {
  const current = new Set(await getAlwaysOrigins());
  if (on) current.add(origin);
  else current.delete(origin);
  const list = [...current].sort();
  await browser.storage.local.set({ alwaysOrigins: list });
  return list;
}
