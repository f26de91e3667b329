/*
 * Reads an .xlsx (a zip) without trusting it. The central directory is checked before anything is
 * inflated (entry count, declared sizes, compression ratio), then each entry is inflated by zlib with
 * its output capped at the declared size (+1 byte to catch a lie), so a zip bomb or a lying header
 * stops at the cap without the memory for more ever being taken.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /**
   * The file's inflation budget: the sum of uncompressed sizes over all parts, declared and actual,
   * shared by everything that unpacks the same file (the reader, exceljs's guard, the scored-copy writer).
   */
  maxTotalBytes: number;
  /** Above this size an entry must not compress better than maxRatio. */
  ratioCheckAbove: number;
  maxRatio: number;
}

// An audit workbook is ~30 entries and well under 1 MiB unpacked; a 1,000,000-row sheet is ~40 MiB.
// Real xlsx XML compresses 5–30×; deflate of a constant stream reaches ~1000×. 64 MiB keeps a worker
// (file bytes + inflated parts + their text) inside its memory budget (cli/worker-pool.ts).
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalBytes: 64 * 1024 * 1024,
  ratioCheckAbove: 5 * 1024 * 1024,
  maxRatio: 100,
};

export type ZipProblemCode =
  'truncated' | 'zip-bomb' | 'too-large-unpacked' | 'zip-encrypted' | 'zip-unsupported' | 'corrupt';

/** Why, in a word; cli/messages.ts has the sentence for each (`zip.<why>`). */
export type ZipWhy =
  | 'no-eocd'
  | 'zip64-locator'
  | 'zip64-outside'
  | 'entries'
  | 'total-ratio'
  | 'cd-outside'
  | 'cd-damaged'
  | 'declared-total'
  | 'ratio'
  | 'local-outside'
  | 'data-cut'
  | 'lying'
  | 'running-total'
  | 'inflate-error'
  | 'size-mismatch'
  | 'encrypted-entry'
  | 'method';

