import type { AlertSeverity, AlertStatus } from '@/shared/contract/alerts';
import { StatusChip } from '@/shared/ui/status-chip';
import { severityTone, type StatusTone } from '@/shared/ui/theme';

const statusTone: Record<AlertStatus, StatusTone> = {
  new: 'info',
  acknowledged: 'warning',
  escalated: 'error',
  resolved: 'success',
  dismissed: 'default',
};

export function SeverityChip({ severity }: { severity: AlertSeverity }) {
  return <StatusChip label={severity} tone={severityTone[severity]} />;
}

export function AlertStatusChip({ status }: { status: AlertStatus }) {
  return <StatusChip label={status} tone={statusTone[status]} />;
}
