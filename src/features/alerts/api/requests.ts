import { request } from '@/shared/api/http-client';
import { alertPageSchema, type AlertQuery } from '@/shared/contract/alerts';

export function fetchAlerts(query: AlertQuery, signal?: AbortSignal) {
  return request({ path: '/alerts', query: { ...query }, schema: alertPageSchema, signal });
}
