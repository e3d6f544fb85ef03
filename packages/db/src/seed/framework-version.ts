import { eq } from 'drizzle-orm';
import { readFrameworkDocument } from '../repositories/framework';
import { frameworks, frameworkVersions } from '../schema/index';
import { DEMO_CAPABILITIES } from './framework';
import type { Transaction } from './write';

/** The demo framework's history starts like an imported one: version 1, as a document. */
export async function recordFirstVersion(tx: Transaction, frameworkId: number): Promise<void> {
  const [framework] = await tx.select().from(frameworks).where(eq(frameworks.id, frameworkId));
  const { document } = await readFrameworkDocument(tx, framework!);
  await tx.insert(frameworkVersions).values({
    frameworkId,
    version: 1,
    document: document as unknown as Record<string, unknown>,
    importedAt: '2024-10-01T08:00:00.000Z',
    importedBy: 'Demodata',
    changes: { kind: 'newFramework', version: 1, added: DEMO_CAPABILITIES.length },
  });
}
