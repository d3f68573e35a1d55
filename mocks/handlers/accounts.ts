import {
  accountSortFields,
  accountStatuses,
  activityTypes,
  lockAccountRequestSchema,
  revealRequestSchema,
  unlockAccountRequestSchema,
  type RevealField,
  type RevealResponse,
} from '@/shared/contract/accounts';
import { hasPermission, type Permission } from '@/shared/contract/roles';
import { isoAt } from '@mocks/clock';
import { accountCountries, listAccounts } from '@mocks/db/accounts/list';
import { accountActivity, accountDetail, accountSummary, activityEventAt, findDevice, searchHistory } from '@mocks/db/accounts/queries';
import { accountIndexOf, accountStatusOf, commitLock } from '@mocks/db/accounts/state';
import { alertEvidenceDevice, alertEvidenceIp, openAlertCountOf } from '@mocks/db/alerts/queries';
import { activityEventIds } from '@mocks/db/event-ids';
import { maskAccount, maskActivityEvent, maskSummary } from '@mocks/db/masking';
import { api, type HandlerContext } from '@mocks/http/handler';
import { defineList, filter } from '@mocks/http/list-query';
import { badRequest, conflict, notFound, roleRequired } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';

export const accountList = defineList({
  filters: {
    q: filter.text({ maxLength: 200 }),
    status: filter.oneOf(accountStatuses),
    country: filter.oneOf(accountCountries),
    riskMin: filter.int(0, 100),
  },
  sortable: accountSortFields,
  // Recently active customers first (the one on the phone now is likely among them), as the
  // console's list starts.
  defaultSort: { field: 'lastSeenAt', direction: 'desc' },
});

export const activityList = defineList({
  filters: { type: filter.oneOf(activityTypes), from: filter.dateTime(), to: filter.dateTime() },
  sortable: [],
});

/** The account's seeded index; 404 for an id that names no account. */
export function requireAccount(id: string): number {
  const index = accountIndexOf(id);
  if (index === undefined) throw notFound('account', id);
  return index;
}

const revealPermission: Record<RevealField, Permission> = {
  email: 'accounts.revealContact',
  phone: 'accounts.revealContact',
  ip: 'accounts.revealNetwork',
  macAddress: 'accounts.revealNetwork',
  searchHistory: 'accounts.revealNetwork',
};

const revealedWhat: Record<RevealField, string> = {
  email: 'the email address',
  phone: 'the phone number',
  ip: 'an IP address',
  macAddress: 'a device MAC address',
  searchHistory: 'the search history',
};

/** The IP behind `targetId`: an access-log event of this account, or (via the alerts family) an alert's evidence. */
function ipOf(index: number, accountId: string, targetId: string): string {
  const event = activityEventIds.decode(targetId);
  if (event?.account === index) {
    const found = activityEventAt(index, event.slot);
    if (found) return found.ip;
  }
  if (targetId.startsWith('alr_')) {
    const ip = alertEvidenceIp(accountId, targetId);
    if (ip !== undefined) return ip;
  }
  throw notFound(`access-log event or alert of ${accountId} named`, targetId);
}

function lockOrUnlock(kind: 'lock' | 'unlock') {
  return async (context: HandlerContext): Promise<Response> => {
    const accountId = context.param('id');
    const index = requireAccount(accountId);
    context.ifMatch(maskAccount(accountDetail(index, openAlertCountOf)));
    const { reason } = await context.body(
      kind === 'lock' ? lockAccountRequestSchema : unlockAccountRequestSchema,
    );
    const status = accountStatusOf(index);
    if (status === 'anonymized')
      throw conflict('The account is anonymized: there is nothing left to lock or unlock.');
    if (status === 'closed')
      throw conflict('The account is closed: it cannot sign in, so it is neither locked nor unlocked.');
    if (kind === 'lock' && status === 'locked') throw conflict('The account is already locked.');
    if (kind === 'unlock' && status === 'active') throw conflict('The account is not locked.');
    commitLock({ type: kind, accountId, reason, at: isoAt(context.now), by: context.session.staff.id });
    context.audit({
      action: `account.${kind}`,
      targetType: 'account',
      targetId: accountId,
      reason,
      summary: `${kind === 'lock' ? 'Locked' : 'Unlocked'} ${accountId}`,
    });
    const updated = maskAccount(accountDetail(index, openAlertCountOf));
    return json(updated, { etag: updated.version });
  };
}

