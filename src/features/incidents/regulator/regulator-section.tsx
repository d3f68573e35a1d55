import MuiAlert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useState } from 'react';
import type { Incident, RegulatorReport } from '@/shared/contract/incidents';
import { regulatorReportIsLate } from '@/shared/contract/incidents';
import { formatDateTime } from '@/shared/lib/format';
import { useCan } from '@/shared/session/use-session';
import { StaffName } from '@/shared/staff/staff-name';
import { FactRow } from '@/shared/ui/fact-row';
import { UserText } from '@/shared/ui/user-text';
import { useDeadlinePassed } from './use-deadline-passed';

// The forms (react-hook-form, the text fields) load when the person opens one, or as the pointer or
// focus reaches its button: the workspace's own JS stays in its budget.
const loadReportForm = () => import('./report-form');
const loadDecisionForm = () => import('./decision-form');
const ReportForm = lazy(() => loadReportForm().then((module) => ({ default: module.ReportForm })));
const DecisionForm = lazy(() => loadDecisionForm().then((module) => ({ default: module.DecisionForm })));
const preloadForms = () => {
  void loadReportForm();
  void loadDecisionForm();
};

type Open = 'none' | 'report' | 'decision';

function Prose({ text }: { text: string }) {
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <UserText>{text}</UserText>
    </Box>
  );
}

function FiledReport({ incident, report }: { incident: Incident; report: RegulatorReport }) {
  const late = regulatorReportIsLate(incident, report.submittedAt);
  return (
    <Table size="small" aria-label="The filed regulator report">
      <TableBody>
        <FactRow label="Authority">
          <UserText>{report.authority}</UserText>
        </FactRow>
        <FactRow label="Submitted at">
          {formatDateTime(report.submittedAt)}
          {late ? ' — after the 72-hour deadline' : ' — within the 72-hour deadline'}
        </FactRow>
        <FactRow label="Reference">
          <UserText>{report.reference}</UserText>
        </FactRow>
        <FactRow label="Summary">
          <Prose text={report.contentSummary} />
        </FactRow>
        {report.lateReason !== undefined ? (
          <FactRow label="Reason for the delay">
            <Prose text={report.lateReason} />
          </FactRow>
        ) : null}
        <FactRow label="Filed by">
          <StaffName id={report.filedBy} /> on {formatDateTime(report.filedAt)}
        </FactRow>
      </TableBody>
    </Table>
  );
}

/**
 * The incident's standing with the regulator (API.md, Security incidents; docs/api.md,
 * Incidents): the filed report (authority, submitted at, reference, summary, reason for the
 * delay, who filed it and when), else the recorded decision not to report with its reason, else
 * the deadline and — for `incidents.approveNotice` (legal, privacy officer) on an incident not
 * closed — "File regulator report" and "Record decision not to report". Everyone else sees the
 * state without the actions. Takes the incident as last read; renders a section.
 */
export function RegulatorSection({ incident }: { incident: Incident }) {
  const headingId = useId();
  const canAct = useCan('incidents.approveNotice');
  const [open, setOpen] = useState<Open>('none');
  const [refused, setRefused] = useState<string | null>(null);
  const passed = useDeadlinePassed(incident.regulatorDeadlineAt);
  const report = incident.regulatorReport;
  const decision = incident.regulatorDecision;
  const mayAct = canAct && !report && !decision && incident.status !== 'closed';
  const close = () => {
    setOpen('none');
  };

  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
        Regulator
      </Typography>
      {refused ? (
        <MuiAlert
          severity="warning"
          role="alert"
          sx={{ mb: 1 }}
          onClose={() => {
            setRefused(null);
          }}
        >
          Your report was not filed: <UserText>{refused}</UserText> The incident as it stands now is shown
          below.
        </MuiAlert>
      ) : null}
      {report ? (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Reported to the regulator.
          </Typography>
          <FiledReport incident={incident} report={report} />
        </>
      ) : decision ? (
        // A recorded state, not news: a note, so screen readers do not announce it on every load.
        <MuiAlert severity="info" role="note">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Decided not to report this incident to the regulator.
          </Typography>
          <Typography variant="body2" component="div">
            Reason: <Prose text={decision.reason} />
          </Typography>
        </MuiAlert>
      ) : (
        <Typography variant="body2" color={passed ? 'error' : 'text.primary'}>
          {passed
            ? `Not reported, and the 72-hour deadline passed on ${formatDateTime(incident.regulatorDeadlineAt)}: a report now needs a reason for the delay.`
            : `Not reported yet. The regulator must hear of it by ${formatDateTime(incident.regulatorDeadlineAt)}, unless a decision not to report is recorded.`}
        </Typography>
      )}
      {mayAct && open === 'none' ? (
        <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
          <Button
            variant="contained"
            onPointerEnter={preloadForms}
            onFocus={preloadForms}
            onClick={() => {
              setOpen('report');
            }}
          >
            File regulator report
          </Button>
          <Button
            variant="outlined"
            onPointerEnter={preloadForms}
            onFocus={preloadForms}
            onClick={() => {
              setOpen('decision');
            }}
          >
            Record decision not to report
          </Button>
        </Box>
      ) : null}
      <Suspense
        fallback={
          <Typography variant="body2" color="text.secondary" role="status">
            Opening the form…
          </Typography>
        }
      >
        {mayAct && open === 'report' ? (
          <ReportForm incident={incident} onClose={close} onRefused={setRefused} />
        ) : null}
        {mayAct && open === 'decision' ? <DecisionForm incident={incident} onClose={close} /> : null}
      </Suspense>
    </Paper>
  );
}
