import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, checkWorkbookArchive } from './check-workbook-archive';
import { craftZip, deflatedPart, deflatedZeros, WORKBOOK_PARTS } from './craft-zip';
import { parseReportWorkbook } from './parse-report-workbook';

const MiB = 1024 * 1024;

async function codeOf(body: Buffer) {
  const check = await checkWorkbookArchive(body);
  return check.ok ? 'ok' : check.code;
}

/** What the reporter is told: the whole parse, not only the check. */
async function uploadErrorsOf(body: Buffer) {
  const result = await parseReportWorkbook(body, {
    roundCode: '2026-K4',
    unitSlug: 'miljoforvaltningen',
    saved: new Map(),
    requirementCodes: new Set(),
  });
  return result.ok ? [] : result.errors;
}

const sheetPart = (data: Buffer, declaredSize: number) => ({
  name: 'xl/worksheets/sheet1.xml',
  data,
  declaredSize,
});

/** Peak growth of the process's memory while `work` runs, sampled as it goes. */
async function memoryGrowthOf(work: () => Promise<unknown>) {
  const used = () => {
    const m = process.memoryUsage();
    return m.rss + m.arrayBuffers;
  };
  const before = used();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, used()) - before;
}

describe('the archive check before exceljs sees an upload', () => {
  it('passes a workbook Excel (here exceljs) wrote', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Förmågor').addRow(['Område', 'Förmågekod']);
    expect(await codeOf(Buffer.from(await wb.xlsx.writeBuffer()))).toBe('ok');
  });

  it.each([
    ['an empty body', Buffer.alloc(0), 'emptyFile'],
    ['a text file', Buffer.from('Område;Förmågekod\n'), 'notAWorkbook'],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'notAWorkbook'],
    [
      'old Excel (.xls)',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
      'oldExcelFormat',
    ],
    [
      'a password-protected .xlsx',
      Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
      'encrypted',
    ],
    [
      'a Word file',
      craftZip([
        deflatedPart('[Content_Types].xml', '<Types/>'),
        deflatedPart('word/document.xml', '<document/>'),
      ]),
      'notAWorkbook',
    ],
    [
      'a zip with an encrypted part',
      craftZip([...WORKBOOK_PARTS, { ...deflatedPart('xl/a.xml', 'x'), encrypted: true }]),
      'encrypted',
    ],
    [
      'a part whose path climbs out of the archive',
      craftZip([...WORKBOOK_PARTS, deflatedPart('../../etc/passwd', 'x')]),
      'brokenArchive',
    ],
    [
      'more parts than any workbook has',
      craftZip([
        ...WORKBOOK_PARTS,
        ...Array.from({ length: ARCHIVE_LIMITS.maxParts }, (_, i) =>
          deflatedPart(`xl/media/${i}.txt`, 'x'),
        ),
      ]),
      'tooManyParts',
    ],
  ])('refuses %s', async (_name, body, code) => {
    expect(await codeOf(body)).toBe(code);
  });

  it('refuses parts that honestly declare more than the limits, before inflating them', async () => {
    const part = (mebibytes: number) => sheetPart(deflatedZeros(mebibytes), mebibytes * MiB);
    expect(await codeOf(craftZip([...WORKBOOK_PARTS, part(1024)]))).toBe('tooLargeUnpacked');
    // Random hex compresses 2:1, so no ratio is suspicious; together the parts are too large.
    const noise = (name: string) => deflatedPart(name, randomBytes(7 * MiB).toString('hex'));
    const total = craftZip([...WORKBOOK_PARTS, noise('xl/a.xml'), noise('xl/b.xml')]);
    expect(await codeOf(total)).toBe('tooLargeUnpacked');
  });

  it('refuses a part that compresses like a bomb even under the size limits', async () => {
    expect(await codeOf(craftZip([...WORKBOOK_PARTS, sheetPart(deflatedZeros(8), 8 * MiB)]))).toBe(
      'suspiciousCompression',
    );
  });

  it.each([
    ['declares its true 1 GiB', 1024 * MiB, 'tooLargeUnpacked'],
    ['claims to be 2 kB', 2048, 'brokenArchive'],
    ['claims to be 8 MiB, no bomb ratio', 8 * MiB + 1, 'brokenArchive'],
  ])(
    'a sheet of 1 GiB of zeros in 1 MB that %s is refused within bounded memory',
    async (_name, declared, code) => {
      const bomb = craftZip([...WORKBOOK_PARTS, sheetPart(deflatedZeros(1024), declared)]);
      expect(bomb.length).toBeLessThan(2 * MiB);
      let errors: Awaited<ReturnType<typeof uploadErrorsOf>> = [];
      const growth = await memoryGrowthOf(async () => (errors = await uploadErrorsOf(bomb)));
      expect(errors).toEqual([{ sheet: '', row: null, column: null, columnName: null, code }]);
      // exceljs would hold the gigabyte as a string; the check stops after at most one part's limit.
      expect(growth).toBeLessThan(200 * MiB);
    },
  );
});
