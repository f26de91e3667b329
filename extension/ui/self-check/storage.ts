import { browser } from 'wxt/browser';
import type { EligibilityAnswers, EligibilitySettings } from '../../../core/index';

/*
 * Self-check answers in browser.storage.local (never synced, never sent): one entry per company
 * profile, so a consultant can keep several companies apart.
 *   selfCheck { current: string, profiles: { [name]: { answers, settings, asOf? } } }
 */
export interface SelfCheckProfile {
  answers: EligibilityAnswers;
  settings: Partial<EligibilitySettings>;
  /** Left out = today. */
  asOf?: string;
}
export interface SelfCheckStore {
  current: string;
  profiles: Record<string, SelfCheckProfile>;
}

const KEY = 'selfCheck';
const empty = (): SelfCheckProfile => ({ answers: {}, settings: {} });

export async function loadSelfCheck(defaultName: string): Promise<SelfCheckStore> {
  const got = (await browser.storage.local.get(KEY))[KEY] as Partial<SelfCheckStore> | undefined;
  const profiles = got && typeof got.profiles === 'object' && got.profiles ? { ...got.profiles } : {};
  let current = typeof got?.current === 'string' ? got.current : defaultName;
  if (!profiles[current]) profiles[current] = empty();
  if (!Object.keys(profiles).includes(current)) current = Object.keys(profiles)[0]!;
  return { current, profiles };
}

export async function saveSelfCheck(store: SelfCheckStore): Promise<void> {
  await browser.storage.local.set({ [KEY]: store });
}

export function newProfile(store: SelfCheckStore, name: string): SelfCheckStore {
  const profiles = { ...store.profiles };
  if (!profiles[name]) profiles[name] = empty();
  return { current: name, profiles };
}

export function deleteProfile(store: SelfCheckStore, name: string, defaultName: string): SelfCheckStore {
  const profiles = { ...store.profiles };
  delete profiles[name];
  const names = Object.keys(profiles);
  if (!names.length) return { current: defaultName, profiles: { [defaultName]: empty() } };
  return { current: names[0]!, profiles };
}
