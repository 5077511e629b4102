import {
  ConflictError,
  type Page,
  type PageRequest,
  type Task,
  type TaskRepository,
  type TaskStage,
} from '@double-random/domain';
import { indexKeys, indexPartitions, keys } from '../../keys';
import {
  getItem,
  putVersioned,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { attributesOf, entityOf, pageLookingAhead } from './support';
import { announceTaskVersion, yearTaskQuery } from './year-task-versions';

/**
 * The task header (`TASK#<id>` · `HEADER`) holds the stage: it is the item every
 * multi-item step flips last. gsi1 lists a stage's tasks across years (the state
 * machine's router), gsi2 a year's tasks; both by id. Each write is announced first in the
 * year's task versions (year-task-versions.ts), which GET /tasks?year= reads instead of gsi2.
 */
const itemOf = (task: Task): StoredItem => ({
  ...attributesOf(task),
  ...keys.taskHeader(task.id),
  ...indexKeys.taskInStage(task.stage, task.id),
  ...indexKeys.taskOfYear(task.year, task.id),
});

const pageOf = (page: Page<StoredItem>): Page<Task> => ({
  items: page.items.map((i) => entityOf<Task>(i)),
  ...(page.cursor ? { cursor: page.cursor } : {}),
});

export const createTaskRepository = (table: TableRef): TaskRepository => ({
  async get(taskId) {
    const item = await getItem(table, keys.taskHeader(taskId), { consistent: true });
    return item ? entityOf<Task>(item) : undefined;
  },

  async create(task) {
    await announceTaskVersion(table, task.year, task.id, task.version);
    await putVersioned(table, itemOf(task), 0, {
      code: 'TASK.EXISTS',
      message: `task ${task.id} exists already`,
    });
  },

  async update(task, expectedVersion) {
    if (task.version !== expectedVersion + 1) {
      throw new ConflictError(
        'TASK.STALE',
        `task ${task.id} must carry version ${expectedVersion + 1}, not ${task.version}`,
        { field: 'version', rule: 'expectedVersion + 1', value: task.version },
      );
    }
    await announceTaskVersion(table, task.year, task.id, task.version);
    await putVersioned(table, itemOf(task), expectedVersion, {
      code: 'TASK.STALE',
      message: `task ${task.id} changed since version ${expectedVersion}; read it again`,
    });
  },

  async listByYear(year: number, page: PageRequest, order?: { descending?: boolean }) {
    return pageOf(
      await pageLookingAhead(table, {
        ...yearTaskQuery(year),
        ...(order?.descending ? { forward: false } : {}),
        ...page,
      }),
    );
  },

  async listByStage(stage: TaskStage, page: PageRequest) {
    return pageOf(
      await queryPage(table, {
        index: 'gsi1',
        partition: indexPartitions.tasksInStage(stage),
        ...page,
      }),
    );
  },
});
