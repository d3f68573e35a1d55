// Bundle sizes of a Vite build, from its manifest: shared by `check-budget.mjs` and `bench.mjs`.
//
// DESIGN "Performance": any first page's JS (the entry's static import closure plus the closure of
// the route module the page opens) ≤ 250 KB gzip; each route's own JS (its closure minus the
// entry's) ≤ 80 KB gzip, or ≤ 130 KB when its closure holds recharts. The mock is never counted —
// and must not be in the real build at all.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const limits = {
  firstPage: 250 * KB,
  routeOwn: 80 * KB,
  routeOwnWithCharts: 130 * KB,
};

/** Lazy route modules: the feature pages, the home page and the sign-in page. */
const routePatterns = [/^src\/features\/.+\/pages\/[^/]+\.tsx$/, /^src\/app\/shell\/home-page\.tsx$/];

/** Strings that only msw (library or worker) puts in a bundle; minification keeps string literals. */
export const mockMarkers = [
  'setupWorker',
  'mockServiceWorker',
  '[MSW]',
  'MSW_',
  'INTEGRITY_CHECK_REQUEST',
  'MOCK_ACTIVATE',
];

/** recharts' own class names: present in any chunk that bundles it, whatever the chunk is called. */
const rechartsMarkers = ['recharts-wrapper', 'recharts-surface'];

export class MissingBuildError extends Error {}

/**
 * @typedef {{ file: string; name?: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean;
 *   imports?: string[]; dynamicImports?: string[]; css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ key: string; label: string; src: string; kind: 'route' | 'lazy'; own: number;
 *   firstPage: number; ownLimit: number; firstPageLimit: number | null; charts: boolean;
 *   files: string[] }} RouteSize
 * @typedef {{ entry: { files: string[]; size: number }; routes: RouteSize[]; problems: string[];
 *   mockFindings: string[]; totalJs: number }} BundleReport
 */

/** @param {string} distDir */
export function readManifest(distDir) {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    const shown = path.relative(process.cwd(), manifestPath);
    throw new MissingBuildError(
      `No ${shown.startsWith('..') ? manifestPath : shown}: build first (\`npm run build\`, the real-API build, writes dist/).`,
    );
  }
  return /** @type {Manifest} */ (JSON.parse(readFileSync(manifestPath, 'utf8')));
}

/** @param {string} distDir @returns {(file: string) => number} gzip size (level 9) of a file, memoised */
function gzipSizer(distDir) {
  /** @type {Map<string, number>} */
  const cache = new Map();
  return (file) => {
    let size = cache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
      cache.set(file, size);
    }
    return size;
  };
}

/**
 * The manifest keys of a chunk and everything it imports statically (the browser loads all of them
 * before the module runs).
 * @param {Manifest} manifest @param {string} key @param {Set<string>} [into]
 */
export function staticClosure(manifest, key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) return into;
  into.add(key);
  for (const child of chunk.imports ?? []) staticClosure(manifest, child, into);
  return into;
}

/** @param {Manifest} manifest @param {Iterable<string>} keys */
function jsFiles(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) files.add(file);
  }
  return [...files];
}

/** @param {string} src */
function routeLabel(src) {
  if (src === 'src/features/sign-in/pages/sign-in-page.tsx') return 'sign-in';
  if (src === 'src/app/shell/home-page.tsx') return 'home';
  const feature = /^src\/features\/([^/]+)\/pages\/([^/]+)\.tsx$/.exec(src);
  if (feature) {
    const [, name, page] = feature;
    return page === `${name}-page` ? name : `${name}/${page}`;
  }
  return src;
}

/** @param {string} dir @returns {string[]} every file under dir, relative to it */
function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ sub) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

/**
 * Sizes of the entry, each lazy route and each other lazily loaded chunk, plus the mock check.
 * @param {string} distDir
 * @returns {BundleReport}
 */
