/** Every answer the soak got, by kind of call and HTTP status: the summary, and the proof of no 500. */
export class StatusTally {
  readonly counts = new Map<string, number>();
  /** The first few unexpected answers with their bodies, to explain a failure. */
  readonly surprises: string[] = [];
  /** Time spent per procedure or download, to say where the server's time went. */
  readonly timeByPath = new Map<string, { count: number; ms: number }>();

  add(kind: 'read' | 'write', status: number): void {
    const key = `${kind} ${status}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  time(path: string, ms: number): void {
    const entry = this.timeByPath.get(path) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += ms;
    this.timeByPath.set(path, entry);
  }

  /** The procedures that took longest in all, with their count and mean latency. */
  describeTimes(top = 8): string {
    return [...this.timeByPath]
      .sort(([, a], [, b]) => b.ms - a.ms)
      .slice(0, top)
      .map(([path, { count, ms }]) => `${path} ${count}× ${Math.round(ms / count)} ms`)
      .join(', ');
  }

  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  count(predicate: (kind: string, status: number) => boolean): number {
    let sum = 0;
    for (const [key, n] of this.counts) {
      const [kind, status] = key.split(' ');
      if (predicate(kind!, Number(status))) sum += n;
    }
    return sum;
  }

  describe(): string {
    return [...this.counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `${key}: ${n}`)
      .join(', ');
  }
}

export interface Answer<T> {
  status: number;
  data?: T;
  /** The tRPC error code, e.g. CONFLICT. */
  code?: string;
}

/** One signed-in browser: tRPC over HTTP as the dashboard sends it, every answer tallied. */
export class SoakClient {
  constructor(
    readonly url: string,
    readonly cookie: string,
    private readonly tally: StatusTally,
  ) {}

  query<T>(path: string, input?: unknown): Promise<Answer<T>> {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.send<T>('read', `/trpc/${path}${query}`, { headers: { cookie: this.cookie } });
  }

  mutate<T>(path: string, input: unknown): Promise<Answer<T>> {
    return this.send<T>('write', `/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify(input),
    });
  }

  /** A download (Word, Excel): only its status matters here, but the whole body is read. */
  async download(path: string): Promise<number> {
    const started = performance.now();
    const response = await fetch(this.url + path, { headers: { cookie: this.cookie } }).catch(
      () => null,
    );
    const status = response?.status ?? 0;
    await response?.arrayBuffer().catch(() => null);
    this.tally.add('read', status);
    this.tally.time(path.split('/').slice(0, 3).join('/'), performance.now() - started);
    if (status !== 200) this.noteSurprise(`GET ${path}: ${status}`);
    return status;
  }

  private async send<T>(kind: 'read' | 'write', path: string, init: RequestInit) {
    const started = performance.now();
    const { status, text } = await fetch(this.url + path, init).then(
      async (response) => ({ status: response.status, text: await response.text() }),
      (error: unknown) => ({ status: 0, text: String(error) }),
    );
    this.tally.add(kind, status);
    this.tally.time(path.split('?')[0]!.slice('/trpc/'.length), performance.now() - started);
    let body: { result?: { data: T }; error?: { data?: { code?: string } } } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A body that is not JSON is itself the surprise, recorded below.
    }
    const answer: Answer<T> = { status, data: body.result?.data, code: body.error?.data?.code };
    if (status !== 200 && answer.code !== 'CONFLICT') {
      this.noteSurprise(`${path.split('?')[0]}: ${status} ${text.slice(0, 300)}`);
    }
    return answer;
  }

  private noteSurprise(text: string) {
    if (this.tally.surprises.length < 10) this.tally.surprises.push(text);
  }
}

export async function signIn(url: string, email: string, tally: StatusTally): Promise<SoakClient> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lagesbild-demo' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('session='));
  if (!response.ok || !cookie) throw new Error(`sign-in as ${email}: ${response.status}`);
  return new SoakClient(url, cookie.split(';')[0]!, tally);
}
