import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
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

/**
 * The recipient, picked by typing part of its name (`GET /recipients`): each option shows its
 * category and country, and the chosen one its agreement reference. A failed read shows an error
 * with Retry in the field's place.
 */
export function RecipientField({ value, onChange, onBlur, errorMessage, inputRef }: RecipientFieldProps) {
  const recipients = useQuery(disclosureQueries.recipients());
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
  const chosen = options.find((recipient) => recipient.id === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={chosen}
      loading={recipients.isPending}
      onChange={(_event, recipient) => {
        onChange(recipient?.id ?? '');
      }}
      onBlur={onBlur}
      getOptionLabel={(recipient) => recipient.name}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      renderOption={(props, recipient) => {
        const { key, ...rest } = props;
        return (
          <Box component="li" key={key} {...rest} sx={{ display: 'block !important' }}>
            <UserText>{recipient.name}</UserText>
            <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
              {describe(recipient)}
            </Typography>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label="Recipient"
          required
          placeholder="Type part of the name"
          error={Boolean(errorMessage)}
          helperText={errorMessage ?? (chosen ? describe(chosen) : 'Who received the data')}
        />
      )}
    />
  );
}
