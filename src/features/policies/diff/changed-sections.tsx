import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { MouseEvent } from 'react';
import { UserText } from '@/shared/ui/user-text';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { changeElementId } from './diff-view';
import type { ChangedSection } from './policy-diff';

interface ChangedSectionsProps {
  sections: readonly ChangedSection[];
  /** The change in view (0-based), or `null` before any jump. */
  current: number | null;
  onGo: (change: number) => void;
}

/**
 * The sections (by Markdown heading of the source) that hold changes, in reading order, each a
 * link to its first change with its lines added and removed; the section of the change in view is
 * marked `aria-current`. Headings are the bodies' text, printed as text.
 */
export function ChangedSections({ sections, current, onGo }: ChangedSectionsProps) {
  return (
    <Box component="nav" aria-labelledby="changed-sections-heading">
      <Typography id="changed-sections-heading" variant="subtitle2" component="h2" sx={{ mb: 0.5 }}>
        Changed sections
      </Typography>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {sections.map((section) => {
          const first = section.changes[0] ?? 0;
          const here = current !== null && section.changes.includes(current);
          const title = section.title ?? 'Opening text (before the first heading)';
          return (
            <Box
              component="li"
              key={`${String(first)}-${title}`}
              sx={{ pl: Math.max(0, section.level - 1), py: 0.25 }}
            >
              <Link
                href={`#${changeElementId(first)}`}
                aria-current={here ? 'location' : undefined}
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  event.preventDefault();
                  onGo(first);
                }}
                underline="hover"
                sx={{ fontWeight: here ? 700 : 400, overflowWrap: 'anywhere' }}
              >
                {section.title === '' ? '(untitled heading)' : <UserText>{title}</UserText>}
              </Link>{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                <span aria-hidden>{`+${String(section.added)} −${String(section.removed)}`}</span>
                <Box component="span" sx={visuallyHidden}>
                  {`${String(section.added)} lines added, ${String(section.removed)} removed`}
                </Box>
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
