import { styled } from '@mui/material/styles';
import type { Disclosure } from '@/shared/contract/disclosures';

/** One flag of an entry: its short word, and whether it calls for action (consent withdrawn since). */
export interface DisclosureFlag {
  id: 'deidentified' | 'encrypted' | 'corrected' | 'correction' | 'withdrawn';
  label: string;
  warning: boolean;
}

/**
 * The flags of an entry, in a fixed order: de-identified, encrypted, corrected (a later entry
 * corrects it), a correction (it corrects an earlier one), and consent withdrawn since (a
 * consent-basis entry one of whose accounts withdrew the matching consent afterwards: the
 * recipient must be told to stop using that person's data).
 */
export function disclosureFlags(disclosure: Disclosure): DisclosureFlag[] {
  const flags: DisclosureFlag[] = [];
  if (disclosure.deidentified) flags.push({ id: 'deidentified', label: 'De-identified', warning: false });
  if (disclosure.encrypted) flags.push({ id: 'encrypted', label: 'Encrypted', warning: false });
  if (disclosure.correctedBy.length > 0) flags.push({ id: 'corrected', label: 'Corrected', warning: false });
  if (disclosure.corrects !== undefined)
    flags.push({ id: 'correction', label: 'Correction', warning: false });
  const withdrawn = disclosure.consentWithdrawnSince?.length ?? 0;
  if (withdrawn > 0)
    flags.push({
      id: 'withdrawn',
      label:
        withdrawn === 1
          ? 'Consent withdrawn since'
          : `Consent withdrawn since (${withdrawn.toLocaleString()})`,
      warning: true,
    });
  return flags;
}

/** The flags as one line of words (for a cell's hover title). */
export function disclosureFlagsText(disclosure: Disclosure): string {
  return disclosureFlags(disclosure)
    .map((flag) => flag.label)
    .join(', ');
}

/** The warning sign before a flag that needs action: one class for every cell. */
export const WarningSign = styled('span')(({ theme }) => ({
  color: (theme.vars ?? theme).palette.warning.main,
}));

/**
 * The flags of an entry as small words on one line; the one that needs action (consent withdrawn
 * since) bold behind a warning sign, so colour is never the only cue.
 */
export function DisclosureFlags({ disclosure }: { disclosure: Disclosure }) {
  const flags = disclosureFlags(disclosure);
  if (flags.length === 0) return <span>—</span>;
  return (
    <span>
      {flags.map((flag, index) => (
        <span key={flag.id}>
          {index > 0 ? ' · ' : null}
          {flag.warning ? (
            <strong>
              <WarningSign aria-hidden>⚠ </WarningSign>
              {flag.label}
            </strong>
          ) : (
            flag.label
          )}
        </span>
      ))}
    </span>
  );
}
