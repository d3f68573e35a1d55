import Box from '@mui/material/Box';
import type { Nodes, Root } from 'mdast';
import { memo, type ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { bidiControlMark, hasBidiControls, splitBidiControls } from '@/shared/lib/bidi';
import { visuallyHidden } from '@/shared/ui/visually-hidden';

// A policy body is Markdown a colleague typed; customers read what it renders. It is shown as
// text and structure only: raw HTML is dropped, only http(s), mailto and tel links and in-page
// anchors keep their address, remote images are never loaded, and bidi controls show as marks.

const safeSchemes = /^(https?:|mailto:|tel:)/i;

/**
 * The address a link keeps, or `''` (the link stays as inert text) for anything that could run
 * code or load data in the page: `javascript:`, `data:`, `vbscript:`, `file:` and the rest. Takes
 * the URL as written in the Markdown; in-page anchors (`#section`) and absolute http(s), mailto
 * and tel addresses pass, everything else is refused.
 */
export function safePolicyUrl(url: string): string {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so they are
  // dropped before the scheme is read.
  const compact = url.replace(/[\p{Cc}\s]/gu, '');
  if (compact.startsWith('#')) return url;
  return safeSchemes.test(compact) ? url : '';
}

/** True for an http(s) address outside the console's own origin. */
function isExternal(href: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return new URL(href).origin !== window.location.origin;
  } catch {
    return true;
  }
}

type AnchorProps = ComponentPropsWithoutRef<'a'> & ExtraProps;

/** A link as the policy shows it: external ones open apart and say so; refused ones are text. */
function PolicyLink(props: AnchorProps) {
  const { href, children, ...attributes } = props;
  // The syntax-tree node react-markdown passes along is not an attribute of the element.
  delete attributes.node;
  if (!href) {
    return (
      <span className="policy-inert-link" title="Link removed: only web, email and phone links are kept">
        {children}
      </span>
    );
  }
  if (!isExternal(href))
    return (
      <a href={href} {...attributes}>
        {children}
      </a>
    );
  return (
    <a href={href} {...attributes} target="_blank" rel="noopener noreferrer nofollow">
      {children}
      <span aria-hidden="true"> ↗</span>
      <Box component="span" sx={visuallyHidden}>
        {' '}
        (external site, opens in a new tab)
      </Box>
    </a>
  );
}

type ImageProps = ComponentPropsWithoutRef<'img'> & ExtraProps;

/** An image is never fetched (a remote image is a tracking pixel); its description is shown instead. */
function PolicyImage({ alt }: ImageProps) {
  return <span className="policy-image">[image{alt ? `: ${alt}` : ''}]</span>;
}

const components: Components = { a: PolicyLink, img: PolicyImage };

/** Replaces every bidi control in the text nodes with its visible mark (`⟨U+202E⟩`). */
function showBidiControls(node: Nodes): void {
  if (
    (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') &&
    hasBidiControls(node.value)
  ) {
    node.value = splitBidiControls(node.value)
      .map((part) => (typeof part === 'string' ? part : bidiControlMark(part.control)))
      .join('');
  }
  if ('children' in node) node.children.forEach(showBidiControls);
}

/** The remark step behind `showBidiControls`. */
function remarkVisibleBidi() {
  return (tree: Root) => {
    showBidiControls(tree);
  };
}

const remarkPlugins = [remarkGfm, remarkVisibleBidi];

export interface PolicyMarkdownProps {
  /** The version's Markdown body (GitHub-flavoured: tables, task lists, strikethrough). */
  children: string;
}

/**
 * Renders a policy version's Markdown body as the customer will read it, safely: raw HTML is
 * ignored (never parsed into elements), unsafe link schemes leave the link as inert text
 * (`safePolicyUrl`), external links are marked and open apart with `noopener`, images are not
 * loaded, bidi controls are shown as marks. Memoized on the text. Throws nothing.
 */
export const PolicyMarkdown = memo(function PolicyMarkdown({ children }: PolicyMarkdownProps) {
  return (
    <Box
      className="policy-markdown"
      sx={{
        lineHeight: 1.6,
        overflowWrap: 'anywhere',
        '& h1': { typography: 'h5', mt: 0 },
        '& h2': { typography: 'h6', mt: 3 },
        '& h3': { typography: 'subtitle1', fontWeight: 600, mt: 2 },
        '& table': { borderCollapse: 'collapse', my: 2 },
        '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left' },
        '& code': { fontFamily: 'monospace', bgcolor: 'action.hover', px: 0.5 },
        '& blockquote': { borderLeft: 4, borderColor: 'divider', m: 0, pl: 2, color: 'text.secondary' },
        '& .policy-inert-link': { textDecoration: 'underline dotted' },
      }}
    >
      <Markdown remarkPlugins={remarkPlugins} skipHtml urlTransform={safePolicyUrl} components={components}>
        {children}
      </Markdown>
    </Box>
  );
});
