import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarStore, CalendarYear } from '@double-random/domain';
import { keys, partitions, prefixes } from '../../keys';
import { queryAll, type TableRef } from '../../table-operations';
import { attributesOf, entityOf } from './support';

/** Loaded schedules, `CALENDAR` · `YEAR#<yyyy>`, in year order; a new load replaces its year. */
export const createCalendarStore = (table: TableRef): CalendarStore => ({
  async list() {
    const items = await queryAll(table, {
      partition: partitions.calendar(),
      sort: { beginsWith: prefixes.calendarYears() },
      consistent: true,
    });
    return items.map((i) => entityOf<CalendarYear>(i));
  },

  async put(year) {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...attributesOf(year), ...keys.calendarYear(year.year) },
      }),
    );
  },
});
