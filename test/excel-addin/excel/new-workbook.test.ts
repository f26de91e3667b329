import { describe, expect, it } from 'vitest';
import { gbt27922_2011 } from '../../../core/index';
import { openNewAuditWorkbook } from '../../../excel-addin/src/excel/new-workbook';

describe('新建评分表 without ExcelApi 1.8', () => {
  it('says so in the pane’s language', async () => {
    const excel = { run: (() => undefined) as never };
    await expect(openNewAuditWorkbook(excel, gbt27922_2011, 'zh-CN')).rejects.toThrow(
      '此版本的 Excel 不支持新建工作簿',
    );
    await expect(openNewAuditWorkbook(excel, gbt27922_2011, 'en')).rejects.toThrow('cannot create a workbook');
  });
});
