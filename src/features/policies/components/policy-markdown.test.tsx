import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PolicyMarkdown, safePolicyUrl } from './policy-markdown';

function renderPolicy(body: string) {
  return render(<PolicyMarkdown>{body}</PolicyMarkdown>).container;
}

describe('PolicyMarkdown', () => {
  it('renders headings, lists, tables and emphasis', () => {
    renderPolicy(
      '# Privacy policy\n\n## Sharing\n\n- partners\n- sellers\n\n| Purpose | Basis |\n| --- | --- |\n| Ads | consent |\n\n**Bold** text',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy policy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sharing' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['partners', 'sellers']);
    expect(within(screen.getByRole('table')).getByRole('cell', { name: 'consent' })).toBeInTheDocument();
  });

  it.each([
    ['a script tag', '<script>window.pwned = 1</script>\n\nText after'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>\n\nText after'],
    ['an event attribute', '<img src="x" onerror="window.pwned = 1">Text after'],
    ['an inline element with a handler', 'Text <b onmouseover="window.pwned = 1">after</b>'],
  ])('drops raw HTML: %s', (_name, body) => {
    const container = renderPolicy(body);
    expect(container.querySelector('script, iframe, img, b, [onerror], [onmouseover]')).toBeNull();
    expect(container.textContent).toContain('after');
    expect(container.textContent).not.toContain('pwned');
  });

  it.each([
    ['javascript:', '[Click](javascript:alert(1))'],
    ['JavaScript with a tab', '[Click](java\tscript:alert(1))'],
    ['an entity-encoded javascript:', '[Click](&#106;avascript:alert(1))'],
    ['data:', '[Click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[Click](vbscript:msgbox(1))'],
    ['a reference link', '[Click][x]\n\n[x]: javascript:alert(1)'],
  ])('keeps an unsafe link as inert text: %s', (_name, body) => {
    const container = renderPolicy(body);
    expect(container.textContent).toContain('Click');
    expect(container.querySelector('a')).toBeNull();
  });

  it('says why a refused link is not a link', () => {
    renderPolicy('[Click](javascript:alert(1))');
    expect(screen.getByTitle(/link removed/i)).toHaveTextContent('Click');
  });

  it('shows HTML entities as the characters they name, never as markup', () => {
    const container = renderPolicy('Fish &amp; chips &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(container.textContent).toContain('Fish & chips <script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('marks external links and opens them apart without access to the console', () => {
    renderPolicy(
      'Write to [privacy@digfashions.example](mailto:privacy@digfashions.example) or read [the regulator](https://regulator.example/guide).',
    );
    const external = screen.getByRole('link', { name: /the regulator.*external site/i });
    expect(external).toHaveAttribute('href', 'https://regulator.example/guide');
    expect(external).toHaveAttribute('target', '_blank');
    expect(external.getAttribute('rel')).toContain('noopener');
    const mail = screen.getByRole('link', { name: 'privacy@digfashions.example' });
    expect(mail).toHaveAttribute('href', 'mailto:privacy@digfashions.example');
    expect(mail).not.toHaveAttribute('target');
  });

  it('never loads an image, and shows its description', () => {
    const container = renderPolicy('![Tracking pixel](https://tracker.example/p.gif)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('[image: Tracking pixel]');
  });

  it('shows bidi controls as visible marks', () => {
    const container = renderPolicy('Attachment invoice\u202Efdp.exe is safe');
    expect(container.textContent).toContain('invoice⟨U+202E⟩fdp.exe');
    expect(container.textContent).not.toContain('\u202E');
  });
});

describe('safePolicyUrl', () => {
  it('keeps web, email, phone and in-page addresses and refuses the rest', () => {
    expect(safePolicyUrl('https://digfashions.example/privacy')).toBe('https://digfashions.example/privacy');
    expect(safePolicyUrl('mailto:privacy@digfashions.example')).toBe('mailto:privacy@digfashions.example');
    expect(safePolicyUrl('tel:+15550100')).toBe('tel:+15550100');
    expect(safePolicyUrl('#contact')).toBe('#contact');
    expect(safePolicyUrl(' javascript:alert(1)')).toBe('');
    expect(safePolicyUrl('file:///etc/passwd')).toBe('');
    expect(safePolicyUrl('/relative/path')).toBe('');
  });
});
