import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Case, CaseRepository, PublishedResultEntry } from '@double-random/domain';
import { ConflictError, NotFoundError } from '@double-random/domain';
import { indexKeys, indexPartitions, keys } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import { getItem, queryPage, type TableRef } from '../../table-operations';
import { attributesOf, entityOf, sameContent, writeOnce } from '../workflow/support';

const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

/**
 * Case inspections (个案, `CASE#<id>` · `CASE`), listed per department and year on gsi1.
 * Publishing stamps the record once and writes the public record three times beside it: into
 * the published-results index (gsi2 all, gsi1 of the target; then gsi1 by 统一社会信用代码 and
 * gsi2 by name), so a case shows beside the draws' results, and into the year's list of
 * published cases (gsi2). Every write is write-once or conditional: a repeat is a no-op.
 */
export const createCaseRepository = (table: TableRef): CaseRepository => ({
  async create(c) {
    await writeOnce(
      table,
      {
        ...attributesOf(c),
        ...keys.caseRecord(c.id),
        ...indexKeys.caseOfDepartment(c.department, c.year, c.receivedOn, c.id),
      },
      {
        code: 'CASE.EXISTS',
        message: `case ${c.id} is recorded already`,
        same: (stored) => sameContent(entityOf<Case>(stored), c),
      },
    );
  },

  async get(id) {
    const item = await getItem(table, keys.caseRecord(id), { consistent: true });
    return item ? entityOf<Case>(item) : undefined;
  },

  async listByDepartment(department, year, { limit, cursor }) {
    const page = await queryPage(table, {
      index: 'gsi1',
      partition: indexPartitions.casesOfDepartment(department, year),
      limit,
      ...(cursor === undefined ? {} : { cursor }),
    });
    return {
      items: page.items.map((i) => entityOf<Case>(i)),
      ...(page.cursor ? { cursor: page.cursor } : {}),
    };
  },

  async publish(id, entry) {
    const { taskId, targetId, uscc, targetName } = entry.result;
    const at = entry.publishedAt;
    const once = { code: 'PUBLICATION.EXISTS', message: 'published already', same: () => true };
    await writeOnce(
      table,
      {
        ...attributesOf(entry),
        ...keys.casePublication(id, 'RESULT'),
        ...indexKeys.publicResultOfTarget(at, taskId, targetId, entry.item),
        ...indexKeys.publicResult(at, taskId, targetId, entry.item),
      },
      once,
    );
    await writeOnce(
      table,
      {
        ...attributesOf(entry),
        ...keys.casePublication(id, 'FINDER'),
        ...(uscc ? indexKeys.publicResultOfUscc(uscc, at, taskId, targetId, entry.item) : {}),
        ...indexKeys.publicResultByName(targetName, at, taskId, targetId, entry.item),
      },
      once,
    );
    await writeOnce(
      table,
      {
        ...attributesOf(entry),
        ...keys.casePublication(id, 'YEAR'),
        ...indexKeys.publishedCase(entry.year, at, id),
      },
      once,
    );
    try {
      await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: keys.caseRecord(id),
          UpdateExpression: 'SET #p = :p',
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#p) OR #p = :p)',
          ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk, '#p': 'publishedAt' },
          ExpressionAttributeValues: { ':p': at },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const stored = await getItem(table, keys.caseRecord(id), { consistent: true });
      if (!stored) throw new NotFoundError('CASE.NOT_FOUND', `case ${id} not found`, { value: id });
      // published before under another instant: the first publication stands
      if (typeof stored.publishedAt !== 'string')
        throw new ConflictError('CASE.PUBLISHED', `case ${id} could not be stamped`, {
          rule: 'published once',
        });
    }
  },

  async listPublished(year, { limit, cursor }) {
    const page = await queryPage(table, {
      index: 'gsi2',
      partition: indexPartitions.publishedCasesOfYear(year),
      forward: false,
      limit,
      ...(cursor === undefined ? {} : { cursor }),
    });
    return {
      items: page.items.map((i) => entityOf<PublishedResultEntry>(i)),
      ...(page.cursor ? { cursor: page.cursor } : {}),
    };
  },
});
