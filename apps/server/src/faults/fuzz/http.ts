/** What went over the wire: enough to replay it and to judge the answer. */
export interface Exchange {
  path: string;
  status: number;
  text: string;
}

/** POSTs a raw body to /trpc/<path> as the dashboard would, with a session cookie or none. */
export async function postRaw(
  base: string,
  path: string,
  body: string,
  cookie: string | null,
): Promise<Exchange> {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { path, status: res.status, text: await res.text() };
}

/** A tRPC call whose answer the caller needs: throws when it is not a success. */
export async function callProcedure<T>(
  base: string,
  path: string,
  input: unknown,
  cookie: string,
  kind: 'query' | 'mutation' = 'query',
): Promise<T> {
  const res =
    kind === 'query'
      ? await fetch(
          `${base}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers: { cookie } },
        )
      : await postRaw(base, path, JSON.stringify(input), cookie).then(
          (e) => new Response(e.text, { status: e.status }),
        );
  const text = await res.text();
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

/** The demo accounts' password, as the README gives it. */
export const DEMO_PASSWORD = 'lagesbild-demo';

export async function signIn(base: string, email: string, password = DEMO_PASSWORD) {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

// A stack frame, a source file, a dependency path, or database text: none may reach a client.
const LEAKS: RegExp[] = [
  /\bat .+:\d+:\d+/,
  /\.ts:/,
  /node_modules/,
  /\b(select|insert into|update .* set|delete from)\b/i,
  /violates/i,
  /constraint/i,
  /relation "/i,
  /syntax error/i,
  /duplicate key/i,
];

/**
 * Why this answer is wrong, or null when it is fine: never a 5xx, always JSON, no leak, and an error
 * in tRPC's shape with a code. `sent` is left out of the leak check: an echo of the input is no leak.
 */
export function judgeExchange(exchange: Exchange, sent: string): string | null {
  const { status, text } = exchange;
  if (status >= 500) return `status ${status}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `a body that is not JSON: ${text.slice(0, 200)}`;
  }
  const echoed = new Set(collectStrings(safeParse(sent)));
  const own = collectStrings(withoutFieldPaths(body)).filter((s) => !echoed.has(s));
  for (const leak of LEAKS) {
    const hit = own.find((s) => leak.test(s));
    if (hit !== undefined) return `leaks ${leak}: ${hit.slice(0, 300)}`;
  }
  if (status >= 400) return judgeError(body);
  return null;
}

function judgeError(body: unknown): string | null {
  // A batch answers an array of results, each with its own error.
  const errors = Array.isArray(body) ? body : [body];
  for (const item of errors) {
    const error = (item as { error?: { message?: unknown; data?: { code?: unknown } } }).error;
    if (!error) return `an error without tRPC's shape: ${JSON.stringify(item).slice(0, 200)}`;
    if (typeof error.data?.code !== 'string') return 'an error without a code';
    if (typeof error.message !== 'string') return 'an error without a message';
  }
  return null;
}

/**
 * A field issue's path names a field of the input schema (`fields.constraints`), never the server's
 * internals: domain words in it are no leak.
 */
function withoutFieldPaths(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) =>
    key === 'fieldIssues' && Array.isArray(value)
      ? value.map((issue: Record<string, unknown>) => ({ ...issue, path: null }))
      : value,
  );
}

/** The codes zod gives an input its schema refuses (a refinement's own code is a domain word). */
const SCHEMA_ISSUE_CODES = new Set([
  'invalid_type',
  'unrecognized_keys',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  // Text that is no valid Unicode, refused at the API's edge before the schema (text-input.ts).
  'invalidText',
]);

/**
 * Whether the input got past the access check and its schema: what a valid sample must achieve for at
 * least one role, so the fuzzing reaches the code behind validation.
 */
export function passedValidation({ status, text }: Exchange): boolean {
  if (status === 200) return true;
  if (status === 401 || status === 403 || status >= 500) return false;
  const issues = (JSON.parse(text) as { error?: { data?: { fieldIssues?: { code: string }[] } } })
    .error?.data?.fieldIssues;
  return !issues?.some((issue) => SCHEMA_ISSUE_CODES.has(issue.code));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Every string in a JSON value, keys included. */
function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out);
    }
  }
  return out;
}
