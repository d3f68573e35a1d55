import type { AccountStatus } from '@/shared/contract/accounts';
import { StatusChip } from '@/shared/ui/status-chip';
import { stateTone } from '@/shared/ui/theme';

export function AccountStatusChip({ status }: { status: AccountStatus }) {
  return <StatusChip label={status} tone={stateTone[status]} />;
}
