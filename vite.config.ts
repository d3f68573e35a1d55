import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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
  plugins: [react(), ...(mode === 'demo' ? [startMockFirst()] : [])],
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
    testTimeout: 30_000,
  },
}));
