/*
 * Browser bundle for the task-pane e2e test (test/excel-addin/taskpane.e2e.test.ts): exceljs (browser
 * build) + the same strict fake, installed as the `Excel` global, with a stub `Office` (onReady, display
 * language, requirement sets) and a `CustomFunctions` stub that records associate() ids. Built in memory as
 * an IIFE by the test.
 */
import ExcelJS from 'exceljs';
import { createFakeExcel, type FakeExcel } from './fake-excel';

declare global {
  interface Window {
    __fake?: FakeExcel;
    __associated: string[];
    __ready: Promise<void>;
  }
}

export function install(base64: string, opts: { displayLanguage: string; excelApiMinor?: number }): void {
  const w = window as unknown as Record<string, unknown> & Window;
  w.__associated = [];
  let done!: () => void;
  w.__ready = new Promise<void>((r) => (done = r));
  const minor = opts.excelApiMinor ?? 18;
  w.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: opts.displayLanguage,
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name !== 'ExcelApi' || Number(String(v).split('.')[1] ?? 0) <= minor,
      },
    },
    actions: { associate() {} },
    onReady(cb?: (i: { host: string; platform: string }) => void) {
      return w.__ready.then(() => {
        const info = { host: 'Excel', platform: 'PC' };
        cb?.(info);
        return info;
      });
    },
  };
  class CfError extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  w.CustomFunctions = {
    associate: (id: string) => void w.__associated.push(id),
    Error: CfError,
    ErrorCode: { invalidValue: '#VALUE!' },
  };
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const wb = new ExcelJS.Workbook();
  void wb.xlsx.load(bytes.buffer).then(() => {
    const fake = createFakeExcel(wb, { excelApiMinor: minor });
    w.__fake = fake;
    w.Excel = fake.Excel;
    done();
  });
}
