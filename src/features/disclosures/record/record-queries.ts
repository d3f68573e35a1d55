import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from '@/shared/api/api-error';
import { request } from '@/shared/api/http-client';
import { serverNow } from '@/shared/api/server-time';
import { maxPageSize } from '@/shared/contract/common';
import { consentEventPageSchema, type ConsentEvent, type PurposeId } from '@/shared/contract/consent';
import { accountApiPath } from '@/shared/resources/accounts/requests';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { disclosureQueries } from '../api/queries';
import type { AccountCheck } from './disclosure-rules';
import type { RuleFactSources } from './rule-facts';

/**
 * `GET /accounts/{id}/consent-events?purposeId=`: every event of one purpose in the account's
 * consent log (all pages of 200), for the form's check that a consent basis held at the time.
 */
async function fetchConsentLog(
  accountId: string,
  purposeId: PurposeId,
  signal?: AbortSignal,
): Promise<ConsentEvent[]> {
  const events: ConsentEvent[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await request({
      path: `${accountApiPath(accountId)}/consent-events`,
      query: { purposeId, page, pageSize: maxPageSize },
      schema: consentEventPageSchema,
      signal,
    });
    events.push(...reply.items);
    if (reply.items.length === 0 || events.length >= reply.total) return events;
  }
}

/** One purpose's consent log of one account, cached under the account (dropped with it). */
export const consentLogQuery = (accountId: string, purposeId: PurposeId) =>
  queryOptions({
    queryKey: [...accountQueries.all(), 'consent-log', accountId, purposeId],
    queryFn: ({ signal }) => fetchConsentLog(accountId, purposeId, signal),
  });

/** What the API says of one listed account id: found (with its country), unknown (404), or not checked. */
export async function checkAccount(queryClient: QueryClient, accountId: string): Promise<AccountCheck> {
  try {
    const account = await queryClient.query(accountQueries.detail(accountId));
    return { state: 'found', country: account.country };
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { state: 'unknown' };
    return { state: 'unchecked', reason: describeError(error) };
  }
}

/** The rules' facts read through the query cache (what the page already read is not asked again). */
export function cachedRuleFactSources(queryClient: QueryClient): RuleFactSources {
  return {
    recipients: queryClient.getQueryData(disclosureQueries.recipients().queryKey),
    account: (accountId) => checkAccount(queryClient, accountId),
    consentLog: (accountId, purposeId) => queryClient.query(consentLogQuery(accountId, purposeId)),
    nowMs: serverNow(),
  };
}
