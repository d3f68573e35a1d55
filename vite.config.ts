import { readFileSync } from 'node:fs';
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
 * The first page's route chunk starts loading with the HTML instead of after the app's code has
 * evaluated and the router has matched: a few lines in index.html look up `location.pathname` in a
 * map of the list pages (literal paths of `src/app/route-table.tsx`) to their chunks and add
 * `modulepreload` links. A route the map does not know loads as before.
 */
function preloadFirstRoute(): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'privacy-console:preload-first-route',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (fileName: string, into: Set<string>): Set<string> => {
          if (into.has(fileName)) return into;
          into.add(fileName);
          for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, into);
          return into;
        };
        const initial = new Set<string>();
        for (const chunk of chunks) if (chunk.isEntry) closure(chunk.fileName, initial);
        const table = readFileSync(`${root}/src/app/route-table.tsx`, 'utf8');
        const routes: Record<string, string[]> = {};
        for (const [, path, specifier] of table.matchAll(
          /path: '(\/[^':]*)',[^]*?lazy: \(\) => import\('([^']+)'\)/g,
        )) {
          if (!path || !specifier) continue;
          const module = `${root}/src/app/${specifier}`
            .replace('/src/app/@/', '/src/')
            .replace('/src/app/./', '/src/app/');
          const page = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\.tsx?$/, '') === module);
          if (!page) continue;
          routes[path] = [...closure(page.fileName, new Set())].filter((fileName) => !initial.has(fileName));
        }
        if (!Object.keys(routes).length) return html;
        const script = `<script>(function(){var f=${JSON.stringify(routes)}[location.pathname.replace(/\\/$/,'')||'/'];if(f)f.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=${JSON.stringify(base)}+h;document.head.appendChild(l)})})()</script>`;
        return html.replace('<script type="module"', `${script}\n    <script type="module"`);
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), preloadFirstRoute(), ...(mode === 'demo' ? [startMockFirst()] : [])],
  resolve: { alias },
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
