/**
 * The slice of the Office.js Excel namespace the add-in calls. The task pane passes the real `Excel`;
 * tests pass the exceljs-backed fake (test/support/fake-excel.ts).
 */
export interface ExcelHost {
  run: typeof Excel.run;
  createWorkbook?: (base64?: string) => Promise<void>;
}

/** ExcelApi 1.x requirement-set check; false outside Office (the pane then degrades, never crashes). */
export function excelApiSupported(minor: number): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', `1.${minor}`);
  } catch {
    return false;
  }
}
