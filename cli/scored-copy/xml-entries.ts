/*
 * The direct children of one list in styles.xml (<fonts>, <fills>, <numFmts>, <cellXfs>) and a canonical
 * form of each, so an entry we are about to append can be recognised when an identical one is already there.
 */

import { decodeEntities } from './xml-text';

// One markup token: a comment, a processing instruction, or a start/end/empty tag. Attribute values may hold
// '>' and '/' (a number format such as [>=100]0 is legal unescaped), so quoted values are matched whole.
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The direct children named `prefix + child` in a list's body, as their XML text, in document order. */
export function childElements(body: string, prefix: string, child: string): string[] {
  const name = prefix + child;
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (const t of body.matchAll(TOKEN)) {
    if (t[2] === undefined) continue; // comment or processing instruction
    const [whole, closing, tag, , empty] = t;
    if (closing) {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(body.slice(start, t.index + whole.length));
        start = -1;
      }
    } else if (empty) {
      if (depth === 0 && tag === name) out.push(whole);
    } else {
      if (depth === 0 && tag === name) start = t.index;
      depth++;
    }
  }
  return out;
}

/**
 * A canonical form of one element: the main namespace prefix dropped, attributes sorted by name with their
 * values decoded, <a/> and <a></a> alike, whitespace between tags and comments ignored. So attribute order
 * and the list's prefix (x: or none) do not matter. Not matched, on purpose (they would need knowledge of
 * each element's defaults): a default attribute written out or left out (<b/> vs <b val="1"/>), the same
 * value spelt differently (val="true" vs "1", sz val="11" vs "11.0"), children another program adds
 * (LibreOffice's <family>/<charset> in a font, every alignment default in an xf). After such a rewrite our
 * entries are appended once more; the next scoring finds those copies, so the lists stop growing.
 */
export function canonicalElement(xml: string, prefix: string): string {
  const local = (tag: string) => (prefix && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag);
  let out = '';
  let last = 0;
  for (const t of xml.matchAll(TOKEN)) {
    const text = xml.slice(last, t.index).trim();
    if (text) out += decodeEntities(text);
    last = t.index + t[0].length;
    if (t[2] === undefined) continue;
    const [, closing, tag, attrs, empty] = t;
    if (closing) {
      out += `</${local(tag!)}>`;
      continue;
    }
    const sorted = [...attrs!.matchAll(ATTRIBUTE)]
      .map((a) => [a[1]!, decodeEntities(a[2] ?? a[3] ?? '')] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([n, v]) => ` ${n}=${JSON.stringify(v)}`)
      .join('');
    out += `<${local(tag!)}${sorted}>` + (empty ? `</${local(tag!)}>` : '');
  }
  return out;
}
