import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import Skeleton from '@mui/material/Skeleton';
import { memo, Suspense, useEffect, useId, useState, type ChangeEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import { textLimits } from '@/shared/contract/limits';
import { changeCategories, type ChangeCategory, type PolicyVersion } from '@/shared/contract/policies';
import { formatDateTime } from '@/shared/lib/format';
import { paths } from '@/shared/lib/paths';
import { CopyButton } from '@/shared/ui/copy-button';
import { LeaveGuard } from '@/shared/ui/leave-guard';
import { LimitedTextField } from '@/shared/ui/limited-text-field';
import { changeCategoryLabels } from '../policy-labels';
import { draftFieldsOf, orderedCategories, sameDraftFields, type PolicyDraftFields } from './draft-fields';
import type { KeptEditorDraft } from './draft-storage';
import { LazyEditorConflictDialog, LazyPolicyPreview } from './lazy-parts';
import { SaveStatusLine } from './save-status';
import { useAutosave } from './use-autosave';

/** A side's change categories in words, for the conflict view. */
function describeCategories(fields: PolicyDraftFields): string {
  const categories = orderedCategories(fields.changeCategories);
  return categories.length
    ? categories.map((category) => changeCategoryLabels[category].label).join(', ')
    : 'None';
}

/** At this width and wider the text and its preview sit side by side; narrower, tabs switch them. */
const sideBySideQuery = '(min-width: 1200px)';

interface PolicyEditorProps {
  /** The draft as `GET /policies/{id}` answered when the editor opened. */
  version: PolicyVersion;
  staffId: string;
  /** Unsaved text this tab kept for the person and this version (a reload), or `null`. */
  restored: KeptEditorDraft | null;
}

/**
 * The draft editor of `/policies/:id/edit` (DESIGN "Policy versions": the editor): title, summary, the significant
 * switch and change categories, the Markdown body in a plain textarea with a live preview
 * (side by side from 1200 px, tabs below), autosave with If-Match and its visible state, the
 * conflict view on a 412, the question before leaving with unsaved changes, and the text a
 * reload brought back. Ctrl/Cmd+S saves at once; Tab moves focus (it does not indent).
 */
export function PolicyEditor({ version, staffId, restored }: PolicyEditorProps) {
  const autosave = useAutosave(staffId, version, restored);
  const { state, status, saveNow } = autosave;
  const { fields } = state;
  const [showRestored, setShowRestored] = useState(
    () => restored !== null && !sameDraftFields(restored.fields, autosave.state.base.fields),
  );
  // The version of the colleague's save whose conflict view the person closed ("Decide later").
  const [conflictClosed, setConflictClosed] = useState<number | null>(null);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const sideBySide = useMediaQuery(sideBySideQuery, { noSsr: true });
  const bodyId = useId();

  // Ctrl/Cmd+S saves now anywhere on the page, instead of the browser's "Save page".
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [saveNow]);

  // Once something is saved, the restored text is the draft's own.
  if (showRestored && state.savedAt !== null) setShowRestored(false);

  const change = autosave.patch;
  const refusedAsNotDraft =
    status.kind === 'failed' &&
    isApiError(status.error) &&
    (status.error.isConflict || status.error.status === 404);

  const textarea = (
    <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Typography component="label" htmlFor={bodyId} variant="subtitle2" sx={{ mb: 0.5 }}>
        Body (Markdown)
      </Typography>
      <Box
        component="textarea"
        id={bodyId}
        value={fields.body}
        spellCheck
        aria-describedby={`${bodyId}-help`}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
          change({ body: event.target.value });
        }}
        sx={{
          width: '100%',
          minHeight: 420,
          height: '60vh',
          resize: 'vertical',
          fontFamily: 'monospace',
          fontSize: 14,
          lineHeight: 1.5,
          p: 1.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 1 },
        }}
      />
      <FormHelperText id={`${bodyId}-help`}>
        Markdown: # headings, **bold**, - lists, [text](https://…) links. Raw HTML is not shown to customers.
        Tab moves to the next field; Ctrl+S (⌘S) saves now.
      </FormHelperText>
    </Box>
  );
  const preview = (
    <Box
      component="section"
      aria-label="Preview"
      sx={{
        minWidth: 0,
        height: sideBySide ? '60vh' : 'auto',
        minHeight: 420,
        overflow: 'auto',
        // A long policy's layout stays inside the preview: a changed block does not lay out the page.
        contain: 'content',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        p: 2,
        mt: sideBySide ? 3.5 : 0,
      }}
    >
      <Suspense fallback={<Skeleton variant="rectangular" height={240} aria-label="Loading the preview" />}>
        <LazyPolicyPreview markdown={fields.body} />
      </Suspense>
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      {showRestored && restored ? (
        <Alert
          severity="info"
          action={
            <>
              <Button color="inherit" size="small" onClick={saveNow}>
                Keep and save
              </Button>
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  autosave.discard();
                  setShowRestored(false);
                }}
              >
                Discard them
              </Button>
            </>
          }
        >
          Restored your unsaved changes from {formatDateTime(restored.keptAt)}, kept in this tab. They are not
          saved yet: keep them (or type on) to save them, or discard them to go back to the saved draft.
        </Alert>
      ) : null}
      {refusedAsNotDraft ? (
        <Alert severity="warning">
          <AlertTitle>This version can no longer be edited</AlertTitle>
          It is no longer a draft (it may have been submitted for review). Your text stays here to copy;{' '}
          <Link component={RouterLink} to={paths.policy(version.id)}>
            open the version
          </Link>
          .
        </Alert>
      ) : null}
      {state.setAside ? <SetAside fields={state.setAside} onDismiss={autosave.dismissSetAside} /> : null}

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <SaveStatusLine
          status={status}
          onSaveNow={saveNow}
          onShowConflict={() => {
            setConflictClosed(null);
          }}
        />
      </Box>

      <DraftFacts
        title={fields.title}
        summary={fields.summary}
        significant={fields.significant}
        changeCategories={fields.changeCategories}
        onPatch={autosave.patch}
      />

      {sideBySide ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 2 }}>
          {textarea}
          {preview}
        </Box>
      ) : (
        <Box>
          <Tabs
            value={tab}
            onChange={(_event, next: 'write' | 'preview') => {
              setTab(next);
            }}
            aria-label="Body"
            sx={{ mb: 1 }}
          >
            <Tab
              value="write"
              label="Write"
              id="policy-editor-tab-write"
              aria-controls="policy-editor-panel"
            />
            <Tab
              value="preview"
              label="Preview"
              id="policy-editor-tab-preview"
              aria-controls="policy-editor-panel"
            />
          </Tabs>
          <Box role="tabpanel" id="policy-editor-panel" aria-labelledby={`policy-editor-tab-${tab}`}>
            {tab === 'write' ? textarea : preview}
          </Box>
        </Box>
      )}

      {state.conflict ? (
        <Suspense fallback={null}>
          <LazyEditorConflictDialog
            open={conflictClosed !== state.conflict.theirs.version}
            theirs={{
              version: state.conflict.theirs.version,
              savedAt: state.conflict.theirs.updatedAt,
              stillDraft: state.conflict.theirs.status === 'draft',
              fields: draftFieldsOf(state.conflict.theirs),
            }}
            mine={fields}
            describeCategories={describeCategories}
            onKeepMine={autosave.keepMine}
            onTakeTheirs={autosave.takeTheirs}
            onClose={() => {
              setConflictClosed(state.conflict?.theirs.version ?? null);
            }}
          />
        </Suspense>
      ) : null}
      <LeaveGuard
        unsaved={autosave.unsaved}
        onDiscard={autosave.forgetKept}
        message="Your latest changes to this draft are not saved yet. Stay and they are saved in a moment; leave and they are discarded."
        stayLabel="Stay in the editor"
      />
    </Box>
  );
}

