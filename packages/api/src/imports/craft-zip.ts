import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip written byte by byte, for tests that need what no honest zip library writes: sizes that
 * lie, encrypted flags, parts that inflate to a gigabyte. Not used by the server.
 */
export interface CraftedPart {
  name: string;
  /** Already deflated (method 8) or stored as is (method 0). */
  data: Buffer;
  method?: 0 | 8;
  /** What the headers claim; the real size when left out. */
  declaredSize?: number;
  /** The real size, when data is deflated; CRC and size are only claims a reader may check. */
  realSize?: number;
  encrypted?: boolean;
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let offset = 0;
  for (const [value, size] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += size;
  }
  return buffer;
}

export function craftZip(parts: CraftedPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const method = part.method ?? 8;
    const size = part.declaredSize ?? part.realSize ?? part.data.length;
    // The CRC of stored data is real; of a crafted deflate stream it is left 0: nothing checks it
    // before the archive check refuses the file.
    const crc = method === 0 ? crc32(part.data) : 0;
    const flags = part.encrypted ? 1 : 0;
    const common: [number, 2 | 4][] = [
      [20, 2],
      [flags, 2],
      [method, 2],
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [part.data.length, 4],
      [size, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), name, part.data]);
    centrals.push(
      Buffer.concat([
        header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [parts.length, 2],
    [parts.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...locals, directory, end]);
}

/** A part deflated honestly. */
export function deflatedPart(name: string, text: string | Buffer): CraftedPart {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), realSize: raw.length };
}

/**
 * A deflate stream of `mebibytes` MiB of zeros, about 1 kB per MiB: one fully flushed block of a
 * MiB of zeros repeated (a full flush makes blocks independent), then an empty final block.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, '0'), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([3, 0])]);
}

/** The two parts that make a zip look like a workbook to the archive check. */
export const WORKBOOK_PARTS = [
  deflatedPart('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
  deflatedPart('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
];
