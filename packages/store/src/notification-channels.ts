import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Notification, NotificationChannel } from '@double-random/domain';

/**
 * On one machine a notification is delivered by being kept in the outbox, where the staff
 * console and `pnpm dr outbox` show it.
 */
export const outboxChannel: NotificationChannel = {
  name: 'outbox',
  // kept is delivered: nothing outside the store happens, so no attempt needs a claim, and
  // what is written is written delivered
  idempotent: true,
  keeps: true,
  async deliver() {},
};

/** What the channel needs of an SNS client: `send`. Tests pass a fake with the same shape. */
export type SnsSender = Pick<SNSClient, 'send'>;

/**
 * AWS: one SNS topic per department. A notification is published on its department's topic
 * with `recipient` and `kind` as message attributes, so a subscription (the department's
 * e-mail, an inspector's phone where SMS exists) takes only what is addressed to it by a
 * filter policy (`{"recipient":["inspector:P0042"]}`). A department without a topic is a
 * failed attempt, retried and then shown on the office's 亮灯 list.
 */
export const createSnsChannel = (options: {
  /** department code → topic ARN */
  topics: Readonly<Record<string, string>>;
  client?: SnsSender;
  region?: string;
}): NotificationChannel => {
  const client =
    options.client ?? new SNSClient({ ...(options.region ? { region: options.region } : {}) });
  return {
    name: 'sns',
    async deliver(n: Notification) {
      const topic = options.topics[n.department];
      if (!topic) throw new Error(`no notification topic for department ${n.department}`);
      await client.send(
        new PublishCommand({
          TopicArn: topic,
          // SNS subjects are for e-mail: short, one line
          Subject: n.title.slice(0, 90),
          Message: `${n.title}\n\n${n.text}`,
          MessageAttributes: {
            recipient: { DataType: 'String', StringValue: n.recipient },
            kind: { DataType: 'String', StringValue: n.kind },
          },
        }),
      );
    },
  };
};
