import { expect, type Locator, type Page } from '@playwright/test';
import { knownAlerts, knownIncidents } from './known-alerts';

/** The known incidents (literals mirrored from the mock: see `known-alerts.ts`). */
export { knownIncidents };

/** The alert the mock seeds `acknowledged` (assigned to analyst@), not yet escalated. */
export const acknowledgedAlert = knownAlerts.acknowledged;

/** An incident as the API returns it, the fields the journeys read. */
export interface ApiIncident {
  id: string;
  status: string;
  nature?: string;
  cause?: string;
  dataCategories: string[];
  affectedAccountCount: number;
  likelyConsequences?: string;
  measuresTaken?: string;
  regulatorDeadlineAt: string;
  regulatorReport?: { lateReason?: string; reference: string };
}

/** A notice as the API returns it. */
export interface ApiNotice {
  id: string;
  status: string;
  authorId: string;
  approverId?: string;
  channels: string[];
  batchId?: string;
}

/** The incidents list's parts, by role and label. */
export function incidentsList(page: Page) {
  const table = page.getByRole('table', { name: 'Incidents', exact: true });
  const filters = page.getByRole('group', { name: 'Status', exact: true });
  return {
    heading: page.getByRole('heading', { name: 'Incidents', level: 1 }),
    table,
    /** Body rows (skeleton rows while loading carry no key). */
    rows: table.locator('tbody tr[data-row-key]'),
    row: (id: string) => table.locator(`tbody tr[data-row-key="${id}"]`),
    statusToggle: (label: string) => filters.getByRole('button', { name: label, exact: true }),
  };
}

/** The ids of the list's rows, in order, once the table is not busy. */
export async function rowIds(list: ReturnType<typeof incidentsList>): Promise<string[]> {
  await expect(list.table).toHaveAttribute('aria-busy', 'false');
  return list.rows.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.rowKey ?? ''));
}

/** A workspace's parts (`/incidents/:id`), by role and label. */
export function workspace(page: Page) {
  const summary = page.getByRole('region', { name: 'Incident summary' });
  const facts = page.getByRole('region', { name: 'Facts', exact: true });
  const factsForm = page.getByRole('form', { name: 'Edit the facts' });
  const regulator = page.getByRole('region', { name: 'Regulator', exact: true });
  const reportForm = page.getByRole('form', { name: 'File regulator report' });
  const notices = page.getByRole('region', { name: 'Customer notices' });
  const moves = page.getByRole('group', { name: 'Status moves' });
  return {
    heading: page.getByRole('heading', { level: 1 }),
    summary,
    statusChip: (label: string) => statusChip(summary, label),
    clock: page.getByRole('group', { name: 'Regulator clock' }),
    moves,
    move: (label: string) => moves.getByRole('button', { name: label, exact: true }),
    beforeClosing: page.getByRole('region', { name: 'Before closing' }),
    facts,
    factsTable: facts.getByRole('table', { name: "The incident's facts" }),
    editFacts: facts.getByRole('button', { name: 'Edit facts' }),
    factsForm,
    factField: (label: string) => factsForm.getByRole('textbox', { name: label, exact: true }),
    addCategory: factsForm.getByRole('textbox', { name: 'Add a data category' }),
    saveFacts: factsForm.getByRole('button', { name: 'Save facts' }),
    regulator,
    fileReport: regulator.getByRole('button', { name: 'File regulator report' }),
    reportForm,
    reportField: (label: string) =>
      reportForm.getByRole('textbox', { name: new RegExp(`^${label}( \\*)?$`) }),
    submitReport: reportForm.getByRole('button', { name: 'File the report' }),
    filedReport: regulator.getByRole('table', { name: 'The filed regulator report' }),
    notices,
    draftNotice: notices.getByRole('button', { name: 'Draft a notice' }),
    notice: (position: number) => notices.getByRole('article', { name: `Notice ${String(position)}` }),
    timeline: page.getByRole('region', { name: /^Timeline/ }),
    linkedAlerts: page.getByRole('region', { name: 'Linked alerts' }),
  };
}

/** A status chip (the console's `StatusChip`, marked by its tone) inside `scope` reading exactly `label`. */
export function statusChip(scope: Locator, label: string): Locator {
  return scope.locator('[data-tone]').filter({ hasText: new RegExp(`^${label}$`) });
}

/** The value cell of a two-column fact table's row whose header is `label`. */
export function factCell(table: Locator, label: string): Locator {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');
}

/** The "Draft a notice" / "Edit the draft notice" dialog's parts. */
export function noticeDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Draft a notice' });
  return {
    dialog,
    audience: (label: RegExp) =>
      dialog.getByRole('radiogroup', { name: 'Audience' }).getByRole('radio', { name: label }),
    channel: (label: string) => dialog.getByRole('checkbox', { name: label, exact: true }),
    part: (label: string) => dialog.getByRole('textbox', { name: label, exact: true }),
    partsNote: dialog.getByRole('note', { name: 'Parts still to write' }),
    save: dialog.getByRole('button', { name: 'Save draft' }),
  };
}

/** The five parts of a notice, by the labels the form gives them. */
export const noticePartLabels = [
  'What happened and its likely impact',
  'What we did and will do',
  'How customers can protect themselves',
  'Remedies open to customers',
  'Whom to contact',
] as const;

/** Reads an API resource with the page's session (the console's own fetch, so the mock answers). */
export function apiGetJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${url}: ${String(response.status)}`);
    return (await response.json()) as unknown;
  }, `/api/v1${path}`) as Promise<T>;
}
