import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { UserText } from '@/shared/ui/user-text';

interface DataCategoriesInputProps {
  value: readonly string[];
  onChange: (categories: string[]) => void;
  errorMessage: string | undefined;
  inputRef: (element: HTMLInputElement | null) => void;
}

/**
 * The kinds of personal data the incident touched, as free entries: type one (or paste several,
 * separated by commas or line breaks) and press Enter or Add; each shows as a chip that Delete or
 * Backspace removes. The same entry is kept once. Renders the field; throws nothing.
 */
export function DataCategoriesInput({ value, onChange, errorMessage, inputRef }: DataCategoriesInputProps) {
  const helpId = useId();
  const [text, setText] = useState('');
  const add = () => {
    const added = text
      .split(/[,\n]+/)
      .map((entry) => entry.trim())
      .filter((entry, index, all) => entry !== '' && all.indexOf(entry) === index && !value.includes(entry));
    if (added.length > 0) onChange([...value, ...added]);
    setText('');
  };
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          inputRef={inputRef}
          label="Add a data category"
          placeholder="e.g. contact details"
          size="small"
          fullWidth
          value={text}
          error={Boolean(errorMessage)}
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          onBlur={() => {
            if (text.trim() !== '') add();
          }}
          slotProps={{ htmlInput: { 'aria-describedby': helpId } }}
        />
        <Button variant="outlined" onClick={add} disabled={text.trim() === ''}>
          Add
        </Button>
      </Box>
      <FormHelperText id={helpId} error={Boolean(errorMessage)}>
        {errorMessage ??
          `${String(value.length)} categor${value.length === 1 ? 'y' : 'ies'}. Enter adds what you typed; commas separate several.`}
      </FormHelperText>
      {value.length > 0 ? (
        <Box
          component="ul"
          aria-label="Data categories"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, mt: 0.5, listStyle: 'none' }}
        >
          {value.map((category) => (
            <li key={category}>
              <Chip
                size="small"
                label={<UserText>{category}</UserText>}
                aria-label={`${category}. Delete or Backspace removes it.`}
                onDelete={() => {
                  onChange(value.filter((entry) => entry !== category));
                }}
              />
            </li>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
