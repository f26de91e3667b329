/*
 * The scored copy: the original package plus one worksheet part for 结果 (core's layout), with only the
 * edits that register a sheet — xl/workbook.xml, xl/_rels/workbook.xml.rels, [Content_Types].xml,
 * docProps/app.xml — and xl/styles.xml appended to. Every other part (charts, drawings, images, comments and
 * VML, pivot tables, external links, custom XML, vbaProject.bin …) is copied without being inflated.
 * Scoring a scored copy again rewrites our own sheet in place (found by its marker name, never by its title);
 * a body's own sheet called 结果 is kept and ours becomes 结果 (2).
 */
import { resultSheet, sheetName, type AuditResult, type ResultSheetOptions } from '../core-api';
import { ZipProblem, type InflateBudget } from '../zip-guard';
import { sheetPartXml } from './sheet-part';
import {
  addContentType,
  addRelationship,
  editAppProps,
  editWorkbook,
  readWorkbook,
  relationshipTarget,
  WORKSHEET_TYPE,
} from './register-sheet';
import { appendStyles, EMPTY_STYLES } from './styles-part';
import { decode, encode } from './xml-text';
import { openPackage, PackageError, writePackage } from './zip-package';

/** Why a copy could not be made, in a word; ./messages.ts has the sentence and what to do for each. */
export type CopyFailure = 'not-a-package' | 'encrypted' | 'too-large' | 'damaged' | 'unusual' | 'no-workbook';

export class ScoredCopyError extends Error {
  constructor(
    readonly why: CopyFailure,
    readonly part = '',
  ) {
    super(`scored copy: ${why}${part ? ` (${part})` : ''}`);
    this.name = 'ScoredCopyError';
  }
}

export interface ScoredCopyOptions extends ResultSheetOptions {
  /** The file's inflation budget from the reader (parts read twice are counted once). */
  budget?: InflateBudget;
}

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const APP = 'docProps/app.xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';

export function writeScoredCopy(input: Uint8Array, result: AuditResult, options: ScoredCopyOptions = {}): Uint8Array {
  try {
    return build(input, result, options);
  } catch (e) {
    if (e instanceof ScoredCopyError) throw e;
    throw new ScoredCopyError(...failureOf(e));
  }
}

function failureOf(e: unknown): [CopyFailure, string] {
  if (e instanceof PackageError)
    return [
      e.why === 'encrypted' ? 'encrypted' : e.why === 'zip64' || e.why === 'too-many' ? 'too-large' : 'damaged',
      e.part,
    ];
  if (e instanceof ZipProblem)
    return [
      e.code === 'zip-encrypted' ? 'encrypted' : e.code === 'zip-bomb' ? 'too-large' : 'damaged',
      String(e.params.name ?? ''),
    ];
  // A styles or workbook part we cannot extend without guessing (StylesError, RegisterError), a part that is not
  // UTF-8 text, or anything else not foreseen: the workbook is unusual, and saving it again normalises it.
  return ['unusual', ''];
}

