import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, isApiError } from '@/shared/api/api-error';
import { request } from '@/shared/api/http-client';
import { accountPageSchema } from '@/shared/contract/accounts';
import { textLimits } from '@/shared/contract/limits';
import { failing } from '@mocks/scenarios/faults';
import { signedInAs } from '@mocks/scenarios/session';
import { ErrorState } from './error-state';

/** What the console's client throws for `GET /accounts` with `q` (through the mock API). */
async function accountsFailure(q: string): Promise<ApiError> {
  try {
    await request({ path: '/accounts', query: { q }, schema: accountPageSchema });
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('the accounts list answered');
}

describe('ErrorState', () => {
  it('offers no Retry for a search longer than the API takes, and says to shorten it', async () => {
    await signedInAs('support');
    const error = await accountsFailure('x'.repeat(textLimits.search + 1));
    expect(error.status).toBe(400);
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual(['q']);
    render(<ErrorState error={error} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Shorten the search to 200 characters or fewer.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('offers Retry for a server fault, which may pass on the next try', async () => {
    await signedInAs('support');
    failing('accounts', 503);
    const error = await accountsFailure('hoffmann');
    const retry = vi.fn();
    render(<ErrorState error={error} onRetry={retry} />);
    screen.getByRole('button', { name: 'Retry' }).click();
    expect(retry).toHaveBeenCalledOnce();
  });

  it.each([
    [404, false],
    [409, false],
    [412, false],
    [403, false],
    [408, true],
    [429, true],
    [502, true],
  ])('a %i answer offers Retry: %s', (status, offered) => {
    const error = new ApiError({ kind: 'http', status, title: 'Failed' });
    render(<ErrorState error={error} onRetry={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Retry' }) !== null).toBe(offered);
  });

  it('offers Retry for a lost connection and for a page that broke, and none without onRetry', () => {
    const { unmount } = render(
      <ErrorState error={new ApiError({ kind: 'network', status: 0, title: 'Offline' })} onRetry={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    unmount();
    render(<ErrorState error={new Error('The page hit a bug')} onRetry={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
