export interface StoredResponse {
  /** Bytes, not a string: a hit then costs no encoding. */
  body: Buffer;
  etag: string;
  /** The data version the answer was computed at. */
  version: number;
}

/** Serialized answers by request URL, least recently used first out, bounded in count and bytes. */
export class ResponseStore {
  readonly #entries = new Map<string, StoredResponse>();
  #bytes = 0;

  constructor(
    private readonly maxEntries = 1_000,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string, version: number): StoredResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.version !== version) {
      this.#bytes -= entry.body.length;
      return undefined;
    }
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: StoredResponse): void {
    if (entry.body.length > this.maxBytes / 8) return;
    this.delete(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
