import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { AuditEvent } from '@/shared/contract/audit';
import { paths } from '@/shared/lib/paths';
import { UserText } from '@/shared/ui/user-text';

/**
 * Where a target's record lives in the console, or `undefined` when it has no page (sessions,
 * a whole collection `*`, and the families without a record page yet). A consent entry's target
 * is the account whose consent it is: its consent tab.
 */
export function auditTargetPath(event: Pick<AuditEvent, 'targetType' | 'targetId'>): string | undefined {
  const { targetType, targetId } = event;
  if (targetId === '*') return undefined;
  switch (targetType) {
    case 'account':
      return targetId.startsWith('acc_') ? paths.account(targetId) : undefined;
    case 'consent':
      return targetId.startsWith('acc_') ? paths.account(targetId, 'consent') : undefined;
    case 'alert':
      return targetId.startsWith('alr_') ? paths.alert(targetId) : undefined;
    case 'incident':
      return targetId.startsWith('inc_') ? paths.incident(targetId) : undefined;
    default:
      return undefined;
  }
}

/** The target of an audit event: its type, and its id as a link to the record when it has one. */
export function AuditTarget({ event }: { event: AuditEvent }) {
  const to = auditTargetPath(event);
  return (
    <>
      <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
        {event.targetType}
      </Typography>
      {to ? (
        <Link component={RouterLink} to={to} sx={{ whiteSpace: 'nowrap' }}>
          <UserText>{event.targetId}</UserText>
        </Link>
      ) : (
        <UserText>{event.targetId}</UserText>
      )}
    </>
  );
}
