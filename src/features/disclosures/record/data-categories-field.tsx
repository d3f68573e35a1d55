import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { dataCategories, isSensitiveDataCategory, type DataCategory } from '@/shared/contract/disclosures';
import { dataCategoryLabels } from '../disclosure-labels';

interface DataCategoriesFieldProps {
  value: readonly DataCategory[];
  onChange: (categories: DataCategory[]) => void;
  errorMessage: string | undefined;
  firstRef: (element: HTMLInputElement | null) => void;
}

/**
 * What kinds of personal data went out, as checkboxes in the contract's order, each with what it
 * covers; the sensitive ones (payment account, precise location, a minor's data) are marked by a
 * word and an icon, not by colour alone, since sharing them needs consent of their own (privacy
 * policy, sharing (2)).
 */
export function DataCategoriesField({ value, onChange, errorMessage, firstRef }: DataCategoriesFieldProps) {
  return (
    <FormControl component="fieldset" error={Boolean(errorMessage)} required>
      <FormLabel component="legend">Data categories</FormLabel>
      <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        {dataCategories.map((category, index) => {
          const { label, covers } = dataCategoryLabels[category];
          const sensitive = isSensitiveDataCategory(category);
          return (
            <FormControlLabel
              key={category}
              control={
                <Checkbox
                  slotProps={{ input: { ref: index === 0 ? firstRef : undefined } }}
                  checked={value.includes(category)}
                  onChange={(event) => {
                    onChange(
                      event.target.checked
                        ? dataCategories.filter((item) => item === category || value.includes(item))
                        : value.filter((item) => item !== category),
                    );
                  }}
                />
              }
              label={
                <Box component="span">
                  {label}
                  {sensitive ? (
                    <Box
                      component="span"
                      sx={{
                        ml: 0.5,
                        fontWeight: 600,
                        display: 'inline-flex',
                        alignItems: 'center',
                        gap: 0.25,
                      }}
                    >
                      <WarningAmberOutlined fontSize="inherit" aria-hidden />
                      sensitive
                    </Box>
                  ) : null}
                  <Box
                    component="span"
                    sx={{ display: 'block', color: 'text.secondary', typography: 'body2' }}
                  >
                    {covers}
                  </Box>
                </Box>
              }
            />
          );
        })}
      </FormGroup>
      <FormHelperText>
        {errorMessage ?? 'Sensitive data needs the person’s consent to sharing it specifically.'}
      </FormHelperText>
    </FormControl>
  );
}
