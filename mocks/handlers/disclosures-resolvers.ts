import { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { idOf } from '@/shared/contract/common';
import { consentEventSchema, type ConsentEvent, type PurposeId } from '@/shared/contract/consent';
import {
  createDisclosureRequestSchema,
  disclosureKinds,
  disclosureSortFields,
  legalBases,
  recipientCategories,
  type Disclosure,
} from '@/shared/contract/disclosures';
import { isoAt } from '@mocks/clock';
import { consentLog } from '@mocks/db/consent';
import { recipients } from '@mocks/db/disclosures/catalog';
import { csvStream } from '@mocks/db/disclosures/export';
import {
  consentWithdrawnSinceOf,
  disclosureAt,
  disclosuresState,
  findDisclosure,
  isAccountIndex,
  isCorrected,
  matchingSlots,
  recipientTotals,
  type ConsentReader,
  type DisclosureFilters,
} from '@mocks/db/disclosures/queries';
import { disclosureRuleErrors } from '@mocks/db/disclosures/rules';
import { accountCountry } from '@mocks/db/disclosures/seed';
import { commitDisclosure, disclosuresReady } from '@mocks/db/disclosures/state';
import { ids } from '@mocks/db/ids';
import { entriesOf } from '@mocks/db/journal';
import type { HandlerContext } from '@mocks/http/handler';
import { defineList, filter, type FilterValues } from '@mocks/http/list-query';
import { badRequest, conflict, notFound } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

/**
 * What the disclosures endpoints do (`handlers/disclosures.ts` registers them): the append-only
 * ledger, one entry, the recipients and a recipient's totals, recording an entry (or a correction)
 * under every rule of the contract, and the CSV export streamed over the whole filtered set. A
 * chunk of its own in the demo, with the family's seed and queries: loaded on the first
 * disclosures request, so the mock's start-up does not carry the ledger's code.
 */

const disclosureFilters = {
  recipientId: filter.oneOf(recipients.map((recipient) => recipient.id)),
  recipientCategory: filter.oneOf(recipientCategories),
  kind: filter.oneOf(disclosureKinds),
  legalBasis: filter.oneOf(legalBases),
  accountId: filter.id('acc'),
  crossBorder: filter.boolean(),
  from: filter.dateTime(),
  to: filter.dateTime(),
  q: filter.text(),
};

const disclosureList = defineList({
  filters: disclosureFilters,
  sortable: disclosureSortFields,
  // The newest disclosure first: what just went out is what legal is asked about.
  defaultSort: { field: 'occurredAt', direction: 'desc' },
});

/** The export takes the list's filters and sort, without paging. */
const exportList = defineList({
  filters: disclosureFilters,
  sortable: disclosureSortFields,
  defaultPageSize: 1,
});

function toFilters(values: FilterValues<typeof disclosureFilters>): DisclosureFilters {
  let accountIndex: number | undefined;
  if (values.accountId !== undefined) {
    const index = ids.account.decode(values.accountId);
    if (!isAccountIndex(index))
      throw badRequest([{ field: 'accountId', message: `No account ${values.accountId}.` }]);
    accountIndex = index;
  }
  if (values.from !== undefined && values.to !== undefined && values.from > values.to)
    throw badRequest([{ field: 'from', message: 'Must not be after "to".' }]);
  return {
    recipientId: values.recipientId,
    recipientCategory: values.recipientCategory,
    kind: values.kind,
    legalBasis: values.legalBasis,
    accountIndex,
    crossBorder: values.crossBorder,
    from: values.from,
    to: values.to,
    q: values.q,
  };
}

/** Support reads the disclosures of the account in front of them, never the whole ledger. */
function requireScope(context: HandlerContext): void {
  if (!context.url.searchParams.get('accountId')) context.requirePermission('disclosures.read');
}

const writtenConsentSchema = z.object({ accountId: idOf('acc'), event: consentEventSchema });

/**
 * The consent events written at run time, per account index, oldest first: the consent family's
 * journal records (withdrawals staff recorded, here or in another tab). Read once per request, so
 * `consentWithdrawnSince` needs no account's generated log unless the account is outside the
 * seed's consent pool.
 */
function consentReader(): ConsentReader {
  const written = new Map<number, ConsentEvent[]>();
  for (const entry of entriesOf('consent')) {
    const parsed = writtenConsentSchema.safeParse(entry.record);
    if (!parsed.success) continue;
    const index = ids.account.decode(parsed.data.accountId);
    if (index === undefined) continue;
    written.set(index, [...(written.get(index) ?? []), parsed.data.event]);
  }
  for (const events of written.values()) events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { written, logOf: consentLog };
}

/** The entry as served: with `consentWithdrawnSince` from the accounts' consent logs now. */
function served(entry: Disclosure, reader: ConsentReader): Disclosure {
  const withdrawn = consentWithdrawnSinceOf(entry, reader);
  return withdrawn === undefined ? entry : { ...entry, consentWithdrawnSince: withdrawn };
}

/** Whether the account's consent log has `purpose` granted at `at` (the last decision before it). */
function grantedIn(log: readonly ConsentEvent[], purpose: PurposeId, at: number): boolean {
  let granted = false;
  for (const event of log) {
    if (Date.parse(event.at) > at) break;
    if (event.purposeId !== purpose || event.action === 'reconsent_requested') continue;
    granted = event.action === 'granted';
  }
  return granted;
}

function exportFileName(context: HandlerContext): string {
  const parts = [...context.url.searchParams.entries()]
    .filter(([name, value]) => name !== 'sort' && value !== '')
    .map(([name, value]) => `${name}-${value}`.replace(/[^0-9A-Za-z_-]+/g, '_'));
  return `disclosures${parts.length > 0 ? `_${parts.join('_')}` : ''}_${isoAt(context.now).slice(0, 10)}.csv`;
}

/** `GET /disclosures`: a page of the ledger (support: only with `accountId`). */
export async function listDisclosures(context: HandlerContext) {
  requireScope(context);
  await disclosuresReady();
  const query = context.list(disclosureList);
  const slots = matchingSlots(toFilters(query.filters), query.sort);
  const state = disclosuresState();
  const reader = consentReader();
  const start = (query.page - 1) * query.pageSize;
  const items = Array.from(slots.subarray(start, start + query.pageSize), (slot) =>
    served(disclosureAt(state, slot), reader),
  );
  return json({ items, page: query.page, pageSize: query.pageSize, total: slots.length });
}

/** `GET /disclosures/export`: every row of the filtered set as CSV, streamed; audited. */
export async function exportDisclosures(context: HandlerContext) {
  await disclosuresReady();
  const query = context.list(exportList);
  const filters = toFilters(query.filters);
  const slots = matchingSlots(filters, query.sort);
  const state = disclosuresState();
  const described = [...context.url.searchParams.entries()]
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  context.audit({
    action: 'disclosure.export',
    targetType: 'disclosure',
    targetId: '*',
    summary: `Exported ${String(slots.length)} disclosures as CSV (${described === '' ? 'no filters' : described})`,
  });
  return new HttpResponse(
    csvStream(slots, (slot) => disclosureAt(state, slot)),
    {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName(context)}"`,
      },
    },
  );
}

