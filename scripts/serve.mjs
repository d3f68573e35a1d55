#!/usr/bin/env node
// A tiny static file server for a built console (no dependencies): Playwright's webServer and the
// bench use it.
//
//   node scripts/serve.mjs <dir> <port>
//
// Serves <dir> on 127.0.0.1; a path without a file gets index.html (the SPA's router takes over);
// the mock's service worker may control the whole origin. Hashed assets are cached for good,
// everything else is revalidated each time, so a rebuild is always picked up.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const [dirArg, portArg] = process.argv.slice(2);
if (!dirArg || !portArg || !/^\d+$/.test(portArg)) {
  console.error('usage: node scripts/serve.mjs <dir> <port>');
  process.exit(2);
}
const root = path.resolve(dirArg);
const port = Number(portArg);
const host = '127.0.0.1';

try {
  const info = await stat(path.join(root, 'index.html'));
  if (!info.isFile()) throw new Error('not a file');
} catch {
  console.error(`serve: ${root} has no index.html (build it first, e.g. \`npm run build:demo\`).`);
  process.exit(1);
}

/** @type {Record<string, string>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a URL path names, or null when it names none (or tries to leave the root).
 * @param {string} urlPath
 * @returns {Promise<{ file: string; size: number; mtime: Date } | null>}
 */
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size, mtime: info.mtime };
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      const indexInfo = await stat(index);
      if (indexInfo.isFile()) return { file: index, size: indexInfo.size, mtime: indexInfo.mtime };
    }
  } catch {
    // No such file: the caller decides between the SPA fallback and a 404.
  }
  return null;
}

const server = http.createServer((request, response) => {
  void (async () => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed\n');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    let found = await resolveFile(url.pathname);
    // SPA fallback: a route path (no file extension) gets index.html; a missing asset is a real 404,
    // so a stale chunk fails loudly instead of parsing HTML as JavaScript.
    if (!found && path.posix.extname(url.pathname) === '') found = await resolveFile('/index.html');
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('Not found\n');
      return;
    }
    const ext = path.extname(found.file).toLowerCase();
    const relative = path.relative(root, found.file).split(path.sep).join('/');
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': contentTypes[ext] ?? 'application/octet-stream',
      'Content-Length': found.size,
      'Last-Modified': found.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
      // Hashed build output never changes; everything else (index.html, the worker) is revalidated.
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (path.basename(found.file) === 'mockServiceWorker.js') headers['Service-Worker-Allowed'] = '/';
    const since = request.headers['if-modified-since'];
    if (since && headers['Cache-Control'] === 'no-cache' && Math.floor(found.mtime.getTime() / 1000) <= Math.floor(Date.parse(since) / 1000)) {
      response.writeHead(304, { 'Cache-Control': 'no-cache', 'Last-Modified': found.mtime.toUTCString() });
      response.end();
      return;
    }
    response.writeHead(200, headers);
    if (method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => {
      response.destroy();
    });
    stream.pipe(response);
  })().catch((error) => {
    console.error('serve: request failed', error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Internal error\n');
  });
});

server.on('error', (error) => {
  console.error(`serve: cannot listen on ${host}:${String(port)}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`Serving ${dirArg} at http://${host}:${String(port)}/`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
