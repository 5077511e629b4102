import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportRequestError } from './import-client';

/** What `dr export` downloads: the routes of functions/src/http/exports. */
export type ExportKind = 'plans' | 'draw' | 'results';

export interface ExportRequest {
  url: string;
  token: string;
  kind: ExportKind;
  format: 'csv' | 'xlsx';
  year?: number;
  dept?: string;
  taskId?: string;
  layout?: 'national' | 'full';
}

export const exportPath = (r: Omit<ExportRequest, 'url' | 'token'>): string => {
  const q = new URLSearchParams({ format: r.format });
  if (r.dept) q.set('dept', r.dept);
  if (r.kind === 'plans') return `/exports/plans/${r.year}?${q}`;
  if (r.kind === 'draw') return `/exports/tasks/${encodeURIComponent(r.taskId ?? '')}/draw?${q}`;
  q.set('year', String(r.year));
  if (r.layout) q.set('layout', r.layout);
  return `/exports/results?${q}`;
};

/** The name the server suggests (`filename*=UTF-8''…`), without any folder in it. */
export const suggestedName = (disposition: string | null): string | undefined => {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (!m) return undefined;
  try {
    return basename(decodeURIComponent(m[1]!.trim()));
  } catch {
    return undefined;
  }
};

/** Downloads one export and writes it to `out` (or the suggested name); returns where and how big. */
export const downloadExport = async (
  r: ExportRequest,
  out: string | undefined,
): Promise<{ file: string; bytes: number }> => {
  const url = new URL(exportPath(r), r.url).toString();
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${r.token}` } });
  } catch (error) {
    throw new ImportRequestError(
      `cannot reach ${url}: ${(error as Error).message}`,
      undefined,
      undefined,
      {
        cause: error,
      },
    );
  }
  const body = new Uint8Array(await res.arrayBuffer());
  if (!res.ok)
    throw new ImportRequestError(
      `GET ${url} answered ${res.status}`,
      res.status,
      new TextDecoder().decode(body),
    );
  const file = out ?? suggestedName(res.headers.get('content-disposition')) ?? `export.${r.format}`;
  await writeFile(file, body);
  return { file, bytes: body.byteLength };
};
