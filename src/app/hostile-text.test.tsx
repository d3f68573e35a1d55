import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { knownAlerts } from '@mocks/db/known-alerts';
import { activeAccount } from '@mocks/scenarios/accounts';
import { callApi } from '@mocks/scenarios/call-api';
import { signedInAs } from '@mocks/scenarios/session';
import { renderApp } from '@tests/render-with-providers';

// Text the console did not write, with a right-to-left override in it: shown with the override
// as a visible mark, never obeyed, on every view that prints it (issue: text that reorders itself).
const override = '\u202E';
const hostile = `Refund for invoice${override}fdp.exe, see ticket`;
const shown = 'Refund for invoice⟨U+202E⟩fdp.exe, see ticket';
const anyBidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

async function lockWithHostileReason(): Promise<string> {
  const { csrfToken } = await signedInAs('dpo');
  const id = activeAccount();
  const account = await callApi<{ version: number }>(`/accounts/${id}`);
  const locked = await callApi(`/accounts/${id}/lock`, {
    method: 'POST',
    body: { reason: hostile },
    csrfToken,
    ifMatch: account.body.version,
  });
  expect(locked.status).toBe(200);
  return id;
}

/** The isolate (`<bdi>`) that prints `text`, within `container`. */
function isolateWith(text: string) {
  return (_content: string, element: Element | null) =>
    element?.tagName === 'BDI' && element.textContent === text;
}

describe('text holding bidi controls', () => {
  it('is shown as written in the account’s lock banner', async () => {
    const id = await lockWithHostileReason();
    renderApp(`/accounts/${id}`);
    const banner = (await screen.findByText(/^Locked:/)).closest('div') ?? document.body;
    expect(banner).toHaveTextContent(shown);
    expect(document.body.textContent).not.toMatch(anyBidiControl);
  });

  it('is shown as written in the audit log, and scrambles nothing after it', async () => {
    await lockWithHostileReason();
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(await within(table).findByText(isolateWith(shown))).toBeInTheDocument();
    await waitFor(() => {
      expect(table.textContent).not.toMatch(anyBidiControl);
    });
  });

  it('is shown as written in an alert’s notes', async () => {
    const { csrfToken } = await signedInAs('analyst');
    const added = await callApi(`/alerts/${knownAlerts.newCritical}/notes`, {
      method: 'POST',
      body: { body: hostile },
      csrfToken,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(added.status).toBe(201);
    renderApp(`/alerts/${knownAlerts.newCritical}`);
    expect(await screen.findByText(isolateWith(shown))).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(anyBidiControl);
  });
});
