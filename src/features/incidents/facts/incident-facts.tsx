import MuiAlert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useState } from 'react';
import type { Incident, PatchIncidentRequest } from '@/shared/contract/incidents';
import { formatDateTime } from '@/shared/lib/format';
import { useCan } from '@/shared/session/use-session';
import { FactRow } from '@/shared/ui/fact-row';
import { UserText } from '@/shared/ui/user-text';
import { describeFact, severityLabels } from './fact-text';
import {
  factsFieldLabels,
  factsFormValuesOf,
  factsFormValuesWith,
  type FactsField,
  type FactsFormValues,
} from './facts-form-values';

// The form (react-hook-form, the text fields, the conflict dialog) loads when editing starts, or
// as the pointer or focus reaches "Edit facts": the workspace's own JS stays in its budget.
const loadFactsForm = () => import('./facts-form');
const FactsForm = lazy(() => loadFactsForm().then((module) => ({ default: module.FactsForm })));
const preloadFactsForm = () => {
  void loadFactsForm();
};

type Mode = { kind: 'read' } | { kind: 'edit'; base: Incident; initialValues: FactsFormValues };

function Loading() {
  return (
    <Typography variant="body2" color="text.secondary" role="status">
      Opening the form…
    </Typography>
  );
}

/** A text fact as written, or a dash when it is still empty. */
function Prose({ text }: { text: string | undefined }) {
  if (text === undefined || text.trim() === '') {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        Not yet known
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <UserText>{text}</UserText>
    </Box>
  );
}

/**
 * The incident's facts (API.md, Security incidents): title, severity, when it was detected and
 * when the company became aware (which started the 72-hour regulator clock), nature, cause, data
 * categories, affected accounts, likely consequences and measures taken, every text as written
 * (never as markup). People with `incidents.edit` (security analyst, privacy officer) get "Edit
 * facts" while the incident is not closed: the form saves only what they changed, with
 * If-Match (`FactsForm`, loaded when first needed). An edit set aside after a conflict stays
 * readable here and can be edited again on the current version.
 * Takes the incident as last read (the workspace's query); renders a section.
 */
export function IncidentFacts({ incident }: { incident: Incident }) {
  const headingId = useId();
  // A closed incident's facts stay as they were closed (the API refuses edits with 409).
  const canEdit = useCan('incidents.edit') && incident.status !== 'closed';
  const [mode, setMode] = useState<Mode>({ kind: 'read' });
  const [setAside, setSetAside] = useState<PatchIncidentRequest | null>(null);

  const startEditing = (initialValues: FactsFormValues) => {
    setMode({ kind: 'edit', base: incident, initialValues });
  };

  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem', flex: 1 }}>
          Facts
        </Typography>
        {canEdit && mode.kind === 'read' ? (
          <Button
            variant="outlined"
            size="small"
            onPointerEnter={preloadFactsForm}
            onFocus={preloadFactsForm}
            onClick={() => {
              startEditing(factsFormValuesOf(incident));
            }}
          >
            Edit facts
          </Button>
        ) : null}
      </Box>
      {setAside && mode.kind === 'read' ? (
        <MuiAlert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
              {canEdit ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    startEditing(factsFormValuesWith(incident, setAside));
                    setSetAside(null);
                  }}
                >
                  Edit again with my text
                </Button>
              ) : null}
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  setSetAside(null);
                }}
              >
                Dismiss
              </Button>
            </Box>
          }
        >
          <AlertTitle>Your edit was not saved</AlertTitle>
          You kept a colleague’s version. What you had written is here to copy or to apply again:
          <Box component="dl" sx={{ m: 0, mt: 1 }}>
            {(Object.keys(setAside) as FactsField[])
              .filter((field) => field in factsFieldLabels)
              .map((field) => (
                <Box key={field} sx={{ mb: 0.5 }}>
                  <Box component="dt" sx={{ fontWeight: 600 }}>
                    {factsFieldLabels[field]}
                  </Box>
                  <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <UserText>{describeFact(field, setAside)}</UserText>
                  </Box>
                </Box>
              ))}
          </Box>
        </MuiAlert>
      ) : null}
      {mode.kind === 'edit' ? (
        <Suspense fallback={<Loading />}>
          <FactsForm
            key={`${mode.base.id}-${String(mode.base.version)}`}
            base={mode.base}
            initialValues={mode.initialValues}
            onClose={() => {
              setMode({ kind: 'read' });
            }}
            onSetAside={setSetAside}
          />
        </Suspense>
      ) : (
        <Table size="small" aria-label="The incident's facts">
          <TableBody>
            <FactRow label="Title">
              <UserText>{incident.title}</UserText>
            </FactRow>
            <FactRow label="Severity">{severityLabels[incident.severity]}</FactRow>
            <FactRow label="Detected">{formatDateTime(incident.detectedAt)}</FactRow>
            <FactRow label="Aware since">
              {formatDateTime(incident.awareAt)}{' '}
              <Typography variant="body2" color="text.secondary" component="span">
                (started the 72-hour regulator clock; fixed)
              </Typography>
            </FactRow>
            <FactRow label="Nature">
              <Prose text={incident.nature} />
            </FactRow>
            <FactRow label="Cause">
              <Prose text={incident.cause} />
            </FactRow>
            <FactRow label="Data categories">
              {incident.dataCategories.length === 0 ? (
                <Prose text="" />
              ) : (
                <Box
                  component="ul"
                  sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
                >
                  {incident.dataCategories.map((category) => (
                    <li key={category}>
                      <Chip size="small" label={<UserText>{category}</UserText>} />
                    </li>
                  ))}
                </Box>
              )}
            </FactRow>
            <FactRow label="Affected accounts">
              {incident.affectedAccountCount.toLocaleString('en')}
              {incident.affectedAccountIds.length > 0
                ? ` (${incident.affectedAccountIds.length.toLocaleString('en')} listed by id)`
                : ' (none listed by id)'}
            </FactRow>
            <FactRow label="Likely consequences">
              <Prose text={incident.likelyConsequences} />
            </FactRow>
            <FactRow label="Measures taken">
              <Prose text={incident.measuresTaken} />
            </FactRow>
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
