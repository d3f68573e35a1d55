import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { MouseEvent, ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { BackTarget } from '@/shared/lib/list-trail';
import { UserText } from './user-text';

interface PageHeaderProps {
  /** The page's name, or a record's (a customer's name, an alert's title): printed as UserText. */
  title: string;
  subtitle?: ReactNode;
  /** The page's primary action, shown top right. */
  actions?: ReactNode;
  /** A detail page's way back to its list (`useBackToList`), shown above the heading. */
  back?: BackTarget;
}

/**
 * Where a detail page sits: a link back to its list (with the filters the person left it with),
 * as a one-item breadcrumb above the heading. Takes the target from `useBackToList`; when the list
 * is an entry back in this tab's history, a plain click goes Back there (the list's search text
 * and the row that was opened return with it), while the link's address still opens it anew.
 */
export function BackLink({ label, to, delta }: BackTarget) {
  const navigate = useNavigate();
  return (
    <Box component="nav" aria-label="Breadcrumb" sx={{ mb: 0.5 }}>
      <Link
        component={RouterLink}
        to={to}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          if (delta === undefined || event.button !== 0) return;
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          void navigate(delta);
        }}
        variant="body2"
        underline="hover"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
      >
        <ArrowBack fontSize="inherit" aria-hidden />
        {label}
      </Link>
    </Box>
  );
}

/**
 * A page's heading (h1) with its subtitle, primary actions and, on a detail page, the link back
 * to its list. The browser tab's title is not set here but by the page's route (a record is titled
 * by its id, never by a customer's name: see `app/shell/page-change.tsx`).
 */
export function PageHeader({ title, subtitle, actions, back }: PageHeaderProps) {
  return (
    <Box sx={{ mb: 2 }}>
      {back ? <BackLink {...back} /> : null}
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h1">
            <UserText>{title}</UserText>
          </Typography>
          {subtitle ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {subtitle}
            </Typography>
          ) : null}
        </Box>
        {actions ? <Box sx={{ display: 'flex', gap: 1 }}>{actions}</Box> : null}
      </Box>
    </Box>
  );
}
