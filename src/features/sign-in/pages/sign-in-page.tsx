import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SubmitEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { describeError, isApiError } from '@/shared/api/api-error';
import { signInRequestSchema } from '@/shared/contract/session';
import { broadcastSession, clearSessionData } from '@/shared/session/session-end';
import { sessionQueries } from '@/shared/session/session-queries';
import { signIn } from '@/shared/session/session-requests';
import { DemoAccountList } from '../components/demo-account-list';
import { safeNext } from '../safe-next';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function SignInPage() {
  const [params] = useSearchParams();
  // Only paths inside the console: a crafted `?next=` must not send anyone elsewhere.
  const next = safeNext(params.get('next'), window.location.origin);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQueries.current());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (data) => {
      // Whoever used this browser before: nothing of theirs stays in memory.
      clearSessionData(queryClient);
      queryClient.setQueryData(sessionQueries.current().queryKey, data);
      broadcastSession({ type: 'signed-in', staffId: data.staff.id });
      await navigate(next, { replace: true });
    },
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  if (session.data && !mutation.isPending && !mutation.isSuccess) return <Navigate to={next} replace />;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = signInRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'email' || field === 'password') errors[field] ??= issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    mutation.mutate(parsed.data);
  }

  const failure = mutation.error;
  const failureText =
    isApiError(failure) && failure.status === 401
      ? 'That email and password do not match an account. Check them and try again.'
      : failure
        ? describeError(failure)
        : null;

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, width: '100%', maxWidth: 440 }}>
        <Typography variant="h1" sx={{ mb: 0.5 }}>
          Privacy Console
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          Sign in with your DigFashions staff account.
        </Typography>
        {failureText ? (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {failureText}
          </Alert>
        ) : null}
        <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            autoFocus
            required
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
            error={Boolean(fieldErrors.email)}
            helperText={fieldErrors.email}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            inputRef={passwordRef}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
            error={Boolean(fieldErrors.password)}
            helperText={fieldErrors.password}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={mutation.isPending}
            startIcon={mutation.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {mutation.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </Box>
        {import.meta.env.VITE_MOCK === 'true' ? (
          <Box sx={{ mt: 3 }}>
            <DemoAccountList
              onPick={(pickedEmail, pickedPassword) => {
                setEmail(pickedEmail);
                setPassword(pickedPassword);
                setFieldErrors({});
              }}
            />
          </Box>
        ) : null}
      </Paper>
    </Box>
  );
}

export { SignInPage as Component };
