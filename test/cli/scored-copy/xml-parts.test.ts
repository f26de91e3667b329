/* The hand edits of the few XML parts the copy touches, on the shapes other writers use. */
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, resultSheet, score } from '../../../core/index';
import { addRelationship, editAppProps, editWorkbook, readWorkbook } from '../../../cli/scored-copy/register-sheet';
import { sheetPartXml } from '../../../cli/scored-copy/sheet-part';
import { appendStyles } from '../../../cli/scored-copy/styles-part';
import { xmlText } from '../../../cli/scored-copy/xml-text';

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
// docProps/app.xml as Excel writes it: a heading pair counting the sheets, then the sheet titles, then named ranges.
const EXCEL_APP =
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}">` +
  '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant>' +
  '<vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant>' +
  '<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>评分表</vt:lpstr><vt:lpstr>汇总</vt:lpstr>' +
  '<vt:lpstr>分值合计</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

describe('package parts', () => {
  it('adds the new title after the sheets in an Excel-style app.xml and counts it', () => {
    const out = editAppProps(EXCEL_APP, 2, '结果')!;
    expect(out).toContain('<vt:i4>3</vt:i4>');
    expect(out).toContain(
      '<vt:vector size="4" baseType="lpstr"><vt:lpstr>评分表</vt:lpstr><vt:lpstr>汇总</vt:lpstr><vt:lpstr>结果</vt:lpstr><vt:lpstr>分值合计</vt:lpstr>',
    );
    expect(out).toContain('<vt:variant><vt:i4>1</vt:i4></vt:variant>'); // the named ranges' count is left alone
    // A shape it does not recognise (counts that do not match) is left unchanged.
    expect(editAppProps(EXCEL_APP, 3, '结果')).toBeNull();
  });

  it('reads sheets and defined names with a prefixed main namespace, and appends without renumbering', () => {
    const wb =
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<x:sheets><x:sheet name="评分表" sheetId="3" r:id="rId1"/></x:sheets>' +
      '<x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="0">评分表!$A$1:$D$9</x:definedName></x:definedNames></x:workbook>';
    expect(readWorkbook(wb)).toEqual({ sheets: [{ name: '评分表', sheetId: 3, rid: 'rId1', index: 0 }], ours: null });
    const layout = resultSheet(score(gbt27922_2011, { responses: [] }));
    const out = editWorkbook(wb, layout, { index: 1, name: "O'Brien" }, { sheetId: 4, rid: 'rId9' });
    expect(out).toContain(`<x:sheet name="O'Brien" sheetId="4"`);
    expect(out).toContain('评分表!$A$1:$D$9</x:definedName>'); // the body's own print area untouched
    expect(out).toContain(
      `<x:definedName name="_gbt27922_result" localSheetId="1" hidden="1">'O''Brien'!$A$1</x:definedName>`,
    );
    expect(readWorkbook(out).ours).toBe(1);
    const rels = addRelationship(
      '<Relationships><Relationship Id="rId1"/><Relationship Id="rId2"/></Relationships>',
      'worksheets/sheet2.xml',
    );
    expect(rels.rid).toBe('rId3');
  });

  it('keeps text as text: markup escaped, Excel’s own _xHHHH_ escapes escaped, control characters dropped', () => {
    expect(xmlText('<b>&"')).toBe('&lt;b&gt;&amp;&quot;');
    expect(xmlText('a_x0041_b')).toBe('a_x005F_x0041_b');
    expect(xmlText('a\u0001b\u0007c')).toBe('abc');
    const layout = resultSheet(score(gbt27922_2011, { responses: [] }), {
      facts: { organisation: '=HYPERLINK("http://x","y")' },
    });
    const { xf } = appendStyles(
      '<styleSheet><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><cellXfs count="1"><xf/></cellXfs></styleSheet>',
      layout,
    );
    const xml = sheetPartXml(layout, xf);
    expect(xml).toContain(
      't="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is>',
    );
    expect(xml).not.toContain('<f>');
  });

  it('appends styles after the existing ones, even when a count attribute is stale', () => {
    const layout = resultSheet(score(gbt27922_2011, { responses: [] }));
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts><fonts count="9"><font/><font/></fonts>' +
      '<fills count="2"><fill/><fill/></fills><cellXfs count="1"><xf/><xf/><xf/></cellXfs></styleSheet>';
    const { xml, xf } = appendStyles(styles, layout);
    expect(Math.min(...xf.values())).toBe(3); // after the 3 cell formats present, whatever count said
    expect(xml).toMatch(/<fonts count="\d+"><font\/><font\/><font>/);
    expect(xml).toContain('<numFmt numFmtId="170" formatCode="0.000"/><numFmt numFmtId="171"');
  });
});
