import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { describeAction, describeActionOption, describeDetail } from './labels';

const t = i18n.t.bind(i18n);
const noEntity = { entityType: null, entityKey: null };

afterAll(() => i18n.changeLanguage('sv'));

describe('describeAction', () => {
  it.each([
    [{ action: 'auth.signIn', outcome: 'success' }, 'Inloggning'],
    [{ action: 'auth.signIn', outcome: 'failure' }, 'Inloggning'],
    [{ action: 'auth.signOut', outcome: 'success' }, 'Utloggning'],
    [{ action: 'maturity.unit', outcome: 'denied' }, 'Nekad åtkomst: maturity.unit'],
    [{ action: 'assessment.save', outcome: 'success' }, 'assessment.save'],
    [{ action: 'request.refused', outcome: 'denied' }, 'Nekad begäran'],
    [{ action: 'users.resetPassword', outcome: 'success' }, 'Återställt lösenord'],
    [{ action: 'auth.verifySecondFactor', outcome: 'failure' }, 'Inloggning, andra steget'],
    [{ action: 'secondFactor.enable', outcome: 'success' }, 'Aktiverad tvåstegsverifiering'],
    [{ action: 'users.resetSecondFactor', outcome: 'success' }, 'Återställd tvåstegsverifiering'],
  ] as const)('%o reads %s', (entry, expected) => {
    expect(describeAction(t, entry)).toBe(expected);
  });

  it('offers unknown actions in the filter by their path', () => {
    expect(describeActionOption(t, 'audit.list')).toBe('audit.list');
    expect(describeActionOption(t, 'auth.signOut')).toBe('Utloggning');
  });
});

describe('describeDetail', () => {
  it.each([
    [{ reason: 'wrong password' }, 'Fel lösenord'],
    [{ reason: 'unknown account' }, 'Okänt konto'],
    [{ role: 'viewer' }, 'Roll: Läsare'],
    [{ reason: 'crossSite', status: 403 }, 'Från en annan webbplats (CSRF); status: 403'],
    [{ reason: 'locked' }, 'Kontot är låst efter för många försök'],
    [{ reason: 'replayed code' }, 'Redan använd kod'],
    [{ secondFactor: 'required' }, 'Lösenordet stämde, väntar på kod'],
    [{ method: 'recoveryCode' }, 'Reservkod'],
    [{ reason: 'something new', tries: 3 }, 'reason: something new; tries: 3'],
    [null, ''],
  ])('%o reads "%s"', (summary, expected) => {
    expect(describeDetail(t, { ...noEntity, summary })).toBe(expected);
  });

  it('names the entity first', () => {
    expect(
      describeDetail(t, { entityType: 'assessment', entityKey: 'ai-1', summary: { version: 2 } }),
    ).toBe('assessment ai-1; version: 2');
  });

  it('speaks English when the interface does', async () => {
    await i18n.changeLanguage('en');
    expect(describeDetail(t, { ...noEntity, summary: { reason: 'wrong password' } })).toBe(
      'Wrong password',
    );
    expect(describeAction(t, { action: 'maturity.unit', outcome: 'denied' })).toBe(
      'Access denied: maturity.unit',
    );
  });
});
