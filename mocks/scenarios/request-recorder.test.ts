import { describe, expect, it } from 'vitest';
import { knownAlerts } from '@mocks/db/known-alerts';
import { callApi } from './call-api';
import { recordRequests } from './request-recorder';
import { signedInAs } from './session';

describe('recordRequests', () => {
  it('records what the mock received: method, path, search, If-Match, Idempotency-Key and the JSON body', async () => {
    const { csrfToken } = await signedInAs('analyst');
    const requests = recordRequests();
    await callApi('/alerts?status=new&status=acknowledged&pageSize=5');
    await callApi(`/alerts/${knownAlerts.newCritical}`, {
      method: 'PATCH',
      csrfToken,
      ifMatch: 1,
      body: { status: 'acknowledged' },
    });
    await callApi(`/alerts/${knownAlerts.acknowledged}/notes`, {
      method: 'POST',
      csrfToken,
      idempotencyKey: 'key-1',
      body: { body: 'Called the customer' },
    });

    expect(requests.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /alerts',
      `PATCH /alerts/${knownAlerts.newCritical}`,
      `POST /alerts/${knownAlerts.acknowledged}/notes`,
    ]);
    expect(requests.requests[0]?.search.getAll('status')).toEqual(['new', 'acknowledged']);
    expect(await requests.writes()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        ifMatch: '"1"',
        idempotencyKey: null,
        body: { status: 'acknowledged' },
      }),
      expect.objectContaining({
        method: 'POST',
        ifMatch: null,
        idempotencyKey: 'key-1',
        body: { body: 'Called the customer' },
      }),
    ]);
    expect(await requests.matching({ path: /\/notes$/ })).toHaveLength(1);
    expect(await requests.matching({ method: 'get', path: '/alerts' })).toHaveLength(1);
  });

  it('records nothing after stop', async () => {
    await signedInAs('analyst');
    const requests = recordRequests();
    await callApi('/staff');
    requests.stop();
    await callApi('/staff');
    expect(requests.requests).toHaveLength(1);
  });
});
