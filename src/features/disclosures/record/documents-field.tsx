import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useEffect, useId, useRef, useState } from 'react';
import type { DisclosureDocument } from '@/shared/contract/disclosures';
import { UserText } from '@/shared/ui/user-text';
import { hashFile } from './hash-file';

interface DocumentsFieldProps {
  value: readonly DisclosureDocument[];
  onChange: (documents: DisclosureDocument[]) => void;
  errorMessage: string | undefined;
  buttonRef: (element: HTMLButtonElement | null) => void;
  /** Says whether documents are still being hashed (the form waits for them before recording). */
  onHashingChange: (hashing: boolean) => void;
}

interface Hashing {
  id: number;
  name: string;
  readBytes: number;
  totalBytes: number;
  error?: string;
}

// Out of sight, in the accessibility tree, and 1 px wide: MUI's `sx` reads `width: 1` as 100%.
const hiddenInput = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  opacity: 0,
} as const;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/**
 * The documents of the request or of the person's agreement. Choosing files computes each one's
 * SHA-256 in the browser (a worker, so a large file does not freeze the page); the files are
 * never uploaded — only their names and digests are recorded (API.md `documents`). Shows the
 * reading progress of each, then its name and digest, each removable. Takes the listed documents
 * and their setter.
 */
export function DocumentsField({
  value,
  onChange,
  errorMessage,
  buttonRef,
  onHashingChange,
}: DocumentsFieldProps) {
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [hashing, setHashing] = useState<Hashing[]>([]);
  const nextId = useRef(0);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const aborts = useRef(new Set<AbortController>());
  const busy = hashing.some((item) => item.error === undefined);

  useEffect(() => {
    onHashingChange(busy);
  }, [busy, onHashingChange]);
  useEffect(() => {
    const running = aborts.current;
    return () => {
      for (const controller of running) controller.abort();
    };
  }, []);

  const choose = (files: readonly File[]) => {
    for (const file of files) {
      const id = (nextId.current += 1);
      const controller = new AbortController();
      aborts.current.add(controller);
      setHashing((items) => [...items, { id, name: file.name, readBytes: 0, totalBytes: file.size }]);
      hashFile(
        file,
        ({ readBytes, totalBytes }) => {
          setHashing((items) =>
            items.map((item) => (item.id === id ? { ...item, readBytes, totalBytes } : item)),
          );
        },
        controller.signal,
      ).then(
        (sha256) => {
          aborts.current.delete(controller);
          setHashing((items) => items.filter((item) => item.id !== id));
          if (!latest.current.some((document) => document.sha256 === sha256 && document.name === file.name)) {
            onChange([...latest.current, { name: file.name, sha256 }]);
          }
        },
        (error: unknown) => {
          aborts.current.delete(controller);
          if (controller.signal.aborted) return;
          const message = error instanceof Error ? error.message : 'it could not be read';
          setHashing((items) => items.map((item) => (item.id === id ? { ...item, error: message } : item)));
        },
      );
    }
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Button
          ref={buttonRef}
          variant="outlined"
          startIcon={<AttachFileOutlined aria-hidden />}
          onClick={() => input.current?.click()}
          aria-describedby={`${ids}-help`}
        >
          Add documents…
        </Button>
        <Box
          component="input"
          ref={input}
          type="file"
          multiple
          tabIndex={-1}
          aria-label="Documents to hash"
          sx={hiddenInput}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            choose(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
      </Box>
      <FormHelperText id={`${ids}-help`} error={Boolean(errorMessage)}>
        {errorMessage ?? 'Each file’s SHA-256 is computed on this computer; the file itself is not uploaded.'}
      </FormHelperText>
      {hashing.length > 0 ? (
        <Box component="ul" aria-label="Documents being hashed" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {hashing.map((item) => {
            const percent =
              item.totalBytes === 0 ? 100 : Math.round((item.readBytes / item.totalBytes) * 100);
            return (
              <Box component="li" key={item.id} sx={{ mb: 1 }}>
                <Typography variant="body2">
                  <UserText>{item.name}</UserText>{' '}
                  {item.error === undefined
                    ? `— hashing, ${megabytes(item.readBytes)} of ${megabytes(item.totalBytes)} read`
                    : `— could not be hashed: ${item.error}`}
                </Typography>
                {item.error === undefined ? (
                  <LinearProgress variant="determinate" value={percent} aria-label={`Hashing ${item.name}`} />
                ) : (
                  <Button
                    size="small"
                    onClick={() => {
                      setHashing((items) => items.filter((other) => other.id !== item.id));
                    }}
                  >
                    Dismiss
                  </Button>
                )}
              </Box>
            );
          })}
        </Box>
      ) : null}
      {value.length > 0 ? (
        <Box component="ul" aria-label="Documents" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {value.map((document) => (
            <Box
              component="li"
              key={`${document.sha256}:${document.name}`}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 1,
                py: 0.5,
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  <UserText>{document.name}</UserText>
                </Typography>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                >
                  SHA-256 {document.sha256}
                </Typography>
              </Box>
              <IconButton
                aria-label={`Remove ${document.name}`}
                onClick={() => {
                  onChange(value.filter((other) => other !== document));
                }}
              >
                <DeleteOutline />
              </IconButton>
            </Box>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
