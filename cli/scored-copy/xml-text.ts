/* Small, strict helpers for the few XML parts the scored copy edits by hand. */

/** Characters XML 1.0 forbids are dropped; Excel's own _xHHHH_ escapes in the text are escaped themselves. */
export function xmlText(s: string): string {
  return (
    s
      // XML 1.0 has no way to write these characters, so they are dropped (they are invisible in a cell anyway).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** An attribute value or text with XML's entities decoded (&amp; last, so "&amp;lt;" stays "&lt;"). */
export function decodeEntities(v: string): string {
  return v
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The value of attribute `name` in one start tag, XML entities decoded. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const v = m ? (m[1] ?? m[2]) : undefined;
  return v === undefined ? undefined : decodeEntities(v);
}

/** The namespace prefix ('' or 'x:') the root element uses, e.g. <x:workbook>. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xml);
  return m?.[1] ?? '';
}

/** The prefix bound to a namespace URI anywhere in the document ('' when it is the default). */
export function prefixOf(xml: string, uris: readonly string[]): string | null {
  for (const uri of uris) {
    const m = new RegExp(`xmlns(?::([\\w.-]+))?\\s*=\\s*["']${uri.replace(/[./]/g, '\\$&')}["']`).exec(xml);
    if (m) return m[1] ? `${m[1]}:` : '';
  }
  return null;
}

export const decode = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\ufeff/, '');
export const encode = (s: string) => new TextEncoder().encode(s);

/** A sheet name inside a formula reference: 'It''s'!$A$1. */
export function sheetRefName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