interface DraftFactsProps {
  title: string;
  summary: string;
  significant: boolean;
  changeCategories: readonly ChangeCategory[];
  /** Changes some fields of the text as it is then (stable). */
  onPatch: (patch: Partial<PolicyDraftFields>) => void;
}

/**
 * Title (required, `textLimits.title`), summary, the significant switch and the change categories.
 * Memoized: a keystroke in the body does not render them again.
 */
const DraftFacts = memo(function DraftFacts({
  title,
  summary,
  significant,
  changeCategories: chosen,
  onPatch,
}: DraftFactsProps) {
  const categoriesId = useId();
  const toggle = (category: ChangeCategory, checked: boolean) => {
    const current = chosen.filter((item) => item !== category);
    onPatch({ changeCategories: orderedCategories(checked ? [...current, category] : current) });
  };
  return (
    <>
      <LimitedTextField
        label="Title"
        required
        value={title}
        limit={textLimits.title}
        length={title.trim().length}
        onChange={(event) => {
          onPatch({ title: event.target.value });
        }}
        {...(title.trim() === '' ? { errorMessage: 'Give the version a title' } : {})}
        sx={{ maxWidth: 720 }}
      />
      <TextField
        label="Summary"
        value={summary}
        multiline
        minRows={2}
        onChange={(event) => {
          onPatch({ summary: event.target.value });
        }}
        helperText="What changed, in a sentence or two: the notice banner and email are built from it."
        sx={{ maxWidth: 720 }}
      />
      <Box>
        <FormControlLabel
          control={
            <Switch
              checked={significant}
              onChange={(event) => {
                onPatch({ significant: event.target.checked });
              }}
            />
          }
          label="Significant change"
        />
        <FormHelperText sx={{ mt: 0 }}>
          A significant change needs a prominent notice (email or SMS, and the site banner) at least 7 days
          before it takes effect.
        </FormHelperText>
      </Box>
      <Box component="fieldset" aria-describedby={categoriesId} sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" variant="subtitle2">
          Change categories
        </Typography>
        <FormHelperText id={categoriesId} sx={{ mt: 0 }}>
          The kinds of change this version makes; each decides what publishing it requires.
        </FormHelperText>
        <FormGroup row>
          {changeCategories.map((category) => (
            <FormControlLabel
              key={category}
              title={changeCategoryLabels[category].covers}
              control={
                <Checkbox
                  checked={chosen.includes(category)}
                  onChange={(event) => {
                    toggle(category, event.target.checked);
                  }}
                />
              }
              label={changeCategoryLabels[category].label}
            />
          ))}
        </FormGroup>
      </Box>
    </>
  );
});

/** The person's text as it was before they took their colleague's version: to read and copy, until dismissed. */
function SetAside({ fields, onDismiss }: { fields: PolicyDraftFields; onDismiss: () => void }) {
  const copy = `# ${fields.title}\n\n${fields.summary}\n\n${fields.body}`;
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      <AlertTitle>Your text before you took their version</AlertTitle>
      It is not saved anywhere: copy what you need before you dismiss it.
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mt: 1 }}>
        <TextField
          label="Your earlier text"
          value={copy}
          multiline
          maxRows={8}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true } }}
        />
        <CopyButton value={copy} label="Copy your earlier text" />
      </Box>
    </Alert>
  );
}
