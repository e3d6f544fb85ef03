import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MILJO = 'miljoforvaltningen@demo.lagesbild.se';

let database: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ env: { ORGANISATION: 'malmo', WEB_DIST: '/nonexistent' }, database });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function cookieOf(email: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    payload: { email, password: 'lagesbild-demo' },
  });
  return String(res.headers['set-cookie']).split(';')[0]!;
}

const download = async (cookie?: string) =>
  app.inject({
    method: 'GET',
    url: '/export/rapport/2026-K4.xlsx',
    headers: cookie ? { cookie } : {},
  });

const upload = (body: Buffer | string, cookie: string, type = XLSX) =>
  app.inject({
    method: 'POST',
    url: '/import/rapport/2026-K4',
    headers: { cookie, 'content-type': type },
    payload: body,
  });

async function lastAudit() {
  const r = (await database.db.execute(
    sql`select action, outcome, entity_key, summary from audit_log order by id desc limit 1`,
  )) as unknown as { rows: Record<string, unknown>[] };
  return r.rows[0];
}

async function workbookOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

describe('the unit spreadsheet round trip over HTTP', () => {
  it("gives a reporter its own unit's form as a workbook, audited", async () => {
    const res = await download(await cookieOf(MILJO));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain(
      'lagesbild-miljoforvaltningen-2026-K4.xlsx',
    );
    const about = (await workbookOf(res.rawPayload)).getWorksheet('Om filen')!;
    expect(about.getCell('B3').value).toBe('miljoforvaltningen');
    expect(await lastAudit()).toMatchObject({
      action: 'export.report',
      outcome: 'success',
      entity_key: '2026-K4/miljoforvaltningen',
    });
  });

  it('refuses other roles and nobody signed in, and audits the refusal', async () => {
    const itd = await cookieOf('itd@demo.lagesbild.se');
    expect((await download(itd)).statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: 'export.report', outcome: 'denied' });
    expect((await download()).statusCode).toBe(401);
    const viewer = await cookieOf('ks@demo.lagesbild.se');
    const refused = await upload(Buffer.from('x'), viewer);
    expect(refused.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: 'import.report', outcome: 'denied' });
  });

  it('previews a changed file without writing anything', async () => {
    const cookie = await cookieOf(MILJO);
    const wb = await workbookOf((await download(cookie)).rawPayload);
    wb.getWorksheet('Förmågor')!.getCell('L2').value = 'Kommentar från Excel';
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), cookie);
    expect(res.statusCode).toBe(200);
    const { preview } = res.json<{
      preview: { counts: { changed: number }; answers: { changes: { field: string }[] }[] };
    }>();
    expect(preview.counts.changed).toBe(1);
    expect(preview.answers[0]!.changes).toEqual([
      { field: 'comment', before: null, after: 'Kommentar från Excel' },
    ]);
    const saved = (await database.db.execute(
      sql`select count(*)::int as n from assessments where comment = 'Kommentar från Excel'`,
    )) as unknown as { rows: { n: number }[] };
    expect(saved.rows[0]!.n).toBe(0);
  });

  it('answers a broken file with 400 and every error by place, never a stack trace', async () => {
    const cookie = await cookieOf(MILJO);
    const wb = await workbookOf((await download(cookie)).rawPayload);
    wb.getWorksheet('Förmågor')!.getCell('D2').value = 'sju';
    wb.getWorksheet('Kapacitet')!.getCell('C2').value = 'massor';
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), cookie);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      errors: [
        {
          sheet: 'Förmågor',
          row: 2,
          column: 'D',
          columnName: 'Självskattning',
          code: 'invalidChoice',
        },
        {
          sheet: 'Kapacitet',
          row: 2,
          column: 'C',
          columnName: 'Årsarbetare (FTE)',
          code: 'notANumber',
        },
      ],
    });
    const garbage = await upload(Buffer.from('PK not really a zip'), cookie);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toMatchObject({ errors: [{ code: 'notAWorkbook' }] });
    expect(garbage.body).not.toMatch(/\bat \w|node_modules|\.ts:/);
  });

  it("takes the unit from the session: another unit's file is refused as the wrong unit", async () => {
    const wb = await workbookOf((await download(await cookieOf(MILJO))).rawPayload);
    const kultur = await cookieOf('kulturforvaltningen@demo.lagesbild.se');
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), kultur);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      errors: [
        { sheet: 'Om filen', row: 3, column: 'B', columnName: 'Enhetens kod', code: 'wrongUnit' },
      ],
    });
  });

  it('takes only a workbook body, and refuses a cross-site origin', async () => {
    const cookie = await cookieOf(MILJO);
    expect((await upload('hej', cookie, 'text/plain')).statusCode).toBe(415);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/import/rapport/2026-K4',
      headers: { cookie, 'content-type': XLSX, origin: 'https://evil.example', host: 'localhost' },
      payload: Buffer.from('x'),
    });
    expect(crossSite.statusCode).toBe(403);
  });
});
