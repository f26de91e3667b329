/*
 * core's second entry: the exceljs side. Grids from an exceljs workbook and the blank template (the
 * scored copy is written at package level by cli/scored-copy, without exceljs). Kept apart from core/index.ts so that the browser extension and the add-in never
 * bundle exceljs, and the CLI loads it (~0.3 s) only when a command writes or must read with exceljs.
 */
export { gridsFromExcelJs, plainValue, cellValue } from './workbook/grids-from-exceljs';
export { buildTemplate, writeTemplate, type TemplateOptions } from './workbook/write-template';
