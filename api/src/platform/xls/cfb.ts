/**
 * Reads one stream out of a Compound File Binary container (MS-CFB), the envelope of Excel 97–2003 `.xls` files.
 * Only what reading needs: header, DIFAT → FAT, directory, mini stream. Every chain walk is bounded, so a
 * damaged or hostile file ends in an XlsError, never in a loop or an out-of-range read.
 */
export class XlsError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_SLOTS = 109;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: Uint32Array;
  private readonly entries: DirectoryEntry[];
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;

  constructor(private readonly bytes: Uint8Array) {
    if (!isCompoundFile(bytes)) throw new XlsError('不是 Excel 97–2003 文件（缺少复合文档标识）');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sectorShift = this.view.getUint16(0x1e, true);
    const miniShift = this.view.getUint16(0x20, true);
    if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw new XlsError('复合文档扇区大小不合法');
    this.sectorSize = 1 << sectorShift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = this.view.getUint32(0x38, true);
    this.fat = this.readFat();
    this.entries = this.readDirectory(this.view.getUint32(0x30, true));
  }

  /** The bytes of the first stream whose name matches (case-insensitive), or null. */
  stream(...names: string[]): Uint8Array | null {
    const wanted = names.map((n) => n.toLowerCase());
    const entry = this.entries.find((e) => e.type === 2 && wanted.includes(e.name.toLowerCase()));
    if (!entry) return null;
    if (entry.size < this.miniCutoff) return this.readMini(entry.start, entry.size);
    return this.readChain(entry.start, entry.size);
  }

  private sectorBytes(n: number): Uint8Array {
    const start = (n + 1) * this.sectorSize;
    if (start >= this.bytes.length) throw new XlsError(`复合文档已损坏：扇区 ${n} 超出文件范围`);
    // The last sector of a file may be cut short; the stream's declared size decides what is read.
    return this.bytes.subarray(start, Math.min(start + this.sectorSize, this.bytes.length));
  }

  private readFat(): Uint32Array {
    const fatSectorCount = this.view.getUint32(0x2c, true);
    const fatSectors: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_SLOTS && fatSectors.length < fatSectorCount; i++) {
      const s = this.view.getUint32(0x4c + i * 4, true);
      if (s !== FREE_SECTOR) fatSectors.push(s);
    }
    let difat = this.view.getUint32(0x44, true);
    const perDifat = this.sectorSize / 4 - 1;
    for (let guard = 0; fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE_SECTOR; guard++) {
      if (guard > this.bytes.length / this.sectorSize) throw new XlsError('复合文档已损坏：DIFAT 链成环');
      const sector = this.sectorBytes(difat);
      const dv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
      for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) {
        const s = dv.getUint32(i * 4, true);
        if (s !== FREE_SECTOR) fatSectors.push(s);
      }
      difat = dv.getUint32(perDifat * 4, true);
    }
    const fat = new Uint32Array(fatSectors.length * (this.sectorSize / 4));
    fatSectors.forEach((s, i) => {
      const sector = this.sectorBytes(s);
      const dv = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
      for (let j = 0; j < sector.byteLength / 4; j++) fat[i * (this.sectorSize / 4) + j] = dv.getUint32(j * 4, true);
    });
    return fat;
  }

  private chain(start: number, table: Uint32Array): number[] {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && s !== FREE_SECTOR; s = table[s]!) {
      if (s >= table.length || out.length > table.length) throw new XlsError('复合文档已损坏：扇区链断裂或成环');
      out.push(s);
    }
    return out;
  }

  private readChain(start: number, size?: number): Uint8Array {
    const sectors = this.chain(start, this.fat);
    const out = new Uint8Array(sectors.length * this.sectorSize);
    sectors.forEach((s, i) => out.set(this.sectorBytes(s), i * this.sectorSize));
    if (size === undefined) return out;
    if (size > out.length) throw new XlsError('复合文档已损坏：流长度超过其扇区');
    return out.subarray(0, size);
  }

  private readDirectory(start: number): DirectoryEntry[] {
    const dir = this.readChain(start);
    const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    const entries: DirectoryEntry[] = [];
    for (let off = 0; off + 128 <= dir.length; off += 128) {
      const nameBytes = Math.min(dv.getUint16(off + 64, true), 64);
      const name = new TextDecoder('utf-16le').decode(dir.subarray(off, off + Math.max(0, nameBytes - 2)));
      // Sizes above 4 GiB cannot occur in a workbook we accept; the high word is ignored.
      entries.push({ name, type: dir[off + 66]!, start: dv.getUint32(off + 116, true), size: dv.getUint32(off + 120, true) });
    }
    if (!entries[0] || entries[0].type !== 5) throw new XlsError('复合文档已损坏：缺少根目录');
    return entries;
  }

  private readMini(start: number, size: number): Uint8Array {
    if (!this.miniFat) {
      const first = this.view.getUint32(0x3c, true);
      const raw = first === END_OF_CHAIN ? new Uint8Array(0) : this.readChain(first);
      const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      this.miniFat = new Uint32Array(raw.length / 4).map((_, i) => dv.getUint32(i * 4, true));
      const root = this.entries[0]!;
      this.miniStream = root.size ? this.readChain(root.start, root.size) : new Uint8Array(0);
    }
    const sectors = this.chain(start, this.miniFat);
    const out = new Uint8Array(sectors.length * this.miniSectorSize);
    sectors.forEach((s, i) => {
      const from = s * this.miniSectorSize;
      if (from + this.miniSectorSize > this.miniStream!.length) throw new XlsError('复合文档已损坏：小流扇区超出范围');
      out.set(this.miniStream!.subarray(from, from + this.miniSectorSize), i * this.miniSectorSize);
    });
    if (size > out.length) throw new XlsError('复合文档已损坏：流长度超过其扇区');
    return out.subarray(0, size);
  }
}
