import {
  consentWithdrawalRequestSchema,
  isRequiredPurpose,
  purposeIds,
  type ConsentReceipt,
} from '@/shared/contract/consent';
import { isoAt } from '@mocks/clock';
import { purposes } from '@mocks/db/consent-purposes';
import { currentConsents, recordWithdrawal } from '@mocks/db/consent';
import { maskConsentEvent } from '@mocks/db/masking';
import { api } from '@mocks/http/handler';
import { defineList, filter, paginate } from '@mocks/http/list-query';
import { conflict, forbidden } from '@mocks/http/problems';
import { json } from '@mocks/http/responses';
import { requireAccount } from './accounts';

/**
 * The account's consent log with the re-consent requests and answers of policy versions that took
 * effect at run time (`policy-reconsent.ts`, loaded with the policies' chunk on first use).
 */
async function logOf(index: number, now: number) {
  const { consentLogWithPolicies } = await import('./policy-reconsent');
  return consentLogWithPolicies(index, now);
}

export const consentEventList = defineList({
  filters: { purposeId: filter.oneOf(purposeIds) },
  sortable: [],
});

/** What the body says it records, read before the schema so a grant is refused as such (403), not as a typo (400). */
function requestedAction(body: string): unknown {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && 'action' in parsed ? parsed.action : undefined;
  } catch {
    return undefined;
  }
}

export const consentHandlers = [
  api.get('/consent/purposes', { family: 'consent' }, () => json([...purposes])),

  api.get('/accounts/:id/consents', { family: 'consent', permission: 'accounts.read' }, async (context) => {
    return json(currentConsents(await logOf(requireAccount(context.param('id')), context.now)));
  }),

  api.get(
    '/accounts/:id/consent-events',
    { family: 'consent', permission: 'accounts.read' },
    async (context) => {
      const index = requireAccount(context.param('id'));
      const { filters, page, pageSize } = context.list(consentEventList);
      const events = (await logOf(index, context.now))
        .filter((event) => filters.purposeId === undefined || event.purposeId === filters.purposeId)
        .reverse();
      const shown = paginate(events, { page, pageSize });
      return json({ ...shown, items: shown.items.map(maskConsentEvent) });
    },
  ),

  api.post(
    '/accounts/:id/consent-events',
    { family: 'consent', permission: 'consent.withdraw' },
    async (context) => {
      const accountId = context.param('id');
      const index = requireAccount(accountId);
      return context.idempotent(async () => {
        const action = requestedAction(await context.text());
        // Consent is the customer's to give (explicit opt-in); staff only pass on a withdrawal.
        if (action !== undefined && action !== 'withdrawn') {
          throw forbidden(
            'Staff record only a withdrawal the customer asked for; a consent can only be granted by the customer.',
          );
        }
        const { purposeId, channel, reason } = await context.body(consentWithdrawalRequestSchema);
        if (isRequiredPurpose(purposeId)) {
          throw conflict(`${purposeId} is required for the shop to work and cannot be withdrawn.`);
        }
        const current = currentConsents(await logOf(index, context.now)).find(
          (consent) => consent.purposeId === purposeId,
        );
        if (current?.state !== 'granted') {
          throw conflict(
            `${purposeId} is not granted on ${accountId} (it is ${current?.state ?? 'not_asked'}); there is nothing to withdraw.`,
          );
        }
        const { policyLabelInForce } = await import('./policy-reconsent');
        const event = recordWithdrawal(index, {
          policyVersion: policyLabelInForce(context.now),
          purposeId,
          channel,
          reason: reason.trim(),
          at: context.now,
          recordedBy: context.session.staff.id,
        });
        context.audit({
          action: 'consent.withdraw',
          targetType: 'consent',
          targetId: accountId,
          reason,
          summary: `Recorded the withdrawal of ${purposeId} for ${accountId}`,
        });
        return json(maskConsentEvent(event), { status: 201 });
      });
    },
  ),

  // Exporting the proof of consent answers access requests and complaints: the inquiry handlers'
  // job (support, legal, privacy officer), as the audit log's seeded exports have it.
  api.get(
    '/accounts/:id/consent-receipt',
    { family: 'consent', permission: 'consent.receipt' },
    async (context) => {
      const accountId = context.param('id');
      const log = await logOf(requireAccount(accountId), context.now);
      const receipt: ConsentReceipt = {
        accountId,
        generatedAt: isoAt(context.now),
        generatedBy: context.session.staff.id,
        consents: currentConsents(log),
        events: [...log].reverse().map(maskConsentEvent),
      };
      context.audit({
        action: 'consent.receipt_export',
        targetType: 'consent',
        targetId: accountId,
        summary: `Exported the consent receipt of ${accountId}`,
      });
      return json(receipt);
    },
  ),
];
