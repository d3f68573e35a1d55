import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyVersion } from '@/shared/contract/policies';
import { paths } from '@/shared/lib/paths';
import { knownPolicies } from '@mocks/db/known-policies';
import { callApi } from '@mocks/scenarios/call-api';
import { failing, networkError, slow } from '@mocks/scenarios/faults';
import { colleagueEditsPolicy } from '@mocks/scenarios/policies';
import { recordRequests } from '@mocks/scenarios/request-recorder';
import { signedInAs } from '@mocks/scenarios/session';
import { currentUrl, renderApp } from '@tests/render-with-providers';

// The draft editor (DESIGN "Policy versions": the editor). Autosave runs on its real one-second debounce: the
// waits below are conditions with room for it, never fixed sleeps.

const draftId = knownPolicies.draft;
const saveWait = { timeout: 5_000 };

// The editor keeps unsaved text in the tab when it unmounts, which the library's cleanup does
// after each test: each test starts from an empty tab.
beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  setOnline(true);
});

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}

async function stored(id = draftId) {
  return (await callApi<PolicyVersion>(`/policies/${id}`)).body;
}

async function openEditor(role: Parameters<typeof signedInAs>[0] = 'legal', id: string = draftId) {
  await signedInAs(role);
  const rendered = renderApp(paths.policyEdit(id));
  await screen.findByRole('textbox', { name: 'Body (Markdown)' }, saveWait);
  return rendered;
}

const body = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Body (Markdown)' });
const status = () => screen.getByRole('status', { name: 'Save state' });

async function typeAtEnd(user: ReturnType<typeof renderApp>['user'], text: string) {
  await user.click(body());
  await user.keyboard('{Control>}{End}{/Control}');
  await user.paste(text);
}

describe('the draft editor’s autosave', () => {
  it('saves a second after typing stops, with If-Match of the version typed on, and says Saved', async () => {
    const { user } = await openEditor();
    const before = await stored();
    const requests = recordRequests();
    await typeAtEnd(user, '\n\nA new paragraph about carriers.');
    expect(status()).toHaveTextContent('Unsaved changes');

    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    const writes = await requests.writes();
    expect(writes).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: `/policies/${draftId}`,
        ifMatch: `"${String(before.version)}"`,
      }),
    ]);
    expect((await stored()).body).toBe(`${before.body}\n\nA new paragraph about carriers.`);
  });

  it('saves what was typed during a save after it, on the version that save made', async () => {
    const { user } = await openEditor();
    const before = await stored();
    slow('policies', 400, { method: 'PUT', times: 1 });
    const requests = recordRequests();
    await typeAtEnd(user, ' first');
    await waitFor(() => {
      expect(status()).toHaveTextContent('Saving…');
    }, saveWait);
    await typeAtEnd(user, ' second');

    await waitFor(async () => {
      expect(await requests.writes()).toHaveLength(2);
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    const [first, second] = await requests.writes();
    expect(first?.ifMatch).toBe(`"${String(before.version)}"`);
    expect(second?.ifMatch).toBe(`"${String(before.version + 1)}"`);
    expect((await stored()).body).toBe(`${before.body} first second`);
  });

  it('waits while the browser is offline and saves when it is back', async () => {
    const requests = recordRequests();
    const { user } = await openEditor();
    setOnline(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    await typeAtEnd(user, ' typed offline');
    expect(status()).toHaveTextContent('Offline — will save when back');

    setOnline(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    expect(await requests.writes()).toHaveLength(1);
  });

  it('retries a save whose connection failed', async () => {
    networkError('policies', { method: 'PUT', times: 1 });
    const { user } = await openEditor();
    await typeAtEnd(user, ' over a bad line');
    await waitFor(() => {
      expect(status()).toHaveTextContent('Connection lost — will save when back');
    }, saveWait);
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    expect((await stored()).body).toMatch(/ over a bad line$/);
  });

  it('saves at once on Ctrl+S after a refusal stopped autosave', async () => {
    failing('policies', 400, { method: 'PUT', times: 1 });
    const { user } = await openEditor();
    await typeAtEnd(user, ' refused once');
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Not saved/);
    }, saveWait);

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    expect((await stored()).body).toMatch(/ refused once$/);
  });
});

