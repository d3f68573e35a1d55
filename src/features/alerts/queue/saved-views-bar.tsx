import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useState } from 'react';
import { useStaff } from '@/shared/session/use-session';
import { PressedButton } from '@/shared/ui/pressed-button';
import type { QueueFilters } from './queue-view';
import { builtInViews, sameFilters, useOwnViews, type SavedView } from './saved-views';
import { UserText } from '@/shared/ui/user-text';

// The dialog (MUI Dialog, TextField) loads when first opened, not with the queue's first rows.
const SaveViewDialog = lazy(() =>
  import('./save-view-dialog').then((module) => ({ default: module.SaveViewDialog })),
);

interface SavedViewsBarProps {
  filters: QueueFilters;
  onApply: (view: SavedView) => void;
}

/** The built-in views and the analyst's own, beside the page's title: one click applies a view's filters. */
export function SavedViewsBar({ filters, onApply }: SavedViewsBarProps) {
  const own = useOwnViews(useStaff().id);
  const [saving, setSaving] = useState(false);
  const views = [...builtInViews(), ...own.views];

  return (
    <Box
      component="nav"
      aria-label="Saved views"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, alignItems: 'center' }}
    >
      {views.map((view) => {
        const active = sameFilters(view.filters, filters);
        return (
          <Box key={view.id} sx={{ display: 'inline-flex', alignItems: 'center' }}>
            <PressedButton
              type="button"
              aria-pressed={active}
              onClick={() => {
                onApply(view);
              }}
            >
              <UserText>{view.name}</UserText>
            </PressedButton>
            {view.builtIn ? null : (
              <IconButton
                size="small"
                aria-label={`Delete the view ${view.name}`}
                title={`Delete the view ${view.name}`}
                onClick={() => {
                  own.remove(view.id);
                }}
              >
                <CloseOutlined fontSize="inherit" />
              </IconButton>
            )}
          </Box>
        );
      })}
      <Button
        size="small"
        startIcon={<BookmarkAddOutlined fontSize="inherit" />}
        onClick={() => {
          setSaving(true);
        }}
      >
        Save view…
      </Button>
      <Suspense fallback={null}>
        {saving ? (
          <SaveViewDialog
            taken={own.views.map((view) => view.name)}
            onClose={() => {
              setSaving(false);
            }}
            onSave={(name) => {
              const saved = own.save(name, filters);
              if (saved) setSaving(false);
              return saved;
            }}
          />
        ) : null}
      </Suspense>
    </Box>
  );
}
