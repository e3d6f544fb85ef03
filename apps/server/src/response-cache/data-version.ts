/**
 * A counter of the writes this server knows of. A cached answer is good only while the counter stands
 * still: every write, here or (through the change feed) on another server, moves it on.
 */
export class DataVersion {
  #value = 0;
  readonly #listeners = new Set<() => void>();

  get current(): number {
    return this.#value;
  }

  bump(): void {
    this.#value += 1;
    for (const listener of this.#listeners) listener();
  }

  onBump(listener: () => void): void {
    this.#listeners.add(listener);
  }
}
