import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { ErrorState } from '@/shared/ui/error-state';

interface TimelineSectionProps<Item> {
  /** The section's heading ("Notes", "Activity"); the list is named "<title>, oldest first". */
  title: string;
  /** A read of a page of `items`, oldest first. */
  query: UseQueryResult<{ items: readonly Item[] }>;
  /** Said while it loads and when it fails: "the notes", "the activity". */
  what: string;
  /** Shown when there are no items. */
  empty: ReactNode;
  itemKey: (item: Item) => string;
  /** One item's content, inside its list item. */
  renderItem: (item: Item) => ReactNode;
  /** Vertical padding of an item, in theme spacing units. */
  itemPadding?: number;
  /** Below the list (a form to add to it). */
  children?: ReactNode;
}

/**
 * One of the alert page's timelines (notes, activity): a titled section whose list loads with a
 * skeleton, fails with the error and Retry, says `empty` when there is nothing, and otherwise
 * lists the items oldest first. Renders the section; throws nothing.
 */
export function TimelineSection<Item>({
  title,
  query,
  what,
  empty,
  itemKey,
  renderItem,
  itemPadding = 1,
  children,
}: TimelineSectionProps<Item>) {
  const headingId = useId();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {query.isPending ? (
        <Box aria-busy="true" aria-label={`Loading ${what}`}>
          <Skeleton variant="text" />
          <Skeleton variant="text" width="60%" />
        </Box>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title={`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded`}
          onRetry={() => {
            void query.refetch();
          }}
        />
      ) : query.data.items.length === 0 ? (
        empty
      ) : (
        <Box component="ol" aria-label={`${title}, oldest first`} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {query.data.items.map((item) => (
            <Box
              component="li"
              key={itemKey(item)}
              sx={{
                py: itemPadding,
                borderBottom: 1,
                borderColor: 'divider',
                '&:last-child': { borderBottom: 0 },
              }}
            >
              {renderItem(item)}
            </Box>
          ))}
        </Box>
      )}
      {children}
    </Paper>
  );
}
