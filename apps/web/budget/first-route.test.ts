import { describe, expect, it } from 'vitest';
import { findOverruns, firstRouteFiles, lazyFiles, summarise, type Manifest } from './first-route';

// A made-up build: the entry imports React and the router; the start page is lazy but shares a
// chunk with another page; a chart loads from the start page only when drawn.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_router.js'],
    dynamicImports: ['src/routes/overview.tsx', 'src/routes/unit.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_router.js': { file: 'assets/router.js', imports: ['_react.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/routes/overview.tsx': {
    file: 'assets/overview.js',
    imports: ['_shared.js', 'index.html'],
    dynamicImports: ['src/charts.tsx'],
  },
  'src/routes/unit.tsx': { file: 'assets/unit.js', imports: ['_shared.js'] },
  'src/charts.tsx': { file: 'assets/charts.js' },
  'src/styles.css': { file: 'assets/index.css' },
};

describe('the first route', () => {
  it('is the entry, the start page and what they import, but nothing loaded later', () => {
    expect(firstRouteFiles(manifest, 'src/routes/overview.tsx').sort()).toEqual([
      'assets/index.js',
      'assets/overview.js',
      'assets/react.js',
      'assets/router.js',
      'assets/shared.js',
    ]);
  });

  it('leaves the other pages and the charts as lazy chunks (scripts only)', () => {
    const first = firstRouteFiles(manifest, 'src/routes/overview.tsx');
    expect(lazyFiles(manifest, first)).toEqual(['assets/charts.js', 'assets/unit.js']);
  });

  it('refuses a start page the build does not have', () => {
    expect(() => firstRouteFiles(manifest, 'src/routes/missing.tsx')).toThrow(/no src\/routes/);
  });
});

describe('the budget', () => {
  const figures = summarise(
    60_000,
    [
      { file: 'assets/index.js', gzipBytes: 70_000 },
      { file: 'assets/overview.js', gzipBytes: 20_000 },
    ],
    [
      { file: 'assets/unit.js', gzipBytes: 5_000 },
      { file: 'assets/charts.js', gzipBytes: 151_000 },
    ],
  );

  it('sums the first route and divides by the hello world', () => {
    expect(figures.firstRouteBytes).toBe(90_000);
    expect(figures.ratio).toBe(1.5);
    expect(figures.lazy[0]?.file).toBe('assets/charts.js');
  });

  it('names the sizes when the first route or a lazy chunk is over', () => {
    const overruns = findOverruns(figures, { maxRatio: 1.4, maxLazyChunkBytes: 150_000 });
    expect(overruns).toEqual([
      expect.stringMatching(/first route 90\.0 kB .* 1\.50 × .*60\.0 kB.* 1\.4 × \(84\.0 kB\)/),
      expect.stringMatching(/assets\/charts\.js is 151\.0 kB .* at most 150\.0 kB/),
    ]);
  });

  it('passes a build within both limits', () => {
    expect(findOverruns(figures, { maxRatio: 1.5, maxLazyChunkBytes: 151_000 })).toEqual([]);
  });
});
