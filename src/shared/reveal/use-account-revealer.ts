import type { RevealField } from '@/shared/contract/accounts';
import { hasPermission } from '@/shared/contract/roles';
import { useStaff } from '@/shared/session/use-session';
import { revealAccountField, revealPermission } from './reveal-request';
import type { RevealedValue } from './reveal-scope';

export type Revealer = (reason: string) => Promise<RevealedValue>;

/**
 * The reveals of one account's personal data for `MaskedValue`: `revealer('ip', eventId)` is the
 * audited request, or `undefined` when the person's roles may not reveal that field (no button).
 */
export function useAccountRevealer(accountId: string) {
  const { roles } = useStaff();
  return (field: RevealField, targetId?: string): Revealer | undefined =>
    hasPermission(roles, revealPermission(field))
      ? (reason) =>
          revealAccountField(accountId, { field, ...(targetId === undefined ? {} : { targetId }), reason })
      : undefined;
}
