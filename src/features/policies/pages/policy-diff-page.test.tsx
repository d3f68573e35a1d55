import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { knownPolicies } from '@mocks/db/known-policies';
import { serverFault } from '@mocks/http/problems';
import { server } from '@mocks/node';
import { policyDraftBy } from '@mocks/scenarios/policies';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

const olderBody = [
  '# Privacy policy',
  '',
  '## Collection and use',
  '',
  'We collect your name and email to run your account.',
  '',
  '## Sharing',
  '',
  'We share order data with carriers to deliver your parcels.',
  '',
  '## Contact',
  '',
  'Write to privacy@example.com.',
  '',
].join('\n');

const newerBody = olderBody
  .replace('your name and email', 'your name, email and phone number')
  .replace(
    'to deliver your parcels.\n',
    'to deliver your parcels.\n\nWe share purchase history with our recommendation partner.\n',
  )
  .replace('Write to privacy@example.com.', 'Write to dpo@example.com.');

/** Two drafts with known bodies: the older one (compared against) and the newer one. */
function twoVersions(older = olderBody, newer = newerBody) {
  const olderId = policyDraftBy('legal', { body: older });
  const newerId = policyDraftBy('legal2', { body: newer });
  return { olderId, newerId };
}

const diffRegion = () => screen.findByRole('region', { name: /^Changes of / });