/** `GET /disclosures/{id}`. */
export async function getDisclosure(context: HandlerContext) {
  await disclosuresReady();
  const entry = findDisclosure(context.param('id'));
  if (!entry) throw notFound('disclosure', context.param('id'));
  return json(served(entry, consentReader()));
}

/** `GET /recipients`. */
export function listRecipients() {
  return json([...recipients]);
}

/** `GET /recipients/{id}/totals`. */
export async function getRecipientTotals(context: HandlerContext) {
  await disclosuresReady();
  const totals = recipientTotals(context.param('id'));
  if (!totals) throw notFound('recipient', context.param('id'));
  return json(totals);
}

/** `POST /disclosures`, inside the handler's `idempotent`: every rule as a 400 naming its field. */
export async function recordDisclosure(context: HandlerContext) {
  const request = await context.body(createDisclosureRequestSchema);
  await disclosuresReady();
  const recipient = recipients.find((candidate) => candidate.id === request.recipientId);
  const errors = disclosureRuleErrors(request, {
    now: context.now,
    recipient,
    countryOf: (accountId) => {
      const index = ids.account.decode(accountId);
      return isAccountIndex(index) ? accountCountry(disclosuresState().pack.seed, index) : undefined;
    },
    grantedAt: (accountId, purpose, at) => {
      const index = ids.account.decode(accountId);
      return index !== undefined && grantedIn(consentLog(index), purpose, at);
    },
  });
  if (request.corrects !== undefined && !findDisclosure(request.corrects))
    errors.push({ field: 'corrects', message: `No disclosure ${request.corrects}.` });
  if (errors.length > 0) throw badRequest(errors);
  if (request.corrects !== undefined && isCorrected(request.corrects))
    throw conflict(`${request.corrects} is already corrected: correct its latest correction instead.`);
  if (!recipient)
    throw badRequest([{ field: 'recipientId', message: `No recipient ${request.recipientId}.` }]);

  const entry: Disclosure = {
    occurredAt: request.occurredAt,
    kind: request.kind,
    legalBasis: request.legalBasis,
    purpose: request.purpose,
    dataCategories: request.dataCategories,
    accountIds: request.accountIds,
    subjectCount: request.subjectCount,
    deidentified: request.deidentified,
    encrypted: request.encrypted,
    ...(request.crossBorder === undefined ? {} : { crossBorder: request.crossBorder }),
    ...(request.requestReference === undefined ? {} : { requestReference: request.requestReference }),
    documents: request.documents,
    ...(request.corrects === undefined ? {} : { corrects: request.corrects }),
    id: ids.disclosure.fresh(),
    recordedAt: isoAt(context.now),
    recordedBy: context.session.staff.id,
    recipient: {
      id: recipient.id,
      name: recipient.name,
      category: recipient.category,
      country: recipient.country,
    },
    correctedBy: [],
  };
  commitDisclosure(entry);
  context.audit({
    action: 'disclosure.record',
    targetType: 'disclosure',
    targetId: entry.id,
    summary:
      entry.corrects === undefined
        ? `Recorded ${entry.id}: ${entry.kind} to ${recipient.name} (${entry.legalBasis})`
        : `Recorded ${entry.id} correcting ${entry.corrects}: ${entry.kind} to ${recipient.name} (${entry.legalBasis})`,
  });
  return json(served(entry, consentReader()), {
    status: 201,
    headers: { Location: `/api/v1/disclosures/${entry.id}` },
  });
}
