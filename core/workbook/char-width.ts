/**
 * East Asian wide and full-width characters (CJK ideographs, Hangul, full-width forms): a spreadsheet column
 * shows them about twice as wide as a digit. Used for the template's print layout and the 结果 sheet's widths.
 */
export function isWideChar(codePoint: number): boolean {
  const c = codePoint;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}