export function computeBundleSizes(distDir) {
  const manifest = readManifest(distDir);
  const gz = gzipSizer(distDir);
  /** @param {string[]} files */
  const sum = (files) => files.reduce((total, file) => total + gz(file), 0);
  /** @type {string[]} */
  const problems = [];

  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length === 0) problems.push('The manifest has no entry chunk.');
  /** @type {Set<string>} */
  const entryClosure = new Set();
  for (const key of entryKeys) staticClosure(manifest, key, entryClosure);
  const entryFiles = jsFiles(manifest, entryClosure);
  const entryFileSet = new Set(entryFiles);

  /** @param {string[]} files */
  const hasCharts = (files) =>
    files.some((file) => {
      if (/recharts/i.test(file)) return true;
      const text = readFileSync(path.join(distDir, file), 'utf8');
      return rechartsMarkers.some((marker) => text.includes(marker));
    });

  const routeKeys = Object.keys(manifest).filter((key) => {
    const chunk = manifest[key];
    return Boolean(chunk?.isDynamicEntry && chunk.src && routePatterns.some((pattern) => pattern.test(chunk.src ?? '')));
  });
  if (!routeKeys.some((key) => manifest[key]?.src === 'src/features/sign-in/pages/sign-in-page.tsx')) {
    problems.push('The sign-in page (src/features/sign-in/pages/sign-in-page.tsx) is not a lazy chunk of its own.');
  }
  const routeKeySet = new Set(routeKeys);

  /** @type {RouteSize[]} */
  const routes = [];
  for (const key of routeKeys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    const closureFiles = jsFiles(manifest, staticClosure(manifest, key));
    const ownFiles = closureFiles.filter((file) => !entryFileSet.has(file));
    const firstPageFiles = [...new Set([...entryFiles, ...closureFiles])];
    const charts = hasCharts(ownFiles);
    routes.push({
      key,
      label: routeLabel(chunk.src ?? key),
      src: chunk.src ?? key,
      kind: 'route',
      own: sum(ownFiles),
      firstPage: sum(firstPageFiles),
      ownLimit: charts ? limits.routeOwnWithCharts : limits.routeOwn,
      firstPageLimit: limits.firstPage,
      charts,
      files: ownFiles,
    });
  }
  routes.sort((a, b) => a.label.localeCompare(b.label));

  // Chunks loaded lazily by a page (a chart, a heavy dialog): not part of the first page's static
  // closure, but each still has to fit the per-chunk budget (recharts' own allowance included).
  /** @type {Set<string>} */
  const lazyKeys = new Set();
  for (const key of Object.keys(manifest)) {
    for (const child of manifest[key]?.dynamicImports ?? []) {
      if (!routeKeySet.has(child) && !entryClosure.has(child) && manifest[child]) lazyKeys.add(child);
    }
  }
  for (const key of lazyKeys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    // The mock's own lazy import never reaches the real build; if it does, the mock check reports it.
    if (chunk.src?.startsWith('mocks/')) continue;
    const closureFiles = jsFiles(manifest, staticClosure(manifest, key));
    const ownFiles = closureFiles.filter((file) => !entryFileSet.has(file));
    const charts = hasCharts(ownFiles);
    routes.push({
      key,
      label: `lazy: ${chunk.src ?? chunk.name ?? key}`,
      src: chunk.src ?? key,
      kind: 'lazy',
      own: sum(ownFiles),
      firstPage: sum([...new Set([...entryFiles, ...closureFiles])]),
      ownLimit: charts ? limits.routeOwnWithCharts : limits.routeOwn,
      firstPageLimit: null,
      charts,
      files: ownFiles,
    });
  }

  // The real build must carry no mock: no worker file, no msw code, no module from mocks/.
  /** @type {string[]} */
  const mockFindings = [];
  const allFiles = listFiles(distDir);
  for (const file of allFiles) {
    if (path.basename(file) === 'mockServiceWorker.js') mockFindings.push(`${file}: the mock's service worker is in the build`);
  }
  for (const [key, chunk] of Object.entries(manifest)) {
    for (const ref of [key, chunk.src ?? '']) {
      if (/(^|\/)mocks\//.test(ref) || ref.includes('node_modules/msw/')) {
        mockFindings.push(`${chunk.file}: built from ${ref}`);
        break;
      }
    }
  }
  const allJs = allFiles.filter((file) => file.endsWith('.js') || file.endsWith('.mjs'));
  for (const file of allJs) {
    if (path.basename(file) === 'mockServiceWorker.js') continue;
    const text = readFileSync(path.join(distDir, file), 'utf8');
    const found = mockMarkers.filter((marker) => text.includes(marker));
    if (found.length > 0) mockFindings.push(`${file}: contains msw markers ${found.map((m) => JSON.stringify(m)).join(', ')}`);
  }

  return {
    entry: { files: entryFiles, size: sum(entryFiles) },
    routes,
    problems,
    mockFindings,
    totalJs: sum(allJs.filter((file) => file.startsWith('assets/'))),
  };
}

/** @param {number} bytes */
export function kb(bytes) {
  return (bytes / KB).toFixed(1);
}

/**
 * A plain-text table; numbers right-aligned.
 * @param {string[]} headers @param {string[][]} rows @param {boolean[]} [rightAlign]
 */
export function formatTable(headers, rows, rightAlign = []) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) => (rightAlign[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The per-route table and the list of breaches.
 * @param {BundleReport} report
 */
export function budgetTable(report) {
  /** @type {string[]} */
  const breaches = [];
  const rows = [['(entry)', kb(report.entry.size), kb(report.entry.size), `${kb(limits.firstPage)} first page`, report.entry.size <= limits.firstPage ? 'OK' : 'OVER']];
  if (report.entry.size > limits.firstPage) breaches.push(`entry: ${kb(report.entry.size)} KB > ${kb(limits.firstPage)} KB`);
  for (const route of report.routes) {
    const ownOk = route.own <= route.ownLimit;
    const firstOk = route.firstPageLimit === null || route.firstPage <= route.firstPageLimit;
    if (!ownOk) breaches.push(`${route.label}: own JS ${kb(route.own)} KB > ${kb(route.ownLimit)} KB`);
    if (!firstOk) breaches.push(`${route.label}: first page ${kb(route.firstPage)} KB > ${kb(limits.firstPage)} KB`);
    const limit =
      route.firstPageLimit === null
        ? `${kb(route.ownLimit)} own${route.charts ? ' (recharts)' : ''}`
        : `${kb(route.ownLimit)} own${route.charts ? ' (recharts)' : ''} / ${kb(route.firstPageLimit)} first page`;
    rows.push([route.label, kb(route.own), route.firstPageLimit === null ? `(${kb(route.firstPage)})` : kb(route.firstPage), limit, ownOk && firstOk ? 'OK' : 'OVER']);
  }
  const table = formatTable(['route', 'own KB gz', 'first page KB gz', 'limit KB gz', 'status'], rows, [false, true, true, false, false]);
  return { table, breaches };
}
