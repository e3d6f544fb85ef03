import type { Context } from '../context';
import type { Download } from '../downloads';

// Placeholder until the register's workbook is written.
export async function downloadBenefitsExport(_ctx: Context): Promise<Download> {
  throw new Error('not built yet');
}
