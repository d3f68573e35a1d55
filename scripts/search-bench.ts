/**
 * Times the accounts search of the mock API in Node: the seed, 50 fixed queries through the real
 * handler (msw/node, fetch, session, masking, JSON), the same queries through the query function
 * alone, and the JS heap after GC with the mock loaded. DESIGN "Performance": every handler call
 * ≤ 30 ms (p95 here), JS heap ≤ 16 MB with the whole mock loaded.
 *
 * Run it with `node scripts/search-bench.mjs`, which bundles this file with Vite (for the `@/` and
 * `@mocks/` aliases) and runs it with `--expose-gc`.
 */
import { performance } from 'node:perf_hooks';
import { setupServer } from 'msw/node';
import { clock } from '@mocks/clock';
import { listAccounts, type AccountListQuery } from '@mocks/db/accounts/list';
import { accountDetail } from '@mocks/db/accounts/queries';
import { warmAccounts } from '@mocks/db/accounts/state';
import { openAlertCountOf } from '@mocks/db/alerts/queries';
import { consentLog } from '@mocks/db/consent';
import { resetDb } from '@mocks/db/database';
import { knownAccounts } from '@mocks/db/known-accounts';
import { maskSummary } from '@mocks/db/masking';
import { handlers } from '@mocks/handlers';
import { accountList } from '@mocks/handlers/accounts';
import { parseListQuery } from '@mocks/http/list-query';
import { resetSettings } from '@mocks/settings';

const origin = 'http://localhost';

/** 50 queries: name, email and phone fragments, ids, no-match strings, filters, sorts, pages. */
const queries: readonly string[] = [
  // names
  'q=lena',
  'q=hoffmann',
  'q=wang',
  'q=wang%20wei',
  'q=m%C3%BCller',
  'q=Garc%C3%ADa',
  'q=%E4%BD%90%E8%97%A4',
  'q=%E9%99%88%E9%9D%99',
  'q=an',
  'q=smith&sort=name:asc',
  'q=priya&sort=lastSeenAt:desc',
  'q=Anonymized',
  // emails
  'q=mail.example',
  'q=%40netzpost.example',
  'q=qmail.example&sort=riskScore:desc',
  'q=lena.hoffmann91',
  'q=chenjing',
  'q=courriel&page=3',
  'q=keitai.example&sort=createdAt:asc',
  'q=telecom.example',
  // phones
  'q=13812345678',
  'q=%2B86%20138',
  'q=138',
  'q=%2B49%20157%203820',
  'q=7700%20900',
  'q=9012345678',
  'q=55%2011%209&status=active',
  // ids
  `q=${knownAccounts.locked}`,
  `q=${knownAccounts.heavyHistory}`,
  'q=ACC_ZZZZZZ',
  // no match
  'q=zzzzqqq',
  'q=xylophone',
  'q=0000000000000',
  'q=%40example.invalid',
  // filters and sorts without q
  '',
  'status=locked',
  'country=DE',
  'riskMin=80',
  'status=closed&country=FR',
  'sort=name:asc',
  'sort=name:desc&page=40',
  'sort=riskScore:desc',
  'sort=lastSeenAt:desc',
  'sort=id:asc',
  'sort=openAlertCount:desc&pageSize=200',
  'sort=country:asc&status=active',
  'sort=status:desc',
  // q with filters and sorts
  'q=a&country=BR&sort=name:asc',
  'q=e&riskMin=50&sort=riskScore:desc',
  'q=li&status=active&sort=createdAt:asc&page=2',
];

/** A script's report goes to stdout (the lint rule keeps `console.log` out of app code). */
function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  return `p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  max ${fmt(sorted.at(-1) ?? 0)}`;
}

interface Heap {
  /** V8 heap in use after GC. */
  heap: number;
  /** Typed-array backing stores, which V8 keeps outside its heap. */
  buffers: number;
}

function heapNow(): Heap {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed / 1024 / 1024, buffers: usage.arrayBuffers / 1024 / 1024 };
}

function mb(heap: Heap): string {
  return `${heap.heap.toFixed(1)} MB + ${heap.buffers.toFixed(1)} MB typed arrays`;
}

