import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { describeRoles, type Role } from '@/shared/contract/roles';
import { paths } from '@/shared/lib/paths';
import { PageHeader } from '@/shared/ui/page-header';

interface RoleRequiredPageProps {
  title: string;
  requiredRoles: readonly Role[];
}

export function RoleRequiredPage({ title, requiredRoles }: RoleRequiredPageProps) {
  const roleText = describeRoles(requiredRoles);
  return (
    <Box>
      <PageHeader title={`You need ${roleText}`} />
      <Typography sx={{ mb: 2 }}>
        {title} is open to staff with {roleText}. Your roles do not include it. If your work needs it, ask the
        privacy officer to grant the role.
      </Typography>
      <Button component={RouterLink} to={paths.home()} variant="contained">
        Go to the home page
      </Button>
    </Box>
  );
}
