import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '@/shared/api/api-error';
import type { DisclosureQuery } from '@/shared/contract/disclosures';
import { useToast } from '@/shared/ui/toast/use-toast';
import { downloadBlob } from '@/shared/lib/download';
import { streamDisclosureExport, type ExportProgress } from './stream-export';

interface ExportRun {
  query: DisclosureQuery;
  fileName: string;
}

interface ExportCsvButtonProps {
  /** The ledger's query as shown (filters, search text and sort; paging is ignored). */
  query: DisclosureQuery;
  /** The rows the list says match, for "n of total rows" while the file arrives. */
  total: number | undefined;
  /** The file's name for the current filters (`exportFileName`), taken when the export starts. */
  fileName: () => string;
  /** False while the view cannot be asked for (a reversed date range). */
  disabled?: boolean;
}

const noProgress: ExportProgress = { bytes: 0, rows: 0 };

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * "Export CSV" of the ledger (legal, privacy officer): downloads the whole filtered set (API.md
 * `GET /disclosures/export`, audited by the API as `disclosure.export`) as it streams, with the
 * rows received of the list's total, a Cancel that aborts the request and keeps nothing, and a
 * toast naming the file once saved. A failure stays beside the button with Retry (same filters
 * and file name). Sits in the page header, so none of it moves the rows.
 */
export function ExportCsvButton({ query, total, fileName, disabled = false }: ExportCsvButtonProps) {
  const toast = useToast();
  const [progress, setProgress] = useState<ExportProgress>(noProgress);
  const abort = useRef<AbortController | null>(null);
  const exportCsv = useMutation({
    mutationFn: async (run: ExportRun) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setProgress(noProgress);
      const blob = await streamDisclosureExport(run.query, {
        signal: controller.signal,
        onProgress: setProgress,
      });
      // Cancelled after the last chunk: nothing is saved.
      if (controller.signal.aborted) throw controller.signal.reason as Error;
      return blob;
    },
    onSuccess: (blob, run) => {
      downloadBlob(run.fileName, blob);
      toast.show({ message: `Exported to ${run.fileName}.` });
    },
  });
  // Leaving the page stops an export on its way: nothing arrives after.
  useEffect(
    () => () => {
      abort.current?.abort();
    },
    [],
  );

  const start = () => {
    exportCsv.mutate({ query, fileName: fileName() });
  };
  const cancel = () => {
    abort.current?.abort();
    exportCsv.reset();
  };

  if (exportCsv.isPending) {
    const value = total ? Math.min(100, (progress.rows / total) * 100) : undefined;
    const said =
      total === undefined
        ? `${progress.rows.toLocaleString()} rows received (${formatBytes(progress.bytes)})`
        : `${progress.rows.toLocaleString()} of ${total.toLocaleString()} rows received`;
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 36 }}>
        <Box sx={{ width: 220 }}>
          <Typography variant="caption" component="p" aria-live="polite" sx={{ whiteSpace: 'nowrap' }}>
            Exporting: {said}
          </Typography>
          <LinearProgress
            aria-label="Export progress"
            variant={value === undefined ? 'indeterminate' : 'determinate'}
            value={value}
          />
        </Box>
        <Button size="small" onClick={cancel}>
          Cancel export
        </Button>
      </Box>
    );
  }
  if (exportCsv.isError) {
    return (
      <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1, maxWidth: 520 }}>
        <Typography variant="body2" color="error" sx={{ flex: 1 }}>
          The export failed: {describeError(exportCsv.error)}
        </Typography>
        <Button
          size="small"
          onClick={() => {
            exportCsv.mutate(exportCsv.variables);
          }}
        >
          Retry
        </Button>
        <Button size="small" onClick={() => exportCsv.reset()}>
          Dismiss
        </Button>
      </Box>
    );
  }
  return (
    <Button
      variant="outlined"
      startIcon={<FileDownloadOutlined />}
      onClick={start}
      disabled={disabled || total === 0}
    >
      Export CSV
    </Button>
  );
}
