import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { isStorageUnavailable, storageStatus, watchStorageFailures } from './storage-status';

/** An error as the client builds it from the API's answer: the body a 503 for a full disk carries. */
function answered(code: string, details: Record<string, unknown> | null) {
  return TRPCClientError.from({
    error: {
      code: -32603,
      message: 'Lagringen är full eller skrivskyddad – ändringar kan inte sparas just nu.',
      data: { code, httpStatus: 503, path: 'factors.save', fieldIssues: null, details },
    },
  });
}

async function runMutation(client: QueryClient, outcome: () => Promise<unknown>) {
  await new MutationObserver(client, { mutationFn: outcome }).mutate().catch(() => {});
}

describe('the storage banner', () => {
  it('knows the API’s 503 for storage from one for a database out of reach', () => {
    expect(isStorageUnavailable(answered('SERVICE_UNAVAILABLE', { reason: 'storage' }))).toBe(true);
    expect(isStorageUnavailable(answered('SERVICE_UNAVAILABLE', null))).toBe(false);
    expect(isStorageUnavailable(answered('CONFLICT', { reason: 'storage' }))).toBe(false);
    expect(isStorageUnavailable(new Error('Failed to fetch'))).toBe(false);
  });

  it('rises when a save is refused for storage and falls when the next change is saved', async () => {
    const client = new QueryClient();
    const stop = watchStorageFailures(client);
    try {
      await runMutation(client, () => Promise.reject(answered('SERVICE_UNAVAILABLE', null)));
      expect(storageStatus.isFailing()).toBe(false);
      await runMutation(client, () =>
        Promise.reject(answered('SERVICE_UNAVAILABLE', { reason: 'storage' })),
      );
      expect(storageStatus.isFailing()).toBe(true);
      await runMutation(client, () => Promise.resolve({ version: 1 }));
      expect(storageStatus.isFailing()).toBe(false);
    } finally {
      stop();
    }
  });

  // The English catalogue holds the same keys (catalogues.test.ts).
  it('says so in Swedish', () => {
    expect(i18n.getFixedT('sv')('state.storageText')).toMatch(
      /^Lagringen är full eller skrivskyddad – ändringar kan inte sparas just nu\./,
    );
  });
});
