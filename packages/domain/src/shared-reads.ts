/**
 * Reads whose answer is the same for every user allowed to call them: it depends only on the
 * organisation, the input and the data. The server keeps their serialized answers until the next write;
 * the dashboard asks for each on its own (not in a batch), so its URL, and the browser's ETag, stay
 * stable. A procedure that looks at the signed-in user must never be listed here.
 */
export const SHARED_READS: ReadonlySet<string> = new Set([
  'maturity.overview',
  'maturity.unit',
  'maturity.capability',
]);
