import Tooltip from '@mui/material/Tooltip';
import { serverNow } from '@/shared/api/server-time';
import { formatDateTime, formatRelative } from '@/shared/lib/format';

/** "5 minutes ago" by server time, with the exact moment on hover and for screen readers. */
export function RelativeTime({ value }: { value: string }) {
  const exact = formatDateTime(value);
  return (
    <Tooltip title={exact}>
      <time dateTime={value} aria-label={exact} tabIndex={0}>
        {formatRelative(value, serverNow())}
      </time>
    </Tooltip>
  );
}
