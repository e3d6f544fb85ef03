// Runs measure-first-route.ts through Vite's module runner, so the script needs no TypeScript
// loader of its own: `node budget/measure.mjs [--check | --json]`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(
  fileURLToPath(new URL('./measure-first-route.ts', import.meta.url)),
);
process.exitCode = await module.main(process.argv.slice(2));
