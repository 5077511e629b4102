import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type ExchangeEvent, envelopeOf, type PublicationSink } from '@double-random/domain';
import type { S3Sender } from '../../s3-blob-store';

/** One file of an event as the exchange format writes it: `<id>.json`, and `<id>.csv` for results. */
export interface ExchangeFile {
  name: string;
  contentType: string;
  body: Uint8Array;
}

/** Renders an event's files (docs/exchange.md); the functions package owns the layouts. */
export type ExchangeRenderer = (event: ExchangeEvent) => ExchangeFile[];

/**
 * On one machine: a drop folder. Each event's files are written aside and renamed into the
 * folder, so whoever carries the folder to the platform never reads half a file; writing one
 * again replaces it with the same bytes.
 */
export const createDropFolderSink = (options: {
  dir: string;
  render: ExchangeRenderer;
}): PublicationSink => ({
  name: 'drop-folder',
  // the same files again, renamed over themselves: sending twice leaves the folder as once
  idempotent: true,
  async deliver(event) {
    await mkdir(options.dir, { recursive: true });
    for (const file of options.render(event)) {
      const temp = join(options.dir, `.${file.name}.${randomUUID()}.part`);
      await writeFile(temp, file.body);
      await rename(temp, join(options.dir, file.name));
    }
  },
});

/** What the sink needs of an EventBridge client: `send`. Tests pass a fake with the same shape. */
export type EventBridgeSender = Pick<EventBridgeClient, 'send'>;

/** EventBridge takes entries up to 256 KB; a larger envelope is sent by reference. */
const MAX_DETAIL_BYTES = 200_000;
export const EXCHANGE_EVENT_SOURCE = 'double-random.exchange';

/**
 * AWS: each event's files are archived in S3 under `exchange/<yyyy-mm-dd>/<id>.*`, then the
 * envelope is put on the exchange bus (source `double-random.exchange`, detail-type the event
 * type), where a rule forwards it to the platform. An envelope too large for EventBridge
 * travels as its archive's address (`payload: { archive }`). A refused entry is a failed
 * attempt, retried by the receipts.
 */
export const createEventBridgeSink = (options: {
  busName: string;
  bucket: string;
  render: ExchangeRenderer;
  eventBridge?: EventBridgeSender;
  s3?: S3Sender;
  region?: string;
}): PublicationSink => {
  const region = options.region ? { region: options.region } : {};
  const events = options.eventBridge ?? new EventBridgeClient(region);
  const s3 = options.s3 ?? new S3Client(region);
  return {
    name: 'eventbridge',
    async deliver(event) {
      const prefix = `exchange/${event.occurredAt.slice(0, 10)}`;
      for (const file of options.render(event))
        await s3.send(
          new PutObjectCommand({
            Bucket: options.bucket,
            Key: `${prefix}/${file.name}`,
            Body: file.body,
            ContentType: file.contentType,
          }),
        );
      const envelope = envelopeOf(event);
      let detail = JSON.stringify(envelope);
      if (Buffer.byteLength(detail) > MAX_DETAIL_BYTES)
        detail = JSON.stringify({
          ...envelope,
          payload: { archive: `s3://${options.bucket}/${prefix}/${event.id}.json` },
        });
      const out = await events.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: options.busName,
              Source: EXCHANGE_EVENT_SOURCE,
              DetailType: event.type,
              Detail: detail,
              Resources: [],
            },
          ],
        }),
      );
      if ((out.FailedEntryCount ?? 0) > 0)
        throw new Error(
          `EventBridge refused ${event.id}: ${out.Entries?.[0]?.ErrorCode ?? '?'} ${out.Entries?.[0]?.ErrorMessage ?? ''}`,
        );
    },
  };
};
