import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type * as PackFileModule from './mocks/db/disclosures/pack-file';
import type * as DisclosureSeedModule from './mocks/db/disclosures/seed';
import type * as MockSettingsModule from './mocks/settings';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
  '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
};

/**
 * Demo build only: `src/app/mock-start.ts` is an entry of its own, loaded by a script tag ahead of
 * the app's, so the mock's chunk, its seed worker and its service worker start while the app's
 * code (React, MUI, routes) is still loading and evaluating; the mock's chunk is preloaded from
 * the HTML. The real build has neither the entry nor the tags.
 */
function startMockFirst(): Plugin {
  let base = '/';
  return {
    name: 'privacy-console:start-mock-first',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = new Map(
          Object.values(context.bundle ?? {}).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output] as const] : [],
          ),
        );
        const start = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === 'mock-start');
        if (!start) return html;
        // The mock's chunk and every chunk it imports, at any depth.
        const preload = new Set<string>();
        const visit = (fileName: string): void => {
          if (preload.has(fileName)) return;
          preload.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        for (const fileName of start.dynamicImports) visit(fileName);
        const startTag = `<script type="module" crossorigin src="${base}${start.fileName}"></script>`;
        const preloadTags = [...preload].map(
          (fileName) => `<link rel="modulepreload" crossorigin href="${base}${fileName}">`,
        );
        // Ahead of the app's own script: module scripts run in document order.
        return html.replace(
          '<script type="module"',
          `${[startTag, ...preloadTags].join('\n    ')}\n    <script type="module"`,
        );
      },
    },
  };
}

/** The default seed's disclosures pack, as the file's name and bytes; computed once per build. */
let disclosuresFile: Promise<{ seed: number; fileName: string; bytes: Uint8Array }> | undefined;

/** Runs the mock's own seeding code in Node (through Vite, for the aliases) to build the file. */
async function buildDisclosuresFile() {
  const server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    logLevel: 'error',
    resolve: { alias },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const settings = (await server.ssrLoadModule('/mocks/settings.ts')) as typeof MockSettingsModule;
    const seed = (await server.ssrLoadModule('/mocks/db/disclosures/seed.ts')) as typeof DisclosureSeedModule;
    const file = (await server.ssrLoadModule('/mocks/db/disclosures/pack-file.ts')) as typeof PackFileModule;
    const defaultSeed = settings.settings.seed;
    // Any anchor: the file keeps times as offsets from it (pack-file.ts).
    const bytes = file.encodeDisclosurePack(seed.seedDisclosures(defaultSeed, Date.UTC(2026, 0, 1)));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    return { seed: defaultSeed, fileName: `assets/disclosures-seed-${hash}.bin`, bytes };
  } finally {
    await server.close();
  }
}

/**
 * Demo build only: the disclosures ledger of the default seed (50,000 entries, ~1 s to build in a
 * worker) is computed at build time and shipped as a binary file (~1.8 MB), which a page fetches
 * instead of building it (decision 68); `mocks/db/prebuilt-seeds.ts` gets its URL.
 */
function prebuiltSeeds(): Plugin {
  const module = fileURLToPath(new URL('./mocks/db/prebuilt-seeds.ts', import.meta.url));
  let base = '/';
  return {
    name: 'privacy-console:prebuilt-seeds',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async load(id) {
      if (id !== module) return null;
      const file = await (disclosuresFile ??= buildDisclosuresFile());
      return `export const prebuiltDisclosures = ${JSON.stringify({ seed: file.seed, url: `${base}${file.fileName}` })};`;
    },
    async generateBundle() {
      const file = await (disclosuresFile ??= buildDisclosuresFile());
      this.emitFile({ type: 'asset', fileName: file.fileName, source: file.bytes });
    },
  };
}

/**
 * The demo build's mock without the public suffix list: `tldts` (257 KB, only used by MSW's cookie
 * jar) becomes `mocks/http/registrable-domain.ts`, which answers the same for the mock's host-only
 * cookie (see there; decision 30). Tests keep the real `tldts`.
 */
const demoAlias = {
  ...alias,
  tldts: fileURLToPath(new URL('./mocks/http/registrable-domain.ts', import.meta.url)),
};

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'demo' ? [startMockFirst(), prebuiltSeeds()] : [])],
  resolve: { alias: mode === 'demo' ? demoAlias : alias },
  // The service worker of the mock API lives in public/; only the demo mode ships it.
  publicDir: mode === 'demo' ? 'public' : false,
  build: {
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    ...(mode === 'demo'
      ? { rolldownOptions: { input: { index: 'index.html', 'mock-start': 'src/app/mock-start.ts' } } }
      : {}),
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // A ceiling, not a wait: the longest form journeys take ~11 s on an idle two-core machine.
    testTimeout: 60_000,
    // One worker per core: on two cores vitest's default (cores − 1) runs the files one at a time
    // (decision 81).
    maxWorkers: '100%',
  },
}));
