import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { formatDateTime } from '@/shared/lib/format';
import { UserText } from '@/shared/ui/user-text';
import { PolicyMarkdown } from '../components/policy-markdown';
import type { PolicyDraftFields } from './draft-fields';

type BodyView = 'rendered' | 'text';

interface SideProps {
  heading: string;
  fields: PolicyDraftFields;
  view: BodyView;
  describeCategories: (fields: PolicyDraftFields) => string;
}

function Side({ heading, fields, view, describeCategories }: SideProps) {
  const fact = (label: string, value: ReactNode) => (
    <Box sx={{ mb: 1 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{value}</Box>
    </Box>
  );
  return (
    <Box component="section" aria-label={heading} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {heading}
      </Typography>
      {fact('Title', <UserText>{fields.title}</UserText>)}
      {fact('Summary', fields.summary ? <UserText>{fields.summary}</UserText> : '—')}
      {fact('Significant change', fields.significant ? 'Yes' : 'No')}
      {fact('Change categories', describeCategories(fields))}
      <Typography variant="caption" color="text.secondary" component="div">
        Body
      </Typography>
      <Box
        tabIndex={0}
        aria-label={`${heading}: body`}
        sx={{ maxHeight: '40vh', overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}
      >
        {view === 'rendered' ? (
          <PolicyMarkdown>{fields.body}</PolicyMarkdown>
        ) : (
          <Box component="pre" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13 }}>
            <UserText>{fields.body}</UserText>
          </Box>
        )}
      </Box>
    </Box>
  );
}

/** The version a colleague saved (from the 412), as the view shows it. */
export interface TheirVersion {
  version: number;
  /** When they saved it (ISO UTC). */
  savedAt: string;
  /** False when it is no longer a draft: nothing can be saved on it. */
  stillDraft: boolean;
  fields: PolicyDraftFields;
}

interface EditorConflictDialogProps {
  open: boolean;
  theirs: TheirVersion;
  /** The person's text as it is now (including what they typed after the 412). */
  mine: PolicyDraftFields;
  /** The change categories of a side in words ("Main recipients, User rights", or "None"). */
  describeCategories: (fields: PolicyDraftFields) => string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Closes the view; the editor stays in conflict, nothing saved, until the person chooses. */
  onClose: () => void;
}

// Its only imports besides MUI are the shared renderer and the console's own helpers (types apart):
// loaded lazily, it then carries no part of the editor's own chunk.

/**
 * A colleague saved the draft first (412): their version (title, summary, significant, change
 * categories, body rendered or as Markdown text) beside the person's, and the choice. "Keep mine"
 * saves the person's text on top of their version; "Take theirs" shows their version and sets
 * the person's text aside where it can still be read and copied. When their version is no longer
 * a draft, mine cannot be saved on it, and the view says so. Nothing typed is lost either way.
 */
export function EditorConflictDialog({
  open,
  theirs,
  mine,
  describeCategories,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: EditorConflictDialogProps) {
  const [view, setView] = useState<BodyView>('rendered');
  const { stillDraft } = theirs;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="editor-conflict-title">
      <DialogTitle id="editor-conflict-title">Someone else saved this draft first</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Their version {theirs.version} was saved {formatDateTime(theirs.savedAt)}, after the version you
          were typing on. Nothing you typed is lost: compare, then choose.
          {stillDraft
            ? ''
            : ' Their version is no longer a draft, so your text cannot be saved on it: copy what you need from the right.'}
        </DialogContentText>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_event, next: BodyView | null) => {
            if (next) setView(next);
          }}
          aria-label="Show the bodies"
          sx={{ mb: 2 }}
        >
          <ToggleButton value="rendered">Rendered</ToggleButton>
          <ToggleButton value="text">Markdown text</ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3 }}>
          <Side
            heading="Their version"
            fields={theirs.fields}
            view={view}
            describeCategories={describeCategories}
          />
          <Side heading="Your text" fields={mine} view={view} describeCategories={describeCategories} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Decide later</Button>
        <Button onClick={onTakeTheirs}>Take theirs</Button>
        {stillDraft ? (
          <Button variant="contained" onClick={onKeepMine}>
            Keep mine (save on top of theirs)
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
