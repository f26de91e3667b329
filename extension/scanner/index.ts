/*
 * Page scanner of the browser extension (DOM only, no chrome.* APIs: the content script passes those in).
 *   scanPage(document, options?)  → FormSnapshot (plain JSON)
 *   checkPage(document, options?) → ApplicationCheck = core's checkApplication(scanPage(document), profile, {lang})
 *   resolveRef(ref)               → the element behind a field/upload ref, or null
 *   createChangeWatcher(...)      → re-run a check when the page changes
 */
import {
  checkApplication,
  type ApplicationCheck,
  type ApplicationProfile,
  type DocumentRequirement,
} from '../../core/index';
import { scanPage, type ScanOptions } from './scan';

export { scanPage, OVERLAY_TAG, type ScanOptions } from './scan';
export { resolveRef } from './refs';
export { createChangeWatcher, type ChangeWatcher, type ChangeWatcherOptions, type ChangeReason } from './watcher';

export interface CheckPageOptions extends ScanOptions {
  /** What the user told us; overrides what the form says (core merges them). */
  profile?: ApplicationProfile;
  /** A certification body's own requirement list (core's safeParseRequirementList); D1–D27 by default. */
  requirements?: readonly DocumentRequirement[];
}

/** Scan the page and check it against the document requirements of a GB/T 27922 application. */
export function checkPage(doc: Document, options: CheckPageOptions = {}): ApplicationCheck {
  const { profile, requirements, ...scan } = options;
  const lang = scan.lang ?? 'zh-CN';
  return checkApplication(scanPage(doc, scan), profile, { lang, ...(requirements ? { catalogue: requirements } : {}) });
}
