// Bundles the server and our workspace packages (TypeScript sources) into dist/; npm packages stay external.
import { build } from 'esbuild';

await build({
  entryPoints: [
    'src/index.ts',
    'src/seed.ts',
    'src/create-user-cli.ts',
    'src/backup-cli.ts',
    'src/restore-cli.ts',
    'src/audit-verify-cli.ts',
  ],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@lagesbild/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
