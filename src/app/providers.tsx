import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ShortcutsProvider } from '@/shared/ui/shortcuts/shortcuts-provider';
import { theme } from '@/shared/ui/theme';
import { ToastProvider } from '@/shared/ui/toast/toast-provider';

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme} defaultMode="system" noSsr>
        <CssBaseline enableColorScheme />
        <ToastProvider>
          <ShortcutsProvider>{children}</ShortcutsProvider>
        </ToastProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
