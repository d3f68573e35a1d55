import { describe, expect, it } from 'vitest';
import type { Session } from '@/shared/contract/session';
import { hintedRoles } from '@/shared/session/role-hint';
import { endSession } from '@/shared/session/session-end';
import { sessionQueries } from '@/shared/session/session-queries';
import { createQueryClient } from './query-client';

describe('the query client', () => {
  it('reads again what a successful write declares in meta.invalidates, and nothing else', async () => {
    const client = createQueryClient();
    client.setQueryData(['incidents', 'list', { status: 'open' }], { items: [] });
    client.setQueryData(['accounts', 'detail', 'acc_1'], { id: 'acc_1' });
    const write = client.getMutationCache().build(client, {
      mutationFn: () => Promise.resolve('done'),
      meta: { invalidates: [['incidents']] },
    });
    await write.execute(undefined);
    expect(client.getQueryState(['incidents', 'list', { status: 'open' }])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['accounts', 'detail', 'acc_1'])?.isInvalidated).toBe(false);
  });

  it('invalidates nothing when the write fails', async () => {
    const client = createQueryClient();
    client.setQueryData(['incidents', 'list'], { items: [] });
    const write = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(new Error('refused')),
      meta: { invalidates: [['incidents']] },
    });
    await expect(write.execute(undefined)).rejects.toThrow('refused');
    expect(client.getQueryState(['incidents', 'list'])?.isInvalidated).toBe(false);
  });
});

describe('the role hint', () => {
  it('follows the session: written from a session reply, dropped when the session ends', () => {
    const queryClient = createQueryClient();
    const session: Session = {
      staff: {
        id: 'stf_legal01',
        name: 'Amara Okafor',
        email: 'legal@digfashions.example',
        roles: ['legal', 'privacy_officer'],
      },
      csrfToken: 'token',
    };
    queryClient.setQueryData(sessionQueries.current().queryKey, session);
    expect(hintedRoles()).toEqual(['legal', 'privacy_officer']);
    endSession(queryClient);
    expect(hintedRoles()).toBeNull();
  });
});
