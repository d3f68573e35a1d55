import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { demoAccounts, demoPassword } from '../demo-accounts';

interface DemoAccountListProps {
  onPick: (email: string, password: string) => void;
}

export function DemoAccountList({ onPick }: DemoAccountListProps) {
  return (
    <section aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
        Demo accounts (mock API, password “demo”)
      </Typography>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
        {demoAccounts.map((account) => (
          <Button
            key={account.email}
            size="small"
            variant="outlined"
            aria-label={`Fill in ${account.label} (${account.email})`}
            onClick={() => {
              onPick(account.email, demoPassword);
            }}
          >
            {account.label}
          </Button>
        ))}
      </Stack>
    </section>
  );
}
