import Box from '@mui/material/Box';
import { memo, useDeferredValue, useMemo } from 'react';
import { PolicyMarkdown } from '../components/policy-markdown';
import { keyedMarkdownBlocks } from './markdown-blocks';

interface PolicyPreviewProps {
  /** The Markdown body as typed. */
  markdown: string;
}

/**
 * The live preview of a draft's body, rendered as customers will read it (`PolicyMarkdown`: no raw
 * HTML, unsafe links inert, external links marked). It follows the text through
 * `useDeferredValue`, so typing is never held up by rendering, and renders one `PolicyMarkdown`
 * per top-level block keyed by its content (`keyedMarkdownBlocks`): a keystroke re-renders the
 * block it changed, not a 20,000-word policy (DESIGN "Performance"). Marks itself busy
 * (`aria-busy`) while it lags behind the text.
 */
export const PolicyPreview = memo(function PolicyPreview({ markdown }: PolicyPreviewProps) {
  const deferred = useDeferredValue(markdown);
  // The rendered blocks change only with the deferred text: the urgent render of a keystroke hands
  // React the very same elements and costs nothing here.
  const rendered = useMemo(
    () =>
      keyedMarkdownBlocks(deferred).map((block) => (
        <PolicyMarkdown key={block.key}>{block.text}</PolicyMarkdown>
      )),
    [deferred],
  );
  return (
    <Box aria-busy={deferred !== markdown}>
      {rendered.length === 0 ? (
        <Box sx={{ color: 'text.secondary' }}>Nothing to preview yet: the body is empty.</Box>
      ) : (
        rendered
      )}
    </Box>
  );
});
