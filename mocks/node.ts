import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API for tests (msw/node); `tests/setup.ts` starts, resets and closes it. */
export const server = setupServer(...handlers);
