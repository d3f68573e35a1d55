import { request } from '@/shared/api/http-client';
import { revealResponseSchema, type RevealField, type RevealRequest } from '@/shared/contract/accounts';
import type { Permission } from '@/shared/contract/roles';
import type { RevealedValue } from './reveal-scope';

/** Email and phone are for support too; network data (IP, MAC, search history) only for analysts. */
export function revealPermission(field: RevealField): Permission {
  return field === 'email' || field === 'phone' ? 'accounts.revealContact' : 'accounts.revealNetwork';
}

/** `POST /accounts/{id}/reveal`: audited by the API with the reason; the value is never cached. */
export async function revealAccountField(accountId: string, body: RevealRequest): Promise<RevealedValue> {
  const reply = await request({
    method: 'POST',
    path: `/accounts/${encodeURIComponent(accountId)}/reveal`,
    body,
    schema: revealResponseSchema,
  });
  return reply.field === 'searchHistory' ? reply.values : reply.value;
}
