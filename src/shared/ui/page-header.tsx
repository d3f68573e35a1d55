import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { isolatedPlainText, hasBidiControls } from '@/shared/lib/bidi';
import { UserText } from './user-text';

interface PageHeaderProps {
  /** The page's name, or a record's (a customer's name, an alert's title): printed as UserText. */
  title: string;
  subtitle?: ReactNode;
  /** The page's primary action, shown top right. */
  actions?: ReactNode;
}

/**
 * A page's heading (h1) with its subtitle and primary actions, and the browser tab's title. A
 * record's title may hold bidi controls: they are shown, not obeyed, on the page and in the tab.
 */
export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${hasBidiControls(title) ? isolatedPlainText(title) : title} · Privacy Console`;
  }, [title]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 2, flexWrap: 'wrap' }}>
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
  );
}
