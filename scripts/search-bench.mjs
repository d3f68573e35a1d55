#!/usr/bin/env node
// The accounts-search bench of the mock API: bundles scripts/search-bench.ts with Vite (so the
// `@/` and `@mocks/` aliases resolve as in the app), then runs the bundle in a fresh Node with
// `--expose-gc`, so the heap figures count the mock and not the bundler.
//
//   node scripts/search-bench.mjs
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the project, so the bundle's bare imports (msw, zod) resolve from node_modules.
const outDir = path.join(root, '.bench', 'search-bench');

await build({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: {
    ssr: path.join(root, 'scripts', 'search-bench.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'search-bench.mjs' } },
  },
});

const run = spawnSync(process.execPath, ['--expose-gc', path.join(outDir, 'search-bench.mjs')], {
  cwd: root,
  stdio: 'inherit',
  timeout: 5 * 60_000,
});
process.exit(run.status ?? 1);
