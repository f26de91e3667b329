/*
 * An .xlsx/.xlsm package at the zip level: the parts are listed from the central directory, the few we
 * edit are inflated (through the guarded reader in ../zip-guard), and the copy is written with every other
 * entry's compressed bytes copied as they are — no inflate, no recompression, so they stay byte-identical.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { inflateBudget, inflateEntry, readCentralDirectory, type InflateBudget, type ZipEntryInfo } from '../zip-guard';

const SIG_CD = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const U32_MAX = 0xffffffff;

export class PackageError extends Error {
  constructor(
    readonly why: 'zip64' | 'encrypted' | 'method' | 'damaged' | 'too-many',
    readonly part = '',
  ) {
    super(`${why} ${part}`);
    this.name = 'PackageError';
  }
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;

interface RawEntry extends ZipEntryInfo {
  /** The central directory record as stored (46 bytes + name + extra + comment). */
  central: Uint8Array;
  /** The compressed data as stored. */
  data: Uint8Array;
  crc: number;
}

export interface Package {
  /** Part names in the package's order. */
  names: string[];
  has(name: string): boolean;
  /** Inflated bytes of one part (guarded against zip bombs). */
  read(name: string): Uint8Array;
}

/**
 * Opens the package; nothing is inflated until read(). `budget` is the file's inflation budget from the
 * reader (cli/load-workbook.ts), so the parts read again here are not counted twice.
 */
export function openPackage(bytes: Uint8Array, budget: InflateBudget = inflateBudget()): Package & { raw: RawEntry[] } {
  const infos = readCentralDirectory(bytes);
  const raw: RawEntry[] = [];
  // readCentralDirectory has checked bounds; walk it again for the raw records.
  let o = centralStart(bytes);
  for (const e of infos) {
    if (u32(bytes, o) !== SIG_CD) throw new PackageError('damaged', e.name);
    const len = 46 + u16(bytes, o + 28) + u16(bytes, o + 30) + u16(bytes, o + 32);
    if (
      e.size === U32_MAX ||
      e.compressedSize === U32_MAX ||
      e.localOffset === U32_MAX ||
      u32(bytes, o + 42) === U32_MAX
    )
      throw new PackageError('zip64', e.name);
    if (e.flags & 1) throw new PackageError('encrypted', e.name);
    const lh = e.localOffset;
    if (u32(bytes, lh) !== SIG_LOCAL) throw new PackageError('damaged', e.name);
    const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
    if (start + e.compressedSize > bytes.length) throw new PackageError('damaged', e.name);
    raw.push({
      ...e,
      central: bytes.subarray(o, o + len),
      data: bytes.subarray(start, start + e.compressedSize),
      crc: u32(bytes, o + 16),
    });
    o += len;
  }
  if (raw.length >= 0xffff) throw new PackageError('too-many');
  const byName = new Map(raw.map((e) => [e.name, e]));
  return {
    raw,
    names: raw.map((e) => e.name),
    has: (name) => byName.has(name),
    read(name) {
      const e = byName.get(name);
      if (!e) throw new PackageError('damaged', name);
      if (e.method !== 0 && e.method !== 8) throw new PackageError('method', name);
      return inflateEntry(bytes, e, budget);
    },
  };
}

function centralStart(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= stop; o--) if (u32(b, o) === SIG_EOCD) return u32(b, o + 16);
  throw new PackageError('damaged');
}

/**
 * Writes the copy: every original entry in its order (the `replace`d ones with new bytes, the rest raw),
 * then the `add`ed parts. New and replaced parts are deflated; a copied entry keeps its method, bytes and
 * CRC. Local headers are written afresh (sizes in the header, no data descriptor) pointing at the same data.
 */
export function writePackage(
  pkg: ReturnType<typeof openPackage>,
  replace: ReadonlyMap<string, Uint8Array>,
  add: ReadonlyArray<[string, Uint8Array]>,
): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const push = (c: Uint8Array) => {
    chunks.push(c);
    offset += c.length;
  };

  const writeEntry = (
    nameBytes: Uint8Array,
    method: number,
    flags: number,
    time: number,
    date: number,
    crc: number,
    data: Uint8Array,
    size: number,
    central: Uint8Array | null,
  ) => {
    const local = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, SIG_LOCAL, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, flags & ~8, true);
    v.setUint16(8, method, true);
    v.setUint16(10, time, true);
    v.setUint16(12, date, true);
    v.setUint32(14, crc >>> 0, true);
    v.setUint32(18, data.length, true);
    v.setUint32(22, size, true);
    v.setUint16(26, nameBytes.length, true);
    v.setUint16(28, 0, true);
    local.set(nameBytes, 30);
    const at = offset;
    if (at >= U32_MAX) throw new PackageError('zip64');
    push(local);
    push(data);
    let cd: Uint8Array;
    if (central) {
      cd = new Uint8Array(central); // a copy (Buffer.slice would be a view of the input)
    } else {
      cd = new Uint8Array(46 + nameBytes.length);
      cd.set(nameBytes, 46);
      const c = new DataView(cd.buffer);
      c.setUint32(0, SIG_CD, true);
      c.setUint16(4, 20, true);
      c.setUint16(28, nameBytes.length, true);
    }
    const c = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags & ~8, true);
    c.setUint16(10, method, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc >>> 0, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, size, true);
    c.setUint32(42, at, true);
    centrals.push(cd);
  };

  // Native zlib: about 10× fflate's deflate on these parts (bench/workbooks.bench.ts, copy step).
  const deflated = (bytes: Uint8Array) => ({
    data: new Uint8Array(deflateRawSync(bytes, { level: 6 })),
    crc: crc32(bytes),
    size: bytes.length,
  });
  for (const e of pkg.raw) {
    const name = e.central.subarray(46, 46 + u16(e.central, 28));
    const time = u16(e.central, 12);
    const date = u16(e.central, 14);
    const flags = u16(e.central, 8);
    const next = replace.get(e.name);
    if (next) {
      const d = deflated(next);
      writeEntry(name, 8, flags & 0x800, time, date, d.crc, d.data, d.size, e.central);
    } else {
      writeEntry(name, e.method, flags, time, date, e.crc, e.data, e.size, e.central);
    }
  }
  const now = dosTime(new Date());
  for (const [name, bytes] of add) {
    const d = deflated(bytes);
    const nameBytes = enc.encode(name);
    // Bit 11: the name is UTF-8.
    writeEntry(nameBytes, 8, /[^\x20-\x7e]/.test(name) ? 0x800 : 0, now.time, now.date, d.crc, d.data, d.size, null);
  }
  const cdStart = offset;
  for (const cd of centrals) push(cd);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, SIG_EOCD, true);
  v.setUint16(8, centrals.length, true);
  v.setUint16(10, centrals.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  push(eocd);
  const out = new Uint8Array(offset);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
