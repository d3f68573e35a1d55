import { HttpResponse, type JsonBodyType } from 'msw';

interface ReplyInit {
  status?: number;
  /** The resource's `version`: sent as `ETag: "<version>"` (editable resources). */
  etag?: number | undefined;
  headers?: Record<string, string>;
}

function headersOf(init: ReplyInit): Record<string, string> {
  return { ...init.headers, ...(init.etag === undefined ? {} : { ETag: `"${String(init.etag)}"` }) };
}

export function json(body: JsonBodyType, init: ReplyInit = {}): Response {
  return HttpResponse.json(body, { status: init.status ?? 200, headers: headersOf(init) });
}

export function noContent(init: Omit<ReplyInit, 'status'> = {}): Response {
  return new HttpResponse(null, { status: 204, headers: headersOf(init) });
}

export function csv(text: string, filename: string): Response {
  return HttpResponse.text(text, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}
