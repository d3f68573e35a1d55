import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/**
 * One section of the workspace: an outlined region named by its heading (h2), so a screen reader
 * lists it among the page's landmarks. Takes the heading text, an optional caption under it, and
 * the section's content.
 */
export function SectionCard({ title, caption, children }: { title: string; caption?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 1.5 }}>
      <Typography id={id} variant="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {title}
      </Typography>
      {caption ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {caption}
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}
