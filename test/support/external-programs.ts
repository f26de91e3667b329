/*
 * Suites that need a real Chromium, LibreOffice, Gnumeric or poppler-utils skip when the program is missing, and say so loudly
 * with the one install command. In CI (GBT27922_REQUIRE_ALL_SUITES=1, set by .ci/run) a missing
 * program is an error instead, so a suite can never be skipped there unnoticed.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
export const SSCONVERT_PATH = process.env.SSCONVERT_PATH ?? '/usr/bin/ssconvert';
export const PDFINFO_PATH = process.env.PDFINFO_PATH ?? '/usr/bin/pdfinfo';
/** pdftotext and pdftoppm come with pdfinfo (poppler-utils), in the same folder. */
export const PDFTOTEXT_PATH = PDFINFO_PATH.replace(/pdfinfo$/, 'pdftotext');
const INSTALL =
  'apt-get update && apt-get install -y chromium libreoffice-calc-nogui gnumeric poppler-utils fonts-noto-cjk fonts-crosextra-carlito';

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
export const hasSsconvert = (suite: string) => available(SSCONVERT_PATH, 'Gnumeric (ssconvert)', suite);
export const hasPdfinfo = (suite: string) => available(PDFINFO_PATH, 'poppler-utils (pdfinfo, pdftotext)', suite);
