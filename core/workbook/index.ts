// core/workbook: reading (host-agnostic, also exported from core/index.ts) and the exceljs writers
// (exported only here, so the browser extension never bundles exceljs).
export * from './read';
export { gridsFromExcelJs, plainValue, cellValue } from './grids-from-exceljs';
export { buildTemplate, writeTemplate, type TemplateOptions } from './write-template';
