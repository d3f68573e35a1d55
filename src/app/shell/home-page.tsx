import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { use } from 'react';
import { Link as RouterLink } from 'react-router';
import { hasPermission, roleLabels } from '@/shared/contract/roles';
import { useStaff } from '@/shared/session/use-session';
import { PageHeader } from '@/shared/ui/page-header';
import { NavViewsContext } from './nav-views';
import { viewDescriptions } from './view-descriptions';

/** Greets the person and lists the views their roles open. */
export function HomePage() {
  const staff = useStaff();
  const views = use(NavViewsContext).filter(
    (route) => route.path !== '/' && hasPermission(staff.roles, route.permission),
  );
  const firstName = staff.name.split(' ')[0] ?? staff.name;
  return (
    <>
      <PageHeader
        title={`Hello, ${firstName}`}
        subtitle={`Signed in as ${staff.roles.map((role) => roleLabels[role]).join(' and ')}.`}
      />
      {views.length === 0 ? (
        <Typography>There are no views for your roles yet.</Typography>
      ) : (
        <Grid
          container
          spacing={2}
          component="ul"
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label="Your views"
        >
          {views.map((route) => {
            const Icon = route.icon;
            return (
              <Grid key={route.path} size={{ xs: 12, sm: 6, lg: 4 }} component="li">
                <Card variant="outlined" sx={{ height: '100%' }}>
                  <CardActionArea component={RouterLink} to={route.path} sx={{ height: '100%' }}>
                    <CardContent>
                      <Typography
                        variant="h2"
                        component="h2"
                        sx={{ display: 'flex', gap: 1, alignItems: 'center' }}
                      >
                        <Icon fontSize="small" /> {route.title}
                      </Typography>
                      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                        {viewDescriptions[route.path]}
                      </Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              </Grid>
            );
          })}
        </Grid>
      )}
    </>
  );
}

export { HomePage as Component };
