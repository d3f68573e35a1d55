#!/usr/bin/env node
// `npm run check:budget`: the JS budget of DESIGN "Performance" on the real-API build (dist/), and
// the proof that the build carries no mock. Run `npm run build` first. Exits 1 on any breach.
//
//   node scripts/check-budget.mjs [distDir]
import path from 'node:path';
import { budgetTable, computeBundleSizes, kb, MissingBuildError } from './bundle-sizes.mjs';

const distDir = path.resolve(process.argv[2] ?? 'dist');

/** @type {import('./bundle-sizes.mjs').BundleReport} */
let report;
try {
  report = computeBundleSizes(distDir);
} catch (error) {
  if (error instanceof MissingBuildError) {
    console.error(`check-budget: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const shown = path.relative(process.cwd(), distDir);
console.log(`JS budget of ${shown && !shown.startsWith('..') ? shown : distDir} (gzip level 9; 1 KB = 1024 bytes)\n`);
const { table, breaches } = budgetTable(report);
console.log(table);
console.log(`\nentry closure: ${report.entry.files.join(', ')}`);
console.log(`all JS in assets/: ${kb(report.totalJs)} KB gzip`);

const failures = [...report.problems, ...breaches];
console.log('\nMock check (dist/ must hold no mock code):');
if (report.mockFindings.length === 0) {
  console.log('  OK: no mockServiceWorker.js, no msw markers, no module from mocks/');
} else {
  for (const finding of report.mockFindings) console.log(`  OVER: ${finding}`);
  failures.push(...report.mockFindings.map((finding) => `mock in the real build: ${finding}`));
}

if (failures.length > 0) {
  console.error(`\nBudget check FAILED (${String(failures.length)}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log('\nBudget check passed.');
