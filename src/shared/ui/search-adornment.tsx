import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';

/** A list's search field: `<TextField slotProps={searchFieldSlots} …>` shows the magnifier. */
export const searchFieldSlots = {
  input: {
    startAdornment: (
      <InputAdornment position="start">
        <SearchOutlined fontSize="small" />
      </InputAdornment>
    ),
  },
};
