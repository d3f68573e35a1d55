import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { Providers } from '../providers';
import { createQueryClient } from '../query-client';
import { RouteErrorBoundary } from './route-error-boundary';

function renderRoute(Page: () => React.ReactNode) {
  const router = createMemoryRouter([{ path: '/', element: <Page />, errorElement: <RouteErrorBoundary /> }]);
  render(
    <Providers queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </Providers>,
  );
}

describe('RouteErrorBoundary', () => {
  it('shows what broke and renders the page again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function FlakyPage() {
      if (broken) throw new Error('The page hit a bug');
      return <h1>Recovered page</h1>;
    }
    renderRoute(FlakyPage);

    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The page hit a bug');

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Recovered page' })).toBeInTheDocument();
  });

  it('turns a thrown role-required problem into the role page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function ForbiddenPage(): React.ReactNode {
      throw new ApiError({
        kind: 'http',
        status: 403,
        title: 'Role required',
        type: 'https://api.digfashions.example/problems/role-required',
        requiredRoles: ['legal', 'privacy_officer'],
      });
    }
    renderRoute(ForbiddenPage);
    expect(
      await screen.findByRole('heading', { name: 'You need the legal or privacy officer role' }),
    ).toBeInTheDocument();
  });
});
