// Entry for a bundle with the scanning half only (snapshot tests do not need core's checker).
export { scanPage, OVERLAY_TAG } from '../../../../extension/scanner/scan';
export { resolveRef } from '../../../../extension/scanner/refs';
export { createChangeWatcher } from '../../../../extension/scanner/watcher';
