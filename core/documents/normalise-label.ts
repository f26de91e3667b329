/*
 * Label text → comparable key. Form labels carry decoration that says nothing about which document
 * is meant: required stars, "（必填）", "请上传", "扫描件", 《》, numbering. Aliases go through the same
 * function, so both sides shrink the same way.
 */

// Notes in brackets that only say whether the field is required, or how to upload.
const BRACKET_NOTES =
  /[(（[【]\s*(必填|选填|必传|选传|可选|非必填|如有|如适用|若有|有则上传|加盖公章|盖章|required|optional)\s*[)）\]】]/gi;

// The same notes outside brackets or inside a longer note ("（必填，加盖公章）").
const NOTE_WORDS = /非必填|必填|选填|必传|选传|加盖公章|需盖章/g;

// Punctuation and symbols (after NFKC, full-width forms are already half-width).
const PUNCTUATION = /[\s*＊:：,，.。;；、!！?？'"“”‘’`~·•\-—–_/\\|()[\]{}<>《》〈〉【】「」『』〔〕+=#%&^@$]/g;

// List numbering, read before punctuation goes: "1.", "2、", "(3)", "一、", "四：". Not "3C证书".
const NUMBERING = /^[\s*]*[(（]?[0-9一二三四五六七八九十]{1,3}\s*[)）.、,:：\s]\s*/;
// Leading words: "请上传", "上传", "附件1".
const LEADING = [/^(请上传|请提供|请选择|上传|提供)/, /^附件[0-9一二三四五六七八九十]*/];
// Trailing words: the kind of copy or the act of uploading.
// Not 文件: it is the head noun of 体系文件, 程序文件, 投标文件 (售后服务体系文件 must keep it).
const TRAILING = [/(上传|扫描件|复印件|影印件|原件|附件|照片)$/];

const MIN_KEEP = 3;

/** Drop a file extension: "营业执照.pdf" → "营业执照". */
export function stripExtension(fileName: string): string {
  return fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

const AFFIXES = [...LEADING, ...TRAILING];

// A check runs every label through here once per rule it tries, and a watched page is checked again on
// every change: each distinct text is normalised once. Bounded (cleared when full; long texts not kept).
const CACHE = new Map<string, string>();
const CACHE_MAX = 20_000;

/**
 * Normalise a form label (or an alias, or a file name without extension) for matching:
 * full-width → half-width, lower case, without spaces, punctuation, brackets, required markers,
 * "（必填）"-style notes, and leading/trailing words such as 请上传 / 扫描件 / 复印件 / 文件.
 */
export function normaliseLabel(text: string): string {
  const input = text ?? '';
  const hit = CACHE.get(input);
  if (hit !== undefined) return hit;
  let s = input.normalize('NFKC').toLowerCase();
  s = s.replace(BRACKET_NOTES, '').replace(NUMBERING, '');
  s = s.replace(PUNCTUATION, '').replace(NOTE_WORDS, '');
  // Strip repeatedly ("请上传营业执照复印件扫描件"), but keep at least MIN_KEEP characters so that
  // short names such as 体系文件 or 其他附件 stay recognisable.
  for (let changed = true; changed;) {
    changed = false;
    for (const re of AFFIXES) {
      const next = s.replace(re, '');
      if (next !== s && next.length >= MIN_KEEP) {
        s = next;
        changed = true;
      }
    }
  }
  if (input.length <= 200) {
    if (CACHE.size >= CACHE_MAX) CACHE.clear();
    CACHE.set(input, s);
  }
  return s;
}
