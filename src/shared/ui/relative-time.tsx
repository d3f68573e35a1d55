import { serverNow } from '@/shared/api/server-time';
import { formatDateTime, formatRelative } from '@/shared/lib/format';

/**
 * "5 minutes ago" by server time, with the exact moment on hover (a native title: MUI's Tooltip
 * would bring its positioning engine into every list) and for screen readers.
 */
export function RelativeTime({ value }: { value: string }) {
  const exact = formatDateTime(value);
  return (
    <time dateTime={value} title={exact} aria-label={exact}>
      {formatRelative(value, serverNow())}
    </time>
  );
}
