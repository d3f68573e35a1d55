import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import type { Recipient } from '@/shared/contract/disclosures';
import { ErrorState } from '@/shared/ui/error-state';
import { UserText } from '@/shared/ui/user-text';
import { disclosureQueries } from '../api/queries';
import { recipientCategoryLabels } from '../disclosure-labels';

interface RecipientFieldProps {
  /** The chosen recipient's id, or `''`. */
  value: string;
  onChange: (recipientId: string) => void;
  onBlur: () => void;
  errorMessage: string | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
}

const describe = (recipient: Recipient) =>
  `${recipientCategoryLabels[recipient.category]} · ${recipient.country}${recipient.agreementRef ? ` · agreement ${recipient.agreementRef}` : ''}`;

/** Recipients whose name, category or country holds `text` (case-insensitive), in the list's order. */
export function matchRecipients(recipients: readonly Recipient[], text: string): Recipient[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...recipients];
  return recipients.filter((recipient) =>
    [recipient.name, recipientCategoryLabels[recipient.category], recipient.country].some((part) =>
      part.toLowerCase().includes(needle),
    ),
  );
}

/**
 * The recipient, picked by typing part of its name, category or country (`GET /recipients`, some
 * forty): a combobox whose list shows each recipient's category and country; arrows move, Enter
 * chooses, Escape closes. The chosen one's agreement reference shows under the field. A failed
 * read shows an error with Retry in the field's place. (A small combobox of its own: MUI's
 * Autocomplete and its popper would double the form's code.)
 */
export function RecipientField({ value, onChange, onBlur, errorMessage, inputRef }: RecipientFieldProps) {
  const ids = useId();
  const listId = `${ids}-list`;
  const recipients = useQuery(disclosureQueries.recipients());
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  if (recipients.isError) {
    return (
      <ErrorState
        error={recipients.error}
        title="The recipients could not be loaded"
        onRetry={() => {
          void recipients.refetch();
        }}
      />
    );
  }
  const options = recipients.data ?? [];
  const chosen = options.find((recipient) => recipient.id === value);
  const matches = open ? matchRecipients(options, typed ?? '') : [];
  const activeIndex = Math.min(active, matches.length - 1);

  const choose = (recipient: Recipient) => {
    onChange(recipient.id);
    setTyped(null);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(matches.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const recipient = matches[activeIndex];
      if (recipient) choose(recipient);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <Box sx={{ position: 'relative' }}>
      <TextField
        inputRef={inputRef}
        label="Recipient"
        required
        fullWidth
        disabled={recipients.isPending}
        placeholder={
          recipients.isPending
            ? 'Loading the recipients…'
            : 'Type part of the name, the category or the country'
        }
        value={typed ?? chosen?.name ?? ''}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(0);
          if (value !== '') onChange('');
        }}
        onClick={() => {
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setTyped(null);
          onBlur();
        }}
        error={Boolean(errorMessage)}
        helperText={errorMessage ?? (chosen ? describe(chosen) : 'Who received the data')}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            autoComplete: 'off',
            'aria-autocomplete': 'list',
            'aria-expanded': open && matches.length > 0,
            'aria-controls': listId,
            'aria-activedescendant':
              open && matches[activeIndex] ? `${listId}-${String(activeIndex)}` : undefined,
          },
        }}
      />
      {open && matches.length > 0 ? (
        <Paper
          component="ul"
          role="listbox"
          id={listId}
          aria-label="Recipients"
          elevation={8}
          sx={{
            position: 'absolute',
            zIndex: 'modal',
            top: 56,
            left: 0,
            right: 0,
            maxHeight: 320,
            overflowY: 'auto',
            m: 0,
            p: 0,
            listStyle: 'none',
          }}
        >
          {matches.map((recipient, index) => (
            <Box
              component="li"
              key={recipient.id}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === activeIndex}
              // Keeps the focus in the field, so choosing does not blur (and close) it first.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                choose(recipient);
              }}
              sx={{
                px: 2,
                py: 0.75,
                cursor: 'pointer',
                bgcolor: index === activeIndex ? 'action.selected' : undefined,
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              <UserText>{recipient.name}</UserText>
              <Box component="span" sx={{ display: 'block', color: 'text.secondary', typography: 'body2' }}>
                {describe(recipient)}
              </Box>
            </Box>
          ))}
        </Paper>
      ) : null}
    </Box>
  );
}
