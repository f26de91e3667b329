/* A copy that cannot be made says why and what to do, in the user's language; no library text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gbt27922_2011, score } from '../../../core/index';
import { COPY_MESSAGES, copyFailureMessage } from '../../../cli/scored-copy/messages';
import { ScoredCopyError, writeScoredCopy, type CopyFailure } from '../../../cli/scored-copy/write-scored-copy';
import { FIXTURES } from './support';

const result = score(gbt27922_2011, { responses: [] });
const failure = (bytes: Uint8Array): CopyFailure => {
  try {
    writeScoredCopy(bytes, result);
  } catch (e) {
    expect(e).toBeInstanceOf(ScoredCopyError);
    return (e as ScoredCopyError).why;
  }
  throw new Error('a copy was written');
};

describe('scored copy failures', () => {
  it('names each failure', () => {
    expect(failure(strToU8('not a zip at all'))).toBe('not-a-package');
    const good = new Uint8Array(readFileSync(join(FIXTURES, 'body-pivot.xlsx')));
    expect(failure(good.subarray(0, good.length - 300))).toBe('not-a-package'); // cut short: no end record
    expect(failure(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('no-workbook');
    // An entry marked encrypted (general-purpose flag bit 0) in the central directory.
    const enc = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const cd = Buffer.from(enc).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    enc[cd + 8] = enc[cd + 8]! | 1;
    expect(failure(enc)).toBe('encrypted');
    // A workbook part without <sheets> cannot take one more sheet without guessing.
    const odd = zipSync({
      '[Content_Types].xml': strToU8('<Types></Types>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook><sheet name="A" sheetId="1" r:id="rId1"/></workbook>'),
    });
    expect(failure(odd)).toBe('unusual');
    // Strict Open XML: a transitional sheet part would not belong in it.
    const strict = zipSync({
      '[Content_Types].xml': strToU8('<Types></Types>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships></Relationships>'),
      'xl/workbook.xml': strToU8(
        '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>',
      ),
    });
    expect(failure(strict)).toBe('unusual');
  });

  it('has a message for every failure in both languages, saying what to do', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(Object.keys(COPY_MESSAGES[lang]).sort()).toEqual(Object.keys(COPY_MESSAGES['zh-CN']).sort());
      for (const why of Object.keys(COPY_MESSAGES[lang]) as CopyFailure[]) {
        const msg = copyFailureMessage(lang, why, 'xl/workbook.xml');
        expect(msg).not.toMatch(/\{\w+\}|undefined|Error|TypeError/);
        expect(msg).toMatch(lang === 'zh-CN' ? /：.+。.*请/ : /: .+\. [A-Z]/);
      }
    }
  });
});