function listQueryOf(search: string): AccountListQuery {
  const { filters, sort, page, pageSize } = parseListQuery(
    new URL(`${origin}/api/v1/accounts?${search}`),
    accountList,
  );
  return {
    ...filters,
    sort: sort ?? { field: 'lastSeenAt', direction: 'desc' },
    page,
    pageSize,
    openAlerts: openAlertCountOf,
  };
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.warn('(run with --expose-gc for heap figures after GC)');
  resetSettings({ latencyMs: 0 });
  clock.pin('2026-11-25T09:00:00Z');
  resetDb();
  const heapBefore = heapNow();

  const seedStart = performance.now();
  warmAccounts();
  const seedMs = performance.now() - seedStart;
  const heapSeeded = heapNow();

  // The real handler path: msw/node, a signed-in session, masking, JSON.
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const signIn = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'support@digfashions.example', password: 'demo' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!signIn.ok || cookie === '') throw new Error(`sign-in failed: ${String(signIn.status)}`);

  const handlerTimes: number[] = [];
  const rows: string[] = [];
  for (const search of queries) {
    const started = performance.now();
    const reply = await fetch(`${origin}/api/v1/accounts?${search}`, { headers: { Cookie: cookie } });
    const body = (await reply.json()) as { total?: number };
    const ms = performance.now() - started;
    if (!reply.ok) throw new Error(`${search}: ${String(reply.status)} ${JSON.stringify(body)}`);
    handlerTimes.push(ms);
    rows.push(`${String(body.total ?? 0).padStart(6)} rows  ${decodeURIComponent(search) || '(no query)'}`);
  }

  // The account page's requests for the account with the longest histories, generated on first use.
  const pageTimes: string[] = [];
  for (const path of [
    '',
    '/activity?pageSize=50',
    '/consents',
    '/consent-events?pageSize=50',
    '/consent-receipt',
  ]) {
    const started = performance.now();
    const reply = await fetch(`${origin}/api/v1/accounts/${knownAccounts.heavyHistory}${path}`, {
      headers: { Cookie: cookie },
    });
    await reply.text();
    if (!reply.ok) throw new Error(`${path}: ${String(reply.status)}`);
    pageTimes.push(
      `${path === '' ? '(account)' : (path.split('?')[0] ?? path)} ${(performance.now() - started).toFixed(1)} ms`,
    );
  }
  server.close();

  // The query function the handler calls, plus masking and page slicing, caches warm.
  const queryTimes: number[] = [];
  for (const search of queries) {
    const query = listQueryOf(search);
    const started = performance.now();
    const page = listAccounts(query);
    page.items.map(maskSummary);
    queryTimes.push(performance.now() - started);
  }

  // Open a few account pages, as a support shift would, so the history LRU holds something.
  for (let n = 0; n < 24; n += 1) {
    const index = n * 4111;
    accountDetail(index, openAlertCountOf);
    consentLog(index);
  }
  const heapLoaded = heapNow();

  print('Accounts search of the mock API (100,000 accounts, Node ' + process.version + ')\n');
  print('  handler  function   matches  query');
  rows.forEach((row, i) => {
    const cold = (handlerTimes[i] ?? 0).toFixed(2).padStart(6);
    const warm = (queryTimes[i] ?? 0).toFixed(2).padStart(6);
    print(`  ${cold} ms ${warm} ms  ${row}`);
  });
  print();
  print(`seed (first use of the accounts family): ${seedMs.toFixed(1)} ms`);
  print(`handler (fetch → msw → handler → JSON), 50 queries, cold caches: ${summary(handlerTimes)}`);
  print(`query function + masking, same 50 queries, warm caches:          ${summary(queryTimes)}`);
  print(
    `account page of ${knownAccounts.heavyHistory} (first request each, histories generated): ${pageTimes.join(', ')}`,
  );
  const grown = heapLoaded.heap + heapLoaded.buffers - heapBefore.heap - heapBefore.buffers;
  print(`JS heap after GC, mock code loaded:            ${mb(heapBefore)}`);
  print(`                  accounts seeded:              ${mb(heapSeeded)}`);
  print(`                  + 50 queries, 24 accounts open: ${mb(heapLoaded)}`);
  print(`                  the accounts data in all:     ${grown.toFixed(1)} MB`);
  const p95 = percentile(
    [...handlerTimes].sort((a, b) => a - b),
    95,
  );
  if (p95 > 30) {
    print(`\nOVER BUDGET: p95 ${p95.toFixed(2)} ms > 30 ms`);
    process.exitCode = 1;
  }
}

await main();
