/*
 * Suites that need a real Chromium or LibreOffice skip when the program is missing, and say so loudly
 * with the one install command. In CI (GBT27922_REQUIRE_ALL_SUITES=1, set by .ci/run) a missing
 * program is an error instead, so a suite can never be skipped there unnoticed.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const INSTALL = 'apt-get update && apt-get install -y chromium libreoffice-calc-nogui fonts-noto-cjk';

function available(path: string, what: string, suite: string): boolean {
  if (existsSync(path)) return true;
  const msg = `\n*** SKIPPED: ${suite} needs ${what} (${path}), which is missing. Install it with:\n***   ${INSTALL}\n`;
  if (process.env.GBT27922_REQUIRE_ALL_SUITES)
    throw new Error(msg.replace('SKIPPED', 'REQUIRED (GBT27922_REQUIRE_ALL_SUITES is set)'));
  console.warn(msg);
  return false;
}

export const hasChromium = (suite: string) => available(CHROMIUM_PATH, 'Chromium', suite);
export const hasSoffice = (suite: string) => available(SOFFICE_PATH, 'LibreOffice', suite);
