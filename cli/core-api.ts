// The CLI's one door into core: the public index, plus the exceljs writers that core/workbook exports
// only from its own index (so the browser extension never bundles exceljs).
export * from '../core/index';
export * from '../core/workbook/index';
