import type { ImportErrorCode } from '@lagesbild/domain';
import yauzl from 'yauzl';

/**
 * What an uploaded workbook may unpack to. exceljs inflates every part of the zip into memory as a
 * string before reading it (about 9 bytes of heap per unpacked byte, measured), so these bound
 * the memory an upload can cost; the declared sizes in a zip are only claims, so the check inflates
 * every part itself and stops at the first byte past a limit.
 *
 * Measured on the demo forms: a unit's workbook is 27 kB as uploaded, 150 kB unpacked, 27 parts,
 * and no part compresses more than 9:1. The limits leave a hundredfold headroom for larger
 * frameworks and notes pasted into cells, yet stay far below what a deflate bomb (up to ~1000:1)
 * reaches from a 10 MB body.
 */
export const ARCHIVE_LIMITS = {
  /** Excel writes about 20–40 parts; a thousand is a different kind of file. */
  maxParts: 1000,
  /** One sheet's XML; the form's largest is 46 kB. */
  maxPartBytes: 16 * 1024 * 1024,
  /** All parts together: exceljs then holds roughly 220 MB of heap, which the server can spare. */
  maxTotalBytes: 24 * 1024 * 1024,
  /** Real parts compress 2–10:1, a sheet of many empty styled rows perhaps 50:1; a bomb ~1000:1. */
  maxRatio: 200,
  /** Small parts may compress as they like: they cannot cost memory. */
  ratioFromBytes: 1024 * 1024,
} as const;

/** The parts exceljs needs to find the sheets; a Word file or a plain zip lacks them. */
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/** Old Excel (.xls) and password-protected .xlsx are both OLE compound files, not zips. */
const COMPOUND_FILE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream a password-protected .xlsx keeps its key in; its name is stored in UTF-16. */
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

export type ArchiveCheck = { ok: true } | { ok: false; code: ImportErrorCode };

class Refusal extends Error {
  constructor(readonly code: ImportErrorCode) {
    super(code);
  }
}

function describeNonZip(body: Buffer): ImportErrorCode {
  if (body.length === 0) return 'emptyFile';
  if (body.subarray(0, 8).equals(COMPOUND_FILE_MAGIC)) {
    return body.includes(ENCRYPTION_STREAM) ? 'encrypted' : 'oldExcelFormat';
  }
  return 'notAWorkbook';
}

function checkDeclared(entry: yauzl.Entry, declaredTotal: number) {
  if (entry.isEncrypted()) throw new Refusal('encrypted');
  if (entry.uncompressedSize > ARCHIVE_LIMITS.maxPartBytes) throw new Refusal('tooLargeUnpacked');
  if (declaredTotal > ARCHIVE_LIMITS.maxTotalBytes) throw new Refusal('tooLargeUnpacked');
  if (isBombLike(entry.uncompressedSize, entry.compressedSize)) {
    throw new Refusal('suspiciousCompression');
  }
}

function isBombLike(unpacked: number, packed: number) {
  return (
    unpacked > ARCHIVE_LIMITS.ratioFromBytes &&
    unpacked / Math.max(packed, 1) > ARCHIVE_LIMITS.maxRatio
  );
}

/** Inflates one part, counting real bytes; returns how many, or refuses at the first byte too many. */
async function countUnpacked(zip: yauzl.ZipFile, entry: yauzl.Entry, before: number) {
  const stream = await zip.openReadStreamPromise(entry);
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > ARCHIVE_LIMITS.maxPartBytes || before + bytes > ARCHIVE_LIMITS.maxTotalBytes) {
        throw new Refusal('tooLargeUnpacked');
      }
      if (isBombLike(bytes, entry.compressedSize)) throw new Refusal('suspiciousCompression');
    }
  } finally {
    stream.destroy();
  }
  return bytes;
}

/**
 * Looks inside an uploaded file before exceljs does: a zip, not encrypted, with the workbook's
 * parts, and small enough unpacked. Never trusts a declared size: yauzl checks each part's real
 * size against its header, and the parts are inflated here with a running count.
 */
export async function checkWorkbookArchive(body: Buffer): Promise<ArchiveCheck> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(body, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return { ok: false, code: describeNonZip(body) };
  }
  try {
    if (zip.entryCount > ARCHIVE_LIMITS.maxParts) throw new Refusal('tooManyParts');
    const names = new Set<string>();
    let declared = 0;
    let unpacked = 0;
    for await (const entry of zip.eachEntry()) {
      names.add(entry.fileName);
      declared += entry.uncompressedSize;
      checkDeclared(entry, declared);
      if (!entry.fileName.endsWith('/')) unpacked += await countUnpacked(zip, entry, unpacked);
    }
    if (!REQUIRED_PARTS.every((part) => names.has(part))) throw new Refusal('notAWorkbook');
    return { ok: true };
  } catch (error) {
    // Anything else yauzl finds (a part longer than its header says, a cut-off file, an unknown
    // compression method, a path that climbs out) is a damaged file, whatever made it so.
    return { ok: false, code: error instanceof Refusal ? error.code : 'brokenArchive' };
  } finally {
    zip.close();
  }
}