function build(input: Uint8Array, result: AuditResult, options: ScoredCopyOptions): Uint8Array {
  const lang = options.lang ?? 'zh-CN';
  let pkg: ReturnType<typeof openPackage>;
  try {
    pkg = openPackage(input, options.budget);
  } catch (e) {
    if (e instanceof ZipProblem && e.code === 'truncated') throw new ScoredCopyError('not-a-package');
    throw e;
  }
  if (!pkg.has(CONTENT_TYPES) || !pkg.has(WORKBOOK_RELS)) throw new ScoredCopyError('no-workbook');
  const rels0 = decode(pkg.read(WORKBOOK_RELS));
  const workbookPart = rootWorkbookPart(pkg);
  const wbXml = decode(pkg.read(workbookPart));
  // Strict Open XML (ISO 29500 strict namespaces) would need a strict sheet part too: asked to save as standard .xlsx.
  if (wbXml.includes('http://purl.oclc.org/ooxml/spreadsheetml/main'))
    throw new ScoredCopyError('unusual', workbookPart);
  const info = readWorkbook(wbXml);
  if (!info.sheets.length) throw new ScoredCopyError('no-workbook');

  const { budget: _budget, ...sheetOptions } = options;
  const layout = resultSheet(result, { ...sheetOptions, lang });
  const replace = new Map<string, Uint8Array>();
  const add: [string, Uint8Array][] = [];
  const types0 = decode(pkg.read(CONTENT_TYPES));
  let types = types0;
  let rels = rels0;

  // Styles: appended to, or a minimal part created when the package has none.
  let stylesPart = stylesTarget(rels);
  let stylesXml: string;
  if (stylesPart && pkg.has(stylesPart)) stylesXml = decode(pkg.read(stylesPart));
  else {
    stylesPart = 'xl/styles.xml';
    stylesXml = EMPTY_STYLES;
    rels = addRelationship(rels, 'styles.xml', REL_STYLES).xml;
    types = addContentType(types, stylesPart, STYLES_TYPE);
  }
  const styles = appendStyles(stylesXml, layout);

  const existing = info.ours === null ? null : info.sheets[info.ours]!;
  const existingPart = existing ? relationshipTarget(rels, existing.rid) : null;
  if (existing && existingPart && pkg.has(existingPart)) {
    // Ours already: rewrite its part and its defined names, keep its place and title.
    replace.set(existingPart, encode(sheetPartXml(layout, styles.xf)));
    replace.set(workbookPart, encode(editWorkbook(wbXml, layout, { index: existing.index, name: existing.name })));
  } else {
    const base = sheetName('result', lang);
    const taken = new Set(info.sheets.map((s) => s.name.toLowerCase()));
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
    let n = 1;
    while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    const rel = addRelationship(rels, `worksheets/sheet${n}.xml`);
    rels = rel.xml;
    const sheetId = Math.max(0, ...info.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
    replace.set(
      workbookPart,
      encode(editWorkbook(wbXml, layout, { index: info.sheets.length, name }, { sheetId, rid: rel.rid })),
    );
    types = addContentType(types, part, WORKSHEET_TYPE);
    add.push([part, encode(sheetPartXml(layout, styles.xf))]);
    if (pkg.has(APP)) {
      const app = editAppProps(decode(pkg.read(APP)), info.sheets.length, name);
      if (app !== null) replace.set(APP, encode(app));
    }
  }
  if (pkg.has(stylesPart)) replace.set(stylesPart, encode(styles.xml));
  else add.push([stylesPart, encode(styles.xml)]);
  if (rels !== rels0) replace.set(WORKBOOK_RELS, encode(rels));
  if (types !== types0) replace.set(CONTENT_TYPES, encode(types));
  return writePackage(pkg, replace, add);
}

/** The workbook part named by the package's root relationships (xl/workbook.xml almost always). */
function rootWorkbookPart(pkg: ReturnType<typeof openPackage>): string {
  if (pkg.has('_rels/.rels')) {
    const rels = decode(pkg.read('_rels/.rels'));
    const m = /<Relationship\s[^>]*officeDocument"[^>]*>|<Relationship\s[^>]*\/officeDocument['"][^>]*>/.exec(rels);
    const target = m ? /Target\s*=\s*["']([^"']+)["']/.exec(m[0])?.[1] : undefined;
    const part = target?.replace(/^\//, '');
    if (part === 'xl/workbook.xml' && pkg.has(part)) return part;
    if (part && part !== 'xl/workbook.xml') throw new ScoredCopyError('unusual', part);
  }
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw new ScoredCopyError('no-workbook');
}

function stylesTarget(rels: string): string | null {
  const m = new RegExp(`<Relationship\\s[^>]*Type\\s*=\\s*["']${REL_STYLES.replace(/[./]/g, '\\$&')}["'][^>]*>`).exec(
    rels,
  );
  const t = m ? /Target\s*=\s*["']([^"']+)["']/.exec(m[0])?.[1] : undefined;
  return t ? (t.startsWith('/') ? t.slice(1) : `xl/${t}`) : null;
}
