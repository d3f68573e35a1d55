import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isApiError } from '@/shared/api/api-error';
import type { Account } from '@/shared/contract/accounts';
import { accountQueries } from '@/shared/resources/accounts/queries';
import { UserText } from '@/shared/ui/user-text';
import { parseAccountIds } from '@/shared/lib/account-ids';

interface AccountsFieldProps {
  value: readonly string[];
  onChange: (accountIds: string[]) => void;
  errorMessage: string | undefined;
  disabled: boolean;
  inputRef: (element: HTMLTextAreaElement | null) => void;
}

/** Each listed id's account as read (`GET /accounts/{id}`): the chips and the cross-border hint use it. */
export function useListedAccounts(accountIds: readonly string[]) {
  return useQueries({
    queries: accountIds.map((id) => ({ ...accountQueries.detail(id), retry: false })),
  });
}

function AccountChip({
  id,
  account,
  unknown,
  pending,
  onDelete,
}: {
  id: string;
  account: Account | undefined;
  unknown: boolean;
  pending: boolean;
  onDelete: () => void;
}) {
  // The state is said in words, not by colour alone.
  const state = unknown ? 'unknown id' : pending ? 'checking…' : account ? account.name : 'not checked';
  return (
    <Chip
      icon={unknown ? <HelpOutline aria-hidden /> : <PersonOutline aria-hidden />}
      color={unknown ? 'error' : 'default'}
      variant={unknown ? 'outlined' : 'filled'}
      label={
        <span>
          {id} · {account && !unknown ? <UserText>{state}</UserText> : state}
          {account ? ` · ${account.country}` : ''}
        </span>
      }
      onDelete={onDelete}
      aria-label={`${id}: ${account && !unknown ? `${account.name}, ${account.country}` : state}. Delete or Backspace removes it.`}
    />
  );
}

/**
 * The data subjects' accounts, by id: type or paste a list (spaces, commas, semicolons or line
 * breaks between ids) and add it; each id is checked to exist (`GET /accounts/{id}`) and shown as
 * a chip with the account's name as the API serves it (masked for the person's roles) and its
 * country, an unknown id said as such. Ids not shaped like an account id are named and not added.
 */
export function AccountsField({ value, onChange, errorMessage, disabled, inputRef }: AccountsFieldProps) {
  const ids = useId();
  const [text, setText] = useState('');
  const [malformed, setMalformed] = useState<string[]>([]);
  const results = useListedAccounts(value);
  const add = () => {
    const parsed = parseAccountIds(text);
    setMalformed(parsed.malformed);
    const added = parsed.ids.filter((id) => !value.includes(id));
    if (added.length > 0) onChange([...value, ...added]);
    setText(parsed.malformed.join(' '));
  };
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          inputRef={inputRef}
          label="Account ids"
          placeholder="acc_… — paste a list: spaces, commas or one per line"
          multiline
          minRows={1}
          maxRows={4}
          fullWidth
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              add();
            }
          }}
          onBlur={() => {
            if (text.trim() !== '') add();
          }}
          error={Boolean(errorMessage) || malformed.length > 0}
          slotProps={{ htmlInput: { 'aria-describedby': `${ids}-help` } }}
        />
        <Button variant="outlined" onClick={add} disabled={disabled || text.trim() === ''} sx={{ mt: 1 }}>
          Add
        </Button>
      </Box>
      <FormHelperText id={`${ids}-help`} error={Boolean(errorMessage) || malformed.length > 0}>
        {malformed.length > 0 ? `Not account ids (they start with acc_): ${malformed.join(', ')}. ` : null}
        {errorMessage ??
          (disabled
            ? 'De-identified data names no accounts.'
            : `${String(value.length)} account${value.length === 1 ? '' : 's'} listed. Enter adds what you typed or pasted.`)}
      </FormHelperText>
      {value.length > 0 ? (
        <Box
          component="ul"
          aria-label="Listed accounts"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, mt: 1, listStyle: 'none' }}
        >
          {value.map((id, index) => {
            const result = results[index];
            const unknown = isApiError(result?.error) && result.error.status === 404;
            return (
              <li key={id}>
                <AccountChip
                  id={id}
                  account={result?.data}
                  unknown={unknown}
                  pending={result?.isPending ?? true}
                  onDelete={() => {
                    onChange(value.filter((listed) => listed !== id));
                  }}
                />
              </li>
            );
          })}
        </Box>
      ) : null}
      {value.length > 0 ? (
        <Typography variant="caption" color="text.secondary">
          Names are shown as the API serves them to your roles.
        </Typography>
      ) : null}
    </Box>
  );
}
