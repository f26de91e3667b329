// core/workbook's exceljs side (writers, exceljs → grids). Import it dynamically: loading exceljs
// costs ~0.3 s per thread, which scoring with the direct reader never needs.
export { gridsFromExcelJs, writeTemplate, type TemplateOptions } from '../core/writers';