export const accountHandlers = [
  api.get('/accounts', { family: 'accounts', permission: 'accounts.read' }, (context) => {
    const { filters, sort, page, pageSize } = context.list(accountList);
    const result = listAccounts({
      ...filters,
      sort: sort ?? { field: 'lastSeenAt', direction: 'desc' },
      page,
      pageSize,
      // The alerts family counts them; asked here, so building accounts alone never seeds alerts.
      openAlerts: openAlertCountOf,
    });
    return json({ ...result, items: result.items.map(maskSummary) });
  }),

  api.get('/accounts/:id', { family: 'accounts', permission: 'accounts.read' }, (context) => {
    const account = maskAccount(accountDetail(requireAccount(context.param('id')), openAlertCountOf));
    return json(account, { etag: account.version });
  }),

  api.get('/accounts/:id/activity', { family: 'accounts', permission: 'accounts.read' }, (context) => {
    const index = requireAccount(context.param('id'));
    const { filters, page, pageSize } = context.list(activityList);
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      throw badRequest([{ field: 'from', message: 'Must not be after "to".' }]);
    }
    const result = accountActivity(index, { ...filters, page, pageSize });
    return json({ ...result, items: result.items.map(maskActivityEvent) });
  }),

  api.post('/accounts/:id/reveal', { family: 'accounts', permission: 'accounts.read' }, async (context) => {
    const accountId = context.param('id');
    const index = requireAccount(accountId);
    // Someone who may reveal nothing at all (legal) hears so before anything about the request.
    const roles = context.session.staff.roles;
    if (!hasPermission(roles, 'accounts.revealContact') && !hasPermission(roles, 'accounts.revealNetwork')) {
      throw roleRequired('accounts.revealContact');
    }
    const request = await context.body(revealRequestSchema);
    context.requirePermission(revealPermission[request.field]);
    if (accountStatusOf(index) === 'anonymized') {
      throw conflict('The account is anonymized: it holds no personal data to reveal.');
    }

    let reply: RevealResponse;
    let summary: string;
    switch (request.field) {
      case 'email':
      case 'phone': {
        const account = accountSummary(index, openAlertCountOf);
        reply = { field: request.field, value: request.field === 'email' ? account.email : account.phone };
        summary = `Revealed ${revealedWhat[request.field]} of ${accountId}`;
        break;
      }
      case 'ip': {
        const targetId = request.targetId ?? '';
        reply = { field: 'ip', targetId, value: ipOf(index, accountId, targetId) };
        summary = `Revealed ${revealedWhat.ip} of ${accountId} (${targetId})`;
        break;
      }
      case 'macAddress': {
        const targetId = request.targetId ?? '';
        // One of the account's devices, or (via the alerts family) the device in an alert's evidence.
        const device = findDevice(index, targetId) ?? alertEvidenceDevice(accountId, targetId);
        if (!device) throw notFound(`device of ${accountId} named`, targetId);
        reply = { field: 'macAddress', targetId, value: device.macAddress };
        summary = `Revealed ${revealedWhat.macAddress} of ${accountId} (${targetId})`;
        break;
      }
      case 'searchHistory':
        reply = { field: 'searchHistory', values: searchHistory(index) };
        summary = `Revealed ${revealedWhat.searchHistory} of ${accountId}`;
        break;
    }
    context.audit({
      action: 'account.reveal',
      targetType: 'account',
      targetId: accountId,
      reason: request.reason,
      summary,
    });
    return json(reply);
  }),

  api.post('/accounts/:id/lock', { family: 'accounts', permission: 'accounts.lock' }, lockOrUnlock('lock')),
  api.post(
    '/accounts/:id/unlock',
    { family: 'accounts', permission: 'accounts.lock' },
    lockOrUnlock('unlock'),
  ),
];