describe('a colleague’s save first (412)', () => {
  async function meetConflict() {
    const rendered = await openEditor();
    colleagueEditsPolicy(draftId, { body: 'Their rewritten body.' });
    await typeAtEnd(rendered.user, '\n\nMy new paragraph.');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Someone else saved this draft first' },
      saveWait,
    );
    expect(
      within(within(dialog).getByRole('region', { name: 'Their version' })).getByText(
        'Their rewritten body.',
      ),
    ).toBeVisible();
    expect(
      within(within(dialog).getByRole('region', { name: 'Your text' })).getByText('My new paragraph.'),
    ).toBeVisible();
    return { ...rendered, dialog };
  }

  it('keeps mine: saves my text on top of their version', async () => {
    await signedInAs('legal');
    const before = await stored();
    const requests = recordRequests();
    const { user, dialog } = await meetConflict();
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine (save on top of theirs)' }));
    expect(body().value).toBe(`${before.body}\n\nMy new paragraph.`);

    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    const puts = await requests.matching({ method: 'PUT' });
    expect(puts.at(-1)?.ifMatch).toBe(`"${String(before.version + 1)}"`);
    expect((await stored()).body).toBe(`${before.body}\n\nMy new paragraph.`);
  });

  it('takes theirs and keeps my text aside to read and copy', async () => {
    const { user, dialog } = await meetConflict();
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));

    expect(body().value).toBe('Their rewritten body.');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your earlier text' }).value).toContain(
      'My new paragraph.',
    );
    expect(status()).toHaveTextContent('Saved');
    expect((await stored()).body).toBe('Their rewritten body.');
  });

  it('can be decided later, and shows both bodies as Markdown text', async () => {
    const { user, dialog } = await meetConflict();
    await user.click(within(dialog).getByRole('button', { name: 'Markdown text' }));
    expect(within(dialog).getByRole('region', { name: 'Your text' })).toHaveTextContent('My new paragraph.');
    await user.click(within(dialog).getByRole('button', { name: 'Decide later' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(status()).toHaveTextContent('Conflict: someone else saved this draft');
    expect(body().value).toContain('My new paragraph.');
    await user.click(screen.getByRole('button', { name: 'Compare and choose' }));
    expect(await screen.findByRole('dialog', { name: 'Someone else saved this draft first' })).toBeVisible();
  });
});

describe('unsaved changes', () => {
  it('asks before leaving for another page, and stays or discards as chosen', async () => {
    slow('policies', 60_000, { method: 'PUT' });
    const { user, router } = await openEditor();
    await typeAtEnd(user, ' not saved yet');
    const back = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link');

    await user.click(back);
    const ask = await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay in the editor' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(currentUrl(router)).toBe(paths.policyEdit(draftId));
    expect(body().value).toMatch(/ not saved yet$/);

    await user.click(back);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' })).getByRole('button', {
        name: 'Leave and discard',
      }),
    );
    await waitFor(() => {
      expect(currentUrl(router)).toBe(paths.policy(draftId));
    });
    expect(sessionStorage.length).toBe(0);
  });

  it('are restored after a reload of the tab, and can be discarded', async () => {
    const first = await openEditor();
    const before = await stored();
    await typeAtEnd(first.user, ' typed before the reload');
    first.unmount();

    const { user } = await openEditor();
    expect(screen.getByRole('alert', { hidden: false })).toHaveTextContent(
      /Restored your unsaved changes from/,
    );
    expect(body().value).toBe(`${before.body} typed before the reload`);
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(body().value).toBe(before.body);
    expect(status()).toHaveTextContent('Saved');
  });

  it('are saved after a reload when the person keeps them', async () => {
    const first = await openEditor();
    await typeAtEnd(first.user, ' kept after the reload');
    first.unmount();

    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Keep and save' }));
    await waitFor(() => {
      expect(status()).toHaveTextContent(/^Saved \d/);
    }, saveWait);
    expect((await stored()).body).toMatch(/ kept after the reload$/);
    expect(screen.queryByText(/Restored your unsaved changes/)).not.toBeInTheDocument();
  });

  it('restored on a version a colleague has since saved, open on the conflict view', async () => {
    const first = await openEditor();
    await typeAtEnd(first.user, ' typed before the reload');
    first.unmount();
    colleagueEditsPolicy(draftId, { body: 'Their body meanwhile.' });

    renderApp(paths.policyEdit(draftId));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Someone else saved this draft first' },
      saveWait,
    );
    expect(within(dialog).getByRole('region', { name: 'Their version' })).toHaveTextContent(
      'Their body meanwhile.',
    );
    expect(within(dialog).getByRole('region', { name: 'Your text' })).toHaveTextContent(
      'typed before the reload',
    );
  });
});

describe('who edits what', () => {
  it('gives support no editor', async () => {
    await signedInAs('support');
    renderApp(paths.policyEdit(draftId));
    expect(await screen.findByRole('heading', { name: /You need the .* role/ })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Body (Markdown)' })).not.toBeInTheDocument();
  });

  it('sends a version that is not a draft to its page', async () => {
    await signedInAs('legal');
    renderApp(paths.policyEdit(knownPolicies.inReview));
    expect(await screen.findByText(/is no longer a draft: only drafts can be edited/)).toBeVisible();
    expect(screen.getByRole('link', { name: /Open version/ })).toHaveAttribute(
      'href',
      paths.policy(knownPolicies.inReview),
    );
    expect(screen.queryByRole('textbox', { name: 'Body (Markdown)' })).not.toBeInTheDocument();
  });
});

describe('the preview', () => {
  it('renders hostile text in the body inert', async () => {
    const { user } = await openEditor();
    await user.click(body());
    await user.keyboard('{Control>}a{/Control}{Delete}');
    await user.paste(
      [
        '# Heading',
        '<script>window.hacked = 1</script>',
        '<img src=x onerror="window.hacked = 2">',
        '<iframe src="https://evil.example"></iframe>',
        '[click me](javascript:alert(1)) and [data](data:text/html,hi) and [site](https://example.org)',
        'Name \u202Eevil',
      ].join('\n\n'),
    );
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() => {
      expect(within(preview).getByRole('heading', { name: 'Heading' })).toBeVisible();
    });
    expect(preview.querySelector('script, img, iframe, [onerror]')).toBeNull();
    expect(within(preview).queryByRole('link', { name: 'click me' })).not.toBeInTheDocument();
    expect(within(preview).getByText('click me')).toBeVisible();
    expect(within(preview).queryByRole('link', { name: 'data' })).not.toBeInTheDocument();
    expect(within(preview).getByRole('link', { name: /site/ })).toHaveAttribute(
      'rel',
      expect.stringContaining('noopener'),
    );
    expect(preview).toHaveTextContent('⟨U+202E⟩');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});
