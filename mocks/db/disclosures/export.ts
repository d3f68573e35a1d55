import { disclosureExportColumns, type Disclosure } from '@/shared/contract/disclosures';

/**
 * The CSV export of the ledger (docs/api.md "CSV export columns"): one header line, RFC 4180
 * quoting, CRLF line ends, list fields joined with `; `, and the formula guard — a cell that
 * begins with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a spreadsheet
 * shows it as text instead of running it.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** One cell: guarded, then quoted when it holds a quote, a comma or a line break. */
export function csvCell(value: string): string {
  const guarded = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

type Column = (typeof disclosureExportColumns)[number];

function valueOf(entry: Disclosure, column: Column): string {
  switch (column) {
    case 'recipientId':
      return entry.recipient.id;
    case 'recipientName':
      return entry.recipient.name;
    case 'recipientCategory':
      return entry.recipient.category;
    case 'recipientCountry':
      return entry.recipient.country;
    case 'dataCategories':
      return entry.dataCategories.join('; ');
    case 'accountIds':
      return entry.accountIds.join('; ');
    case 'subjectCount':
      return String(entry.subjectCount);
    case 'deidentified':
      return String(entry.deidentified);
    case 'encrypted':
      return String(entry.encrypted);
    case 'crossBorderCountry':
      return entry.crossBorder?.destinationCountry ?? '';
    case 'crossBorderSafeguard':
      return entry.crossBorder?.safeguard ?? '';
    case 'requestReference':
      return entry.requestReference ?? '';
    case 'documents':
      return entry.documents.map((document) => `${document.name} (${document.sha256})`).join('; ');
    case 'corrects':
      return entry.corrects ?? '';
    case 'correctedBy':
      return entry.correctedBy.join('; ');
    default:
      return entry[column];
  }
}

/** The header line, CRLF-terminated. */
export function csvHeader(): string {
  return `${disclosureExportColumns.join(',')}\r\n`;
}

/** One entry as a CSV line in the export's column order, CRLF-terminated. */
export function csvLine(entry: Disclosure): string {
  return `${disclosureExportColumns.map((column) => csvCell(valueOf(entry, column))).join(',')}\r\n`;
}

/** A macrotask: the page gets its turn (input, rendering) between two chunks of rows. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The export as a byte stream: the header, then `slots.length` rows built `chunkRows` at a time,
 * one chunk per pull (the reader's pace) and each after a macrotask of its own, so producing
 * 50,000 rows never holds the page's main thread for long (a reader that pulls in a loop of
 * microtasks would otherwise build chunk after chunk in one task) and never holds the whole
 * file in memory. `rowAt(slot)` builds one entry.
 */
export function csvStream(
  slots: Int32Array,
  rowAt: (slot: number) => Disclosure,
  chunkRows = 250,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = -1;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next < 0) {
        controller.enqueue(encoder.encode(csvHeader()));
        next = 0;
        return;
      }
      if (next >= slots.length) {
        controller.close();
        return;
      }
      await nextTask();
      const end = Math.min(slots.length, next + chunkRows);
      let text = '';
      for (let k = next; k < end; k += 1) text += csvLine(rowAt(slots[k] ?? 0));
      next = end;
      controller.enqueue(encoder.encode(text));
    },
  });
}
