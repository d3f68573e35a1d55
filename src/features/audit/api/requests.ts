import { request } from '@/shared/api/http-client';
import { auditPageSchema, type AuditQuery } from '@/shared/contract/audit';

export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal) {
  return request({ path: '/audit-events', query: { ...query }, schema: auditPageSchema, signal });
}
