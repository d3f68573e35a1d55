import type { HttpHandler } from 'msw';
import { auditHandlers } from './handlers/audit';
import { sessionHandlers } from './handlers/session';
import { staffHandlers } from './handlers/staff';

/** Every endpoint of the mock API, for the browser worker and for msw/node alike. */
export const handlers: HttpHandler[] = [...sessionHandlers, ...staffHandlers, ...auditHandlers];