export class ZipProblem extends Error {
  constructor(
    readonly code: ZipProblemCode,
    readonly why: ZipWhy,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}/${why} ${JSON.stringify(params)}`);
    this.name = 'ZipProblem';
  }
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CD = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= stop; o--) if (u32(b, o) === SIG_EOCD) return o;
  return -1;
}

/** Lists the entries from the central directory; throws ZipProblem when the file is cut short or implausible. */
export function readCentralDirectory(b: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  const eocd = findEocd(b);
  if (eocd < 0) throw new ZipProblem('truncated', 'no-eocd');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === U32_MAX || cdSize === U32_MAX) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_EOCD64_LOCATOR) throw new ZipProblem('corrupt', 'zip64-locator');
    const e64 = u64(b, loc + 8);
    if (e64 + 56 > b.length || u32(b, e64) !== SIG_EOCD64) throw new ZipProblem('truncated', 'zip64-outside');
    count = u64(b, e64 + 32);
    cdSize = u64(b, e64 + 40);
    cdOffset = u64(b, e64 + 48);
  }
  if (count > limits.maxEntries) throw new ZipProblem('zip-bomb', 'entries', { count, limit: limits.maxEntries });
  if (cdOffset + cdSize > b.length) throw new ZipProblem('truncated', 'cd-outside');

  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > b.length || u32(b, o) !== SIG_CD) throw new ZipProblem('corrupt', 'cd-damaged', { index: i });
    const flags = u16(b, o + 8);
    const method = u16(b, o + 10);
    let compressedSize = u32(b, o + 20);
    let size = u32(b, o + 24);
    const nameLen = u16(b, o + 28);
    const extraLen = u16(b, o + 30);
    const commentLen = u16(b, o + 32);
    let localOffset = u32(b, o + 42);
    const name = new TextDecoder().decode(b.subarray(o + 46, o + 46 + nameLen));
    if (size === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
      // zip64 extra field (id 1): the 64-bit values appear in this order, only for fields set to 0xFFFFFFFF.
      let x = o + 46 + nameLen;
      const end = x + extraLen;
      while (x + 4 <= end) {
        const id = u16(b, x);
        const len = u16(b, x + 2);
        if (id === 1) {
          let p = x + 4;
          if (size === U32_MAX) {
            size = u64(b, p);
            p += 8;
          }
          if (compressedSize === U32_MAX) {
            compressedSize = u64(b, p);
            p += 8;
          }
          if (localOffset === U32_MAX) localOffset = u64(b, p);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    // The part's own ratio first: it names the part that is the bomb.
    if (size > limits.ratioCheckAbove && size > compressedSize * limits.maxRatio) {
      throw new ZipProblem('zip-bomb', 'ratio', {
        name,
        size: mib(size),
        packed: Math.max(1, Math.round(compressedSize / 1024)),
        limit: limits.maxRatio,
      });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      // Over the budget from a file of its own size (honest text compresses < 100×) is big, not a bomb.
      const code = total > b.length * limits.maxRatio ? 'zip-bomb' : 'too-large-unpacked';
      throw new ZipProblem(code, 'declared-total', { size: mib(total), limit: mib(limits.maxTotalBytes) });
    }
    o += 46 + nameLen + extraLen + commentLen;
  }
  // Many parts just under the per-part check (50 × 5 MiB of one byte) are one bomb together.
  if (total > limits.ratioCheckAbove && total > b.length * limits.maxRatio)
    throw new ZipProblem('zip-bomb', 'total-ratio', {
      size: mib(total),
      packed: Math.max(1, Math.round(b.length / 1024)),
      limit: limits.maxRatio,
    });
  return entries;
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
}

/**
 * One file's inflation budget, shared by every pass that unpacks it (the reader, the whole-zip guard
 * before exceljs, the scored-copy writer): a part is counted once however often it is inflated, and
 * the sum over all parts stays within ZipLimits.maxTotalBytes.
 */
export class InflateBudget {
  private readonly counted = new Map<string, number>();
  private usedBytes = 0;

  constructor(readonly limit: number = DEFAULT_ZIP_LIMITS.maxTotalBytes) {}

  get used(): number {
    return this.usedBytes;
  }

  /** Counts `bytes` for part `name` (once per part); throws ZipProblem zip-bomb/running-total past the limit. */
  take(name: string, bytes: number): void {
    const before = this.counted.get(name) ?? 0;
    if (bytes <= before) return;
    if (this.usedBytes - before + bytes > this.limit)
      throw new ZipProblem('zip-bomb', 'running-total', { limit: mib(this.limit) });
    this.usedBytes += bytes - before;
    this.counted.set(name, bytes);
  }
}

/** A budget for one file under these limits. */
export function inflateBudget(limits: ZipLimits = DEFAULT_ZIP_LIMITS): InflateBudget {
  return new InflateBudget(limits.maxTotalBytes);
}

/**
 * Inflates one entry listed by readCentralDirectory, under the file's budget: output capped at the
 * declared size (+1 byte to catch a lie), the actual size checked, the bytes counted. The scored-copy
 * writer calls this for the parts it edits, with the budget the reader used.
 */
export function inflateEntry(b: Uint8Array, e: ZipEntryInfo, budget: InflateBudget): Uint8Array {
  if (e.flags & 1) throw new ZipProblem('zip-encrypted', 'encrypted-entry', { name: e.name });
  if (e.method !== 0 && e.method !== 8)
    throw new ZipProblem('zip-unsupported', 'method', { name: e.name, method: e.method });
  const lh = e.localOffset;
  if (lh + 30 > b.length || u32(b, lh) !== SIG_LOCAL)
    throw new ZipProblem('truncated', 'local-outside', { name: e.name });
  const start = lh + 30 + u16(b, lh + 26) + u16(b, lh + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new ZipProblem('truncated', 'data-cut', { name: e.name });
  const raw = b.subarray(start, end);
  if (e.method === 0) {
    if (raw.length !== e.size)
      throw new ZipProblem('corrupt', 'size-mismatch', { name: e.name, got: raw.length, size: e.size });
    budget.take(e.name, raw.length);
    return raw;
  }
  // Refuse before inflating when the declared size alone would break the budget.
  budget.take(e.name, e.size);
  let inflated: Buffer;
  try {
    // Native zlib (several times fflate's speed); maxOutputLength makes it stop one byte past the declared size.
    // One output chunk of the declared size: zlib hands it back as is, instead of gathering 16 KiB
    // chunks and copying them into one buffer (twice the part's size at the peak).
    inflated = inflateRawSync(raw, { maxOutputLength: e.size + 1, chunkSize: Math.max(64, e.size + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipProblem('zip-bomb', 'lying', { name: e.name, size: e.size });
    // zlib's own words ("invalid distance too far back") say nothing to a user: the part's name does.
    throw new ZipProblem('corrupt', 'inflate-error', { name: e.name });
  }
  const got = inflated.length;
  // A header that lies about the size is itself the warning sign of a bomb.
  if (got > e.size) throw new ZipProblem('zip-bomb', 'lying', { name: e.name, size: e.size });
  if (got !== e.size) throw new ZipProblem('corrupt', 'size-mismatch', { name: e.name, got, size: e.size });
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
}

const DTD = Buffer.from('<!DOCTYPE');

/**
 * Whether an XML part carries a document type declaration. OOXML never has one (ECMA-376 Part 2
 * §8.1.4 forbids DTDs in package parts); one in a workbook is an entity-expansion or external-entity
 * attempt, refused whole. "<!" cannot be cell text (it would be escaped as &lt;!).
 */
export function hasDtd(part: Uint8Array): boolean {
  return Buffer.from(part.buffer, part.byteOffset, part.byteLength).indexOf(DTD) >= 0;
}

/**
 * Inflates the entries the filter keeps (all by default), enforcing the declared sizes and the
 * file's budget (a fresh one unless given). Returns name → bytes.
 */
export function safeUnzip(
  b: Uint8Array,
  options: { limits?: ZipLimits; filter?: (e: ZipEntryInfo) => boolean; budget?: InflateBudget } = {},
): Map<string, Uint8Array> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  const budget = options.budget ?? inflateBudget(limits);
  const entries = readCentralDirectory(b, limits);
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith('/')) {
      // A folder entry has no data, but its header must still be where the directory says.
      if (e.localOffset + 30 > b.length || u32(b, e.localOffset) !== SIG_LOCAL)
        throw new ZipProblem('truncated', 'local-outside', { name: e.name });
      continue;
    }
    if (options.filter && !options.filter(e)) continue;
    out.set(e.name, inflateEntry(b, e, budget));
  }
  return out;
}
