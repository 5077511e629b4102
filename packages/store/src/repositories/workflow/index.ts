import type { BlobStore } from '../../blob-store';
import type { TableRef } from '../../table-operations';
import { createAssignmentRepository } from './assignment-repository';
import { createAuditLog } from './audit-log';
import { createAuditTree } from './audit-tree';
import { createBundleStore } from './bundle-store';
import { createCalendarStore } from './calendar-store';
import { createCommitmentStore } from './commitment-store';
import { createDrawStore } from './draw-store';
import { createHandoffRepository } from './handoff-repository';
import { createInspectionHistory } from './inspection-history';
import { createIntentStore } from './intent-store';
import { createPublicResultIndex } from './public-result-index';
import { createPublicViewStore } from './public-view-store';
import { createResultRepository } from './result-repository';
import { createTaskRepository } from './task-repository';
import { createWitnessStore } from './witness-store';

export { BLOB_MISSING } from './blobs';
export type {
  PublicViewStore,
  StoredTaskView,
  StoredTaskViewText,
  YearTaskEntry,
} from './public-view-store';
export { createTaskPages, type TaskPages } from './task-pages';
export { MAX_YEAR_TASKS } from './year-task-versions';
export {
  createAssignmentRepository,
  createAuditLog,
  createAuditTree,
  createBundleStore,
  createCalendarStore,
  createCommitmentStore,
  createDrawStore,
  createHandoffRepository,
  createInspectionHistory,
  createIntentStore,
  createPublicResultIndex,
  createPublicViewStore,
  createResultRepository,
  createTaskRepository,
  createWitnessStore,
};

/**
 * Every workflow port over one table and one blob store; the names are those of the
 * domain's `WorkflowDeps`, so `{ ...workflowRepositoriesOn(table, blobs), … }` fills them.
 */
export const workflowRepositoriesOn = (table: TableRef, blobs: BlobStore) => ({
  tasks: createTaskRepository(table),
  commitments: createCommitmentStore(table),
  witnesses: createWitnessStore(table),
  bundles: createBundleStore(table, blobs),
  draws: createDrawStore(table, blobs),
  assignments: createAssignmentRepository(table),
  results: createResultRepository(table),
  handoffs: createHandoffRepository(table),
  audit: createAuditLog(table),
  intents: createIntentStore(table),
  calendars: createCalendarStore(table),
  history: createInspectionHistory(table),
  publicResults: createPublicResultIndex(table),
});
export type WorkflowRepositories = ReturnType<typeof workflowRepositoriesOn>;
