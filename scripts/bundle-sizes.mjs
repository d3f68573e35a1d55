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

/** Lazy route modules: the feature pages and tabs, the home page and the sign-in page. */
const routePatterns = [
  /^src\/features\/.+\/pages\/[^/]+\.tsx$/,
  /^src\/features\/.+\/tabs\/[^/]+\.tsx$/,
  /^src\/app\/shell\/home-page\.tsx$/,
];

/** The one route table (src/app/route-table.tsx): a detail page's tabs are listed under it. */
const routeTablePath = 'src/app/route-table.tsx';

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
 * @typedef {{ key: string; label: string; src: string; kind: 'route' | 'tab' | 'lazy'; own: number;
 *   firstPage: number; ownLimit: number; firstPageLimit: number | null; charts: boolean;
 *   files: string[]; parent?: string }} RouteSize
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

/**
 * A readable name: `accounts` for the feature's main page, `account` for another page of it
 * (`pages/account-page.tsx`), `account/consent` for a tab of that page (`tabs/consent-tab.tsx`).
 * @param {string} src @param {string | undefined} [parentLabel]
 */
function routeLabel(src, parentLabel) {
  if (src === 'src/features/sign-in/pages/sign-in-page.tsx') return 'sign-in';
  if (src === 'src/app/shell/home-page.tsx') return 'home';
  const page = /^src\/features\/([^/]+)\/pages\/([^/]+)\.tsx$/.exec(src);
  if (page) {
    const [, feature, file = ''] = page;
    return file === `${feature}-page` ? (feature ?? file) : file.replace(/-page$/, '');
  }
  const tab = /^src\/features\/([^/]+)\/tabs\/([^/]+)\.tsx$/.exec(src);
  if (tab) {
    const [, feature, file = ''] = tab;
    return `${parentLabel ?? feature}/${file.replace(/-tab$/, '')}`;
  }
  return src;
}

/**
 * Which page each tab belongs to, read from the route table: the `import()`s inside a route's
 * `tabs: [...]` are its tabs, and the route's own `import()` (the last one before `tabs:`) its page.
 * Keys and values are source paths as the manifest names them (`src/features/…/x.tsx`).
 * @param {string} rootDir
 * @returns {{ parents: Map<string, string>; problem: string | null }}
 */
export function readTabParents(rootDir) {
  /** @type {Map<string, string>} */
  const parents = new Map();
  const file = path.join(rootDir, routeTablePath);
  if (!existsSync(file)) return { parents, problem: `${routeTablePath} not found: tabs are sized without their page.` };
  const text = readFileSync(file, 'utf8');
  /** @param {string} spec */
  const resolve = (spec) => {
    const base = spec.startsWith('@/')
      ? `src/${spec.slice(2)}`
      : spec.startsWith('.')
        ? path.posix.join(path.posix.dirname(routeTablePath), spec)
        : spec;
    if (/\.[cm]?[jt]sx?$/.test(base)) return base;
    for (const ext of ['.tsx', '.ts', '.jsx', '.js']) if (existsSync(path.join(rootDir, `${base}${ext}`))) return `${base}${ext}`;
    return `${base}.tsx`;
  };
  const imports = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({
    index: match.index,
    src: resolve(match[1] ?? ''),
  }));
  for (const match of text.matchAll(/\btabs\s*:\s*\[/g)) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let close = text.length;
    for (let i = open; i < text.length; i += 1) {
      if (text[i] === '[') depth += 1;
      else if (text[i] === ']') {
        depth -= 1;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    const parent = imports.filter((entry) => entry.index < match.index).at(-1);
    if (!parent) continue;
    for (const entry of imports) if (entry.index > open && entry.index < close) parents.set(entry.src, parent.src);
  }
  return { parents, problem: null };
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
 * @param {string} [rootDir] the project (for the route table); by default distDir's parent
 * @returns {BundleReport}
 */
export function computeBundleSizes(distDir, rootDir = path.dirname(path.resolve(distDir))) {
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

  // A tab opened by a link loads its page too: its first page is entry + page + tab.
  const tabParents = readTabParents(rootDir);
  if (tabParents.problem && routeKeys.some((key) => /\/tabs\//.test(manifest[key]?.src ?? ''))) {
    problems.push(tabParents.problem);
  }
  /** @type {RouteSize[]} */
  const routes = [];
  for (const key of routeKeys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    const src = chunk.src ?? key;
    const parentSrc = tabParents.parents.get(src);
    const parentKey = parentSrc && manifest[parentSrc] ? parentSrc : undefined;
    const closureFiles = jsFiles(manifest, staticClosure(manifest, key));
    const parentFiles = parentKey ? jsFiles(manifest, staticClosure(manifest, parentKey)) : [];
    const ownFiles = closureFiles.filter((file) => !entryFileSet.has(file));
    const firstPageFiles = [...new Set([...entryFiles, ...parentFiles, ...closureFiles])];
    const charts = hasCharts(ownFiles);
    const parentLabel = parentKey ? routeLabel(parentKey) : undefined;
    routes.push({
      key,
      label: routeLabel(src, parentLabel),
      src,
      kind: parentKey ? 'tab' : 'route',
      own: sum(ownFiles),
      firstPage: sum(firstPageFiles),
      ownLimit: charts ? limits.routeOwnWithCharts : limits.routeOwn,
      firstPageLimit: limits.firstPage,
      charts,
      files: ownFiles,
      ...(parentLabel ? { parent: parentLabel } : {}),
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
    const withParent = route.parent ? ` (with ${route.parent})` : '';
    if (!ownOk) breaches.push(`${route.label}: own JS ${kb(route.own)} KB > ${kb(route.ownLimit)} KB`);
    if (!firstOk) breaches.push(`${route.label}: first page${withParent} ${kb(route.firstPage)} KB > ${kb(limits.firstPage)} KB`);
    const limit =
      route.firstPageLimit === null
        ? `${kb(route.ownLimit)} own${route.charts ? ' (recharts)' : ''}`
        : `${kb(route.ownLimit)} own${route.charts ? ' (recharts)' : ''} / ${kb(route.firstPageLimit)} first page`;
    rows.push([route.label, kb(route.own), route.firstPageLimit === null ? `(${kb(route.firstPage)})` : kb(route.firstPage), limit, ownOk && firstOk ? 'OK' : 'OVER']);
  }
  const tabs = report.routes.filter((route) => route.parent);
  const note =
    tabs.length > 0
      ? `\n(a tab's first page counts its page too: ${[...new Set(tabs.map((route) => `${route.parent ?? ''}/* = entry + ${route.parent ?? ''} + the tab`))].join('; ')})`
      : '';
  const table =
    formatTable(['route', 'own KB gz', 'first page KB gz', 'limit KB gz', 'status'], rows, [false, true, true, false, false]) + note;
  return { table, breaches };
}
