import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { visuallyHidden } from './visually-hidden';

// Named for screen readers (`visuallyHidden`); the options say "25 rows" themselves.

interface TablePagerProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  pageSizeOptions: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/**
 * Rows per page, "26–50 of 1,234" and previous/next, on one short line above a list's rows; never counts past the total. Written here rather than MUI's
 * TablePagination, whose menu-based select brings popover and modal code to every list page.
 */
export function TablePager({
  page,
  pageSize,
  total,
  pageSizeOptions,
  onPageChange,
  onPageSizeChange,
}: TablePagerProps) {
  const selectId = useId();
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  // A page past the end (a stale link, rows dismissed meanwhile) counts as the last page.
  const shown = Math.min(page, lastPage);
  const from = total === 0 ? 0 : (shown - 1) * pageSize + 1;
  const to = Math.min(total, shown * pageSize);
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 1.5,
        ml: 'auto',
        flexWrap: 'wrap',
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" component="label" htmlFor={selectId} sx={visuallyHidden}>
          Rows per page
        </Typography>
        <Box
          component="select"
          id={selectId}
          value={pageSize}
          onChange={(event) => {
            onPageSizeChange(Number(event.target.value));
          }}
          sx={{
            font: 'inherit',
            color: 'inherit',
            bgcolor: 'background.paper',
            borderColor: 'divider',
            borderRadius: 1,
            p: 0.5,
          }}
        >
          {pageSizeOptions.map((size) => (
            <option key={size} value={size}>
              {`${String(size)} rows`}
            </option>
          ))}
        </Box>
      </Box>
      <Typography variant="body2" aria-live="polite">
        {from.toLocaleString()}–{to.toLocaleString()} of {total.toLocaleString()}
      </Typography>
      <Box>
        <IconButton
          size="small"
          aria-label="Go to previous page"
          title="Previous page"
          disabled={page <= 1}
          onClick={() => {
            onPageChange(page - 1);
          }}
        >
          <ChevronLeft />
        </IconButton>
        <IconButton
          size="small"
          aria-label="Go to next page"
          title="Next page"
          disabled={page >= lastPage}
          onClick={() => {
            onPageChange(page + 1);
          }}
        >
          <ChevronRight />
        </IconButton>
      </Box>
    </Box>
  );
}
