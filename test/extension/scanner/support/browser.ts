/* Headless Debian Chromium for the scanner's tests and bench (never a downloaded browser). */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../support/external-programs';

// Flags for headless Chromium in a container; playwright adds --no-sandbox etc. itself, repeated here to be explicit.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
