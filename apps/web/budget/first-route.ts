// What counts as the first route, and whether it fits: pure functions over Vite's build manifest,
// so the unit test can check them on a tiny made-up manifest.

/** The target: the first route at most 1.4 × a React 19 hello world built the same way. */
export const TARGET_RATIO = 1.4;
/** Every chunk that loads later (a page, a chart, a catalogue) stays under this, gzipped. */
export const LAZY_CHUNK_LIMIT = 150_000;

/** One entry of `.vite/manifest.json` (the fields this module reads). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  /** gzip level 9 (node:zlib), the size a server compressing at its best would send. */
  gzipBytes: number;
}

export interface BundleFigures {
  helloWorldBytes: number;
  firstRouteBytes: number;
  /** firstRouteBytes ÷ helloWorldBytes. */
  ratio: number;
  firstRoute: SizedFile[];
  /** Every other script, largest first. */
  lazy: SizedFile[];
}

export interface BudgetLimits {
  maxRatio: number;
  maxLazyChunkBytes: number;
}

function isScript(file: string): boolean {
  return file.endsWith('.js');
}

/** The chunk and everything it imports statically: what the browser must load before it runs. */
function staticClosure(manifest: Manifest, key: string, into: Set<string>): void {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no ${key}`);
  if (into.has(chunk.file)) return;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
}

/**
 * The scripts the first route needs: the entry with its static imports, and the start page's
 * own chunk with its static imports (pages load lazily, so the start page is a chunk of its own).
 */
export function firstRouteFiles(manifest: Manifest, routeSource: string): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry, found ${entries.length}`);
  const files = new Set<string>();
  staticClosure(manifest, entries[0]![0], files);
  staticClosure(manifest, routeSource, files);
  return [...files].filter(isScript);
}

/** Every script in the build that the first route does not load. */
export function lazyFiles(manifest: Manifest, firstRoute: string[]): string[] {
  const first = new Set(firstRoute);
  const all = new Set(Object.values(manifest).map((chunk) => chunk.file));
  return [...all].filter((file) => isScript(file) && !first.has(file)).sort();
}

export function summarise(
  helloWorldBytes: number,
  firstRoute: SizedFile[],
  lazy: SizedFile[],
): BundleFigures {
  const firstRouteBytes = firstRoute.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    helloWorldBytes,
    firstRouteBytes,
    ratio: firstRouteBytes / helloWorldBytes,
    firstRoute: [...firstRoute].sort((a, b) => b.gzipBytes - a.gzipBytes),
    lazy: [...lazy].sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** What is over budget, in words; empty when everything fits. */
export function findOverruns(figures: BundleFigures, limits: BudgetLimits): string[] {
  const problems: string[] = [];
  if (figures.ratio > limits.maxRatio) {
    problems.push(
      `first route ${kB(figures.firstRouteBytes)} gzipped is ${figures.ratio.toFixed(2)} × the ` +
        `React hello world (${kB(figures.helloWorldBytes)}); the budget is ${limits.maxRatio} × ` +
        `(${kB(figures.helloWorldBytes * limits.maxRatio)})`,
    );
  }
  for (const chunk of figures.lazy) {
    if (chunk.gzipBytes > limits.maxLazyChunkBytes) {
      problems.push(
        `lazy chunk ${chunk.file} is ${kB(chunk.gzipBytes)} gzipped; each may be at most ` +
          kB(limits.maxLazyChunkBytes),
      );
    }
  }
  return problems;
}
