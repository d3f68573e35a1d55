import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths } from '@/shared/lib/paths';
import { PageHeader } from '@/shared/ui/page-header';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Box>
      <PageHeader title="Page not found" />
      <Typography sx={{ mb: 2 }}>
        There is no page at <code>{pathname}</code>. The link may be mistyped or out of date.
      </Typography>
      <Button component={RouterLink} to={paths.home()} variant="contained">
        Go to the home page
      </Button>
    </Box>
  );
}