describe('Policy diff page', () => {
  it('compares with the version in force by default, for every role', async () => {
    await signedInAs('support');
    const { newerId } = twoVersions();
    renderApp(`/policies/${newerId}/diff`);
    const picker = await screen.findByRole('combobox', { name: 'Compare with' });
    await waitFor(() => {
      expect(picker).toHaveValue(knownPolicies.inForce);
    });
    const region = await diffRegion();
    expect(region).toHaveAccessibleName(/against 2026\.3 · In force$/);
  });

  it('shows the counts, the changed sections and the changed words of a named version', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    const region = await diffRegion();
    expect(await screen.findByRole('status', { name: 'Counts' })).toHaveTextContent(
      '+4 lines added, −2 lines removed · 3 changes',
    );
    const sections = screen.getByRole('navigation', { name: 'Changed sections' });
    expect(
      within(sections)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Collection and use', 'Sharing', 'Contact']);
    expect(within(sections).getByText('2 lines added, 0 removed')).toBeInTheDocument();

    // The changed words, marked without colour: <del> / <ins> and the line said in words.
    const first = within(region).getByRole('group', { name: 'Change 1 of 3: 1 removed, 1 added' });
    const inserted = [...first.querySelectorAll('ins')].map((node) => node.textContent).join('');
    const deleted = [...first.querySelectorAll('del')].map((node) => node.textContent).join('');
    expect(inserted).toContain('phone');
    expect(inserted).not.toContain('collect');
    expect(deleted).not.toContain('collect');
    expect(first).toHaveTextContent('Removed line 5: We collect your name and email to run your account.');
    expect(first).toHaveTextContent(
      'Added line 5: We collect your name, email and phone number to run your account.',
    );
    expect(within(first).getAllByText('−')).toHaveLength(1);
    expect(within(first).getAllByText('+')).toHaveLength(1);
  });

  it('writes the picked version into ?against= and compares with it', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    const { user, router } = renderApp(`/policies/${newerId}/diff`);
    const picker = await screen.findByRole('combobox', { name: 'Compare with' });
    await waitFor(() => {
      expect(picker.querySelector(`option[value="${olderId}"]`)).toHaveTextContent(/^2026\.\d+ · Draft · /);
    });
    await user.selectOptions(picker, olderId);
    expect(currentUrl(router)).toBe(`/policies/${newerId}/diff?against=${olderId}`);
    await waitFor(() => {
      expect(screen.getByRole('status', { name: 'Counts' })).toHaveTextContent(
        '+4 lines added, −2 lines removed',
      );
    });
    expect(screen.getByRole('region', { name: /^Changes of / })).toHaveAccessibleName(
      /against 2026\.\d+ · Draft$/,
    );
  });

  it('shows the changes inline from ?view=inline, and the toggle writes the layout into the link', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    const { user, router } = renderApp(`/policies/${newerId}/diff?against=${olderId}&view=inline`);
    const region = await diffRegion();
    expect(screen.getByRole('button', { name: 'Inline' })).toHaveAttribute('aria-pressed', 'true');
    const change = within(region).getByRole('group', { name: /^Change 1 of 3/ });
    // Inline: the removed line, then the added line, one under the other.
    expect(change.textContent).toMatch(/Removed line 5:.*Added line 5:/);
    expect(change.querySelectorAll(':scope > .row')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    expect(currentUrl(router)).toBe(`/policies/${newerId}/diff?against=${olderId}`);
    // Side by side: the two lines on one row.
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
    });
    const sideBySide = within(await diffRegion()).getByRole('group', { name: /^Change 1 of 3/ });
    expect(sideBySide.querySelectorAll(':scope > .row')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Inline' }));
    expect(currentUrl(router)).toBe(`/policies/${newerId}/diff?against=${olderId}&view=inline`);
  });

  it('steps through the changes with n and p, and jumps from the section list', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    const { user } = renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    const region = await diffRegion();
    const change = (n: number) =>
      within(region).getByRole('group', { name: new RegExp(`^Change ${String(n)} of 3`) });
    await user.keyboard('n');
    await waitFor(() => {
      expect(change(1)).toHaveFocus();
    });
    expect(screen.getByText('Change 1 of 3')).toBeInTheDocument();
    await user.keyboard('n');
    await waitFor(() => {
      expect(change(2)).toHaveFocus();
    });
    await user.keyboard('p');
    await waitFor(() => {
      expect(change(1)).toHaveFocus();
    });
    const sections = screen.getByRole('navigation', { name: 'Changed sections' });
    await user.click(within(sections).getByRole('link', { name: 'Contact' }));
    await waitFor(() => {
      expect(change(3)).toHaveFocus();
    });
    expect(within(sections).getByRole('link', { name: 'Contact' })).toHaveAttribute(
      'aria-current',
      'location',
    );
  });

  it('folds long unchanged runs and shows them on request', async () => {
    await signedInAs('legal');
    const body = Array.from({ length: 40 }, (_, i) => `Clause ${String(i + 1)} of the policy.`).join('\n');
    const { olderId, newerId } = twoVersions(body, body.replace('Clause 20 of', 'Clause 20, amended, of'));
    const { user } = renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    const region = await diffRegion();
    expect(within(region).queryByText('Clause 5 of the policy.')).not.toBeInTheDocument();
    expect(within(region).getAllByText('Clause 17 of the policy.')).toHaveLength(2);
    await user.click(within(region).getByRole('button', { name: 'Show 16 unchanged lines' }));
    expect(within(region).getAllByText('Clause 5 of the policy.')).toHaveLength(2);
    expect(within(region).getByRole('button', { name: 'Show 17 unchanged lines' })).toBeInTheDocument();
  });

  it('shows a whitespace-only change as such, and ignores it on request (kept in the link)', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions(
      olderBody,
      olderBody.replace('We share order data', 'We  share order data'),
    );
    const { user, router } = renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    const region = await diffRegion();
    const change = within(region).getByRole('group', {
      name: 'Change 1 of 1: 1 removed, 1 added, whitespace only',
    });
    expect(within(change).getByText('Whitespace only')).toBeInTheDocument();
    expect(change).toHaveTextContent('(whitespace added)');
    await user.click(screen.getByRole('checkbox', { name: /Ignore whitespace/ }));
    expect(await screen.findByText('No differences')).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/policies/${newerId}/diff?against=${olderId}&whitespace=ignore`);
  });

  it('shows hostile text in either body as plain text, never as markup', async () => {
    await signedInAs('legal');
    const hostile = [
      '<script>window.hacked = true</script>',
      '<img src=x onerror="window.hacked = true">',
      '[click](javascript:alert(1))',
      'invoice\u202Efdp.exe',
    ].join('\n');
    const { olderId, newerId } = twoVersions(`${olderBody}<b>old bold</b>\n`, `${olderBody}${hostile}\n`);
    renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    const region = await diffRegion();
    expect(region).toHaveTextContent('<script>window.hacked = true</script>');
    expect(region).toHaveTextContent('<img src=x onerror="window.hacked = true">');
    expect(region).toHaveTextContent('<b>old bold</b>');
    expect(region).toHaveTextContent('invoice⟨U+202E⟩fdp.exe');
    expect(region.querySelector('script, img, b, a[href^="javascript"]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows an error with Retry when the version cannot be loaded, and recovers', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    let down = true;
    server.use(
      http.get(`*/api/v1/policies/${newerId}`, () => (down ? serverFault(503).toResponse() : undefined)),
    );
    const { user } = renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    expect(await screen.findByText(`The version ${newerId} could not be loaded`)).toBeInTheDocument();
    down = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('status', { name: 'Counts' })).toHaveTextContent('+4 lines added');
  });

  it('shows an error with Retry when the version compared with cannot be loaded, and recovers', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    let down = true;
    server.use(
      http.get(`*/api/v1/policies/${olderId}`, () => (down ? serverFault(503).toResponse() : undefined)),
    );
    const { user } = renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    expect(
      await screen.findByText(`The version to compare with (${olderId}) could not be loaded`),
    ).toBeInTheDocument();
    // The page, its picker and layout stay usable meanwhile.
    expect(screen.getByRole('heading', { level: 1, name: /^What changed in 2026\./ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Compare with' })).toBeInTheDocument();
    down = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('status', { name: 'Counts' })).toHaveTextContent('+4 lines added');
  });

  it('says so when the version to compare with does not exist', async () => {
    await signedInAs('legal');
    const { newerId } = twoVersions();
    renderApp(`/policies/${newerId}/diff?against=pol_zzzzzz`);
    expect(await screen.findByText('No version with id pol_zzzzzz')).toBeInTheDocument();
  });

  it('shows loading states while each of the two versions is read', async () => {
    await signedInAs('legal');
    const { olderId, newerId } = twoVersions();
    let releaseNewer: () => void = () => undefined;
    let releaseOlder: () => void = () => undefined;
    const held = (release: (done: () => void) => void) => () =>
      new Promise<undefined>((resolve) => {
        release(() => {
          resolve(undefined);
        });
      });
    server.use(
      http.get(
        `*/api/v1/policies/${newerId}`,
        held((done) => (releaseNewer = done)),
      ),
      http.get(
        `*/api/v1/policies/${olderId}`,
        held((done) => (releaseOlder = done)),
      ),
    );
    renderApp(`/policies/${newerId}/diff?against=${olderId}`);
    expect(await screen.findByLabelText('Loading the version')).toHaveAttribute('aria-busy', 'true');
    releaseNewer();
    expect(await screen.findByLabelText('Loading the version to compare with')).toHaveAttribute(
      'aria-busy',
      'true',
    );
    releaseOlder();
    expect(await diffRegion()).toBeInTheDocument();
  });
});
