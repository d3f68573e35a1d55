import { describe, expect, it } from 'vitest';
import { accountSchema } from '@/shared/contract/accounts';
import { alertSchema } from '@/shared/contract/alerts';
import { incidentSchema } from '@/shared/contract/incidents';
import { activeAccount, accountsUnavailable, colleagueLocksAccount, lockedAccount } from './accounts';
import {
  alertsUnavailable,
  colleagueChangesAlert,
  colleagueDismissesAlert,
  newCriticalAlert,
} from './alerts';
import { callApi } from './call-api';
import { incidentClosed, incidentsUnavailable, openIncident } from './incidents';
import { signedInAs } from './session';

async function alert(id: string) {
  return alertSchema.parse((await callApi(`/alerts/${id}`)).body);
}

async function account(id: string) {
  return accountSchema.parse((await callApi(`/accounts/${id}`)).body);
}

describe('scenarios', () => {
  it('colleagueChangesAlert: the alert moves on, and a write on the version seen before gets 412', async () => {
    const { csrfToken } = await signedInAs('analyst');
    const seen = await alert(newCriticalAlert());
    colleagueChangesAlert(seen.id);
    const now = await alert(seen.id);
    expect(now).toMatchObject({ version: seen.version + 1, assigneeId: 'stf_3c9q5r' });
    const stale = await callApi(`/alerts/${seen.id}`, {
      method: 'PATCH',
      csrfToken,
      ifMatch: seen.version,
      body: { status: 'acknowledged' },
    });
    expect(stale.status).toBe(412);
    colleagueDismissesAlert(seen.id);
    expect((await alert(seen.id)).status).toBe('dismissed');
  });

  it('lockedAccount and colleagueLocksAccount: locked, with the colleague’s reason', async () => {
    await signedInAs('analyst');
    expect((await account(lockedAccount())).status).toBe('locked');
    const before = await account(activeAccount());
    colleagueLocksAccount(before.id, 'Chargeback fraud ring');
    expect(await account(before.id)).toMatchObject({
      status: 'locked',
      lockedReason: 'Chargeback fraud ring',
      version: before.version + 1,
    });
  });

  it('incidentClosed: the incident reads closed, and escalating to it is refused', async () => {
    const { csrfToken } = await signedInAs('analyst');
    incidentClosed(openIncident());
    const incident = incidentSchema.parse((await callApi(`/incidents/${openIncident()}`)).body);
    expect(incident.status).toBe('closed');
    expect(incident.timeline.at(-1)?.text).toBe('Status changed to closed.');
    const acknowledged = await alert('alr_k5up7p');
    const escalate = await callApi(`/alerts/${acknowledged.id}/escalate`, {
      method: 'POST',
      csrfToken,
      ifMatch: acknowledged.version,
      idempotencyKey: crypto.randomUUID(),
      body: { incidentId: openIncident() },
    });
    expect(escalate.status).toBe(409);
  });

  it('…Unavailable: the family answers 503 with Retry-After', async () => {
    await signedInAs('dpo');
    alertsUnavailable({ times: 1 });
    accountsUnavailable({ times: 1 });
    incidentsUnavailable({ times: 1 });
    for (const path of ['/alerts', '/accounts', '/incidents']) {
      const reply = await callApi(path);
      expect(reply.status, path).toBe(503);
      expect(reply.headers.get('Retry-After'), path).not.toBeNull();
    }
  });
});
