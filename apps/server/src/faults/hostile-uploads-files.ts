import { constants, deflateRawSync } from 'node:zlib';

/**
 * Files no spreadsheet program writes, for the upload tests. A zip is written byte by byte here
 * because a zip library refuses to write sizes that lie. (@lagesbild/api's tests have a fuller
 * writer; a package's test helpers are not part of its exports.)
 */
function zipOf(parts: { name: string; data: Buffer; size: number }[]): Buffer {
  const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n >>> 0);
    return b;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, size } of parts) {
    const fileName = Buffer.from(name);
    // version, flags, deflate, time, date, crc (unchecked before the refusal), sizes, name length, extra
    const common = Buffer.concat([
      u16(20),
      u16(0),
      u16(8),
      u16(0),
      u16(0x21),
      u32(0),
      u32(data.length),
      u32(size),
      u16(fileName.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, fileName, data]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        common,
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        fileName,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const part = (name: string, text: string) => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), size: raw.length };
};

/**
 * A workbook whose first sheet is 1 GiB of zeros in about 1 MB: one fully flushed deflate block of
 * a MiB of zeros, repeated. `declaredSize` is what its headers claim.
 */
export function zipBomb(declaredSize: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, '0'), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const zeros = Buffer.concat([...Array.from({ length: 1024 }, () => block), Buffer.from([3, 0])]);
  return zipOf([
    part('[Content_Types].xml', '<Types/>'),
    part('xl/workbook.xml', '<workbook/>'),
    { name: 'xl/worksheets/sheet1.xml', data: zeros, size: declaredSize },
  ]);
}

export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
/** The start of an old Excel (.xls) file: an OLE compound file. */
export const OLD_EXCEL = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
export const WORD = zipOf([
  part('[Content_Types].xml', '<Types/>'),
  part('word/document.xml', '<document/>'),
]);
