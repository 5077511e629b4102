import {
  type ExchangeEvent,
  envelopeOf,
  type PublicResult,
  PublicResultSchema,
} from '@double-random/domain';
import type { ExchangeFile } from '@double-random/store';
import { toCsv } from '../exports/csv';
import { nationalTable } from '../exports/layouts';

/**
 * The files of an event in the exchange format `dr-exchange/1` (docs/exchange.md): the
 * envelope as `<id>.json` (UTF-8, no byte-order mark), and for a published result the
 * national fields as `<id>.csv` — the same layout as the office's national export
 * (NATIONAL_COLUMNS), UTF-8 with a byte-order mark, CRLF, one header line and one row.
 */
export const exchangeFiles = (event: ExchangeEvent): ExchangeFile[] => {
  const files: ExchangeFile[] = [
    {
      name: `${event.id}.json`,
      contentType: 'application/json; charset=utf-8',
      body: new TextEncoder().encode(`${JSON.stringify(envelopeOf(event), null, 2)}\n`),
    },
  ];
  if (event.type === 'result.published')
    files.push({
      name: `${event.id}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: resultCsv(PublicResultSchema.parse(event.payload.result)),
    });
  return files;
};

/** The national fields of one published result as a CSV file. */
export const resultCsv = (result: PublicResult): Uint8Array => toCsv(nationalTable([result]));
