import {
  InspectorCreateInputSchema,
  InspectorSchema,
  ItemCreateInputSchema,
  ItemSchema,
  PublicInspectorSchema,
  TargetCreateInputSchema,
  TargetSchema,
} from '@double-random/domain';
import {
  type ColumnSpec,
  describeColumns,
  INSPECTOR_COLUMNS,
  TARGET_COLUMNS,
} from '../../import/columns';
import { z } from '../middleware';
import type { RouteDefinition, RouteSchemas } from '../route-definition';
import { handler as createInspector } from './create-inspector.handler';
import { handler as createItem } from './create-item.handler';
import { handler as createTarget } from './create-target.handler';
import { handler as deactivateInspector } from './deactivate-inspector.handler';
import { handler as deactivateItem } from './deactivate-item.handler';
import { handler as deactivateTarget } from './deactivate-target.handler';
import {
  ConflictPathSchema,
  DecisionBodySchema,
  handler as decideConflict,
} from './decide-conflict.handler';
import { handler as declareConflict } from './declare-conflict.handler';
import {
  ConflictBodySchema,
  DeactivateBodySchema,
  DeptPathSchema,
  EntryPathSchema,
  IMPORT_MEDIA_TYPES,
  ImportQuerySchema,
  InspectorListQuerySchema,
  InspectorPatchBodySchema,
  ItemListQuerySchema,
  ItemPatchBodySchema,
  TargetListQuerySchema,
  TargetPatchBodySchema,
} from './directory.schemas';
import { handler as getInspector } from './get-inspector.handler';
import { handler as getItem } from './get-item.handler';
import { handler as getTarget } from './get-target.handler';
import { handler as importInspectors } from './import-inspectors.handler';
import { handler as importTargets } from './import-targets.handler';
import { PublicItemSchema } from './item-view';
import { handler as listInspectors } from './list-inspectors.handler';
import { handler as listItems } from './list-items.handler';
import { handler as listTargets } from './list-targets.handler';
import { handler as updateInspector } from './update-inspector.handler';
import { handler as updateItem } from './update-item.handler';
import { handler as updateTarget } from './update-target.handler';

const route = (
  method: RouteDefinition['method'],
  path: `/${string}`,
  auth: RouteDefinition['auth'],
  handler: RouteDefinition['handler'],
  file: string,
  summary: string,
  schemas: RouteSchemas,
): RouteDefinition => ({
  method,
  path,
  auth,
  handler,
  entry: `http/directory/${file}.handler.ts`,
  summary,
  schemas,
});

const pageOf = (schema: z.ZodType) =>
  z.object({ items: z.array(schema), cursor: z.string().optional() });

const ImportReportSchema = z.object({
  encoding: z.enum(['utf-8', 'gb18030']),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  invalid: z.number(),
  errors: z.array(
    z.object({
      row: z.number(),
      field: z.string(),
      rule: z.string(),
      code: z.string(),
      value: z.unknown().optional(),
    }),
  ),
  errorsCut: z.number(),
  ignoredColumns: z.array(z.string()),
});

type Handler = RouteDefinition['handler'];

/** One directory (targets, inspectors, items): the routes every directory has. */
interface DirectoryResource {
  /** `/departments/{dept}/targets` */
  base: `/${string}`;
  /** handler file stems: `target` gives create-target, `targets` gives list-targets */
  one: string;
  many: string;
  /** the stored entry, as writes answer it */
  schema: z.ZodType;
  /** what reads answer; a function so each route documents its own schema instance */
  readSchema: () => z.ZodType;
  /** item lists are public; the other directories are not */
  reads: RouteDefinition['auth'];
  create: { handler: Handler; body: z.ZodType; summary: string };
  list: { handler: Handler; query: z.ZodType; summary: string; description: string };
  import?: { handler: Handler; summary: string; columns: readonly ColumnSpec[] };
  get: { handler: Handler; summary: string; description: string };
  update: { handler: Handler; body: z.ZodType; summary: string };
  deactivate: { handler: Handler; summary: string };
}

const directoryResource = (r: DirectoryResource): RouteDefinition[] => [
  route('POST', r.base, 'required', r.create.handler, `create-${r.one}`, r.create.summary, {
    path: DeptPathSchema,
    body: r.create.body,
    responses: { 201: { description: 'created', schema: r.schema } },
  }),
  route('GET', r.base, r.reads, r.list.handler, `list-${r.many}`, r.list.summary, {
    path: DeptPathSchema,
    query: r.list.query,
    responses: { 200: { description: r.list.description, schema: pageOf(r.readSchema()) } },
  }),
  ...(r.import
    ? [
        route(
          'POST',
          `${r.base}/import`,
          'required',
          r.import.handler,
          `import-${r.many}`,
          r.import.summary,
          {
            path: DeptPathSchema,
            query: ImportQuerySchema,
            body: z.array(z.record(z.string(), z.unknown())),
            bodyMediaTypes: IMPORT_MEDIA_TYPES,
            bodyDescription: describeColumns(r.import.columns),
            responses: {
              200: {
                description: 'what was stored and which rows were refused',
                schema: ImportReportSchema,
              },
            },
          },
        ),
      ]
    : []),
  route('GET', `${r.base}/{id}`, r.reads, r.get.handler, `get-${r.one}`, r.get.summary, {
    path: EntryPathSchema,
    responses: { 200: { description: r.get.description, schema: r.readSchema() } },
  }),
  route(
    'PATCH',
    `${r.base}/{id}`,
    'required',
    r.update.handler,
    `update-${r.one}`,
    r.update.summary,
    {
      path: EntryPathSchema,
      body: r.update.body,
      responses: { 200: { description: 'the new version', schema: r.schema } },
    },
  ),
  route(
    'POST',
    `${r.base}/{id}/deactivate`,
    'required',
    r.deactivate.handler,
    `deactivate-${r.one}`,
    r.deactivate.summary,
    {
      path: EntryPathSchema,
      body: DeactivateBodySchema,
      responses: { 200: { description: 'the new version', schema: r.schema } },
    },
  ),
];

const I = '/departments/{dept}/inspectors';

/** Targets (检查对象名录库), inspectors (执法检查人员名录库) and item lists (随机抽查事项清单). */
export const directoryRoutes: readonly RouteDefinition[] = [
  ...directoryResource({
    base: '/departments/{dept}/targets',
    one: 'target',
    many: 'targets',
    schema: TargetSchema,
    readSchema: () => TargetSchema,
    reads: 'required',
    create: {
      handler: createTarget,
      body: TargetCreateInputSchema,
      summary: 'Add a target to the directory',
    },
    list: {
      handler: listTargets,
      query: TargetListQuerySchema,
      summary: "List a department's targets",
      description: 'one page',
    },
    import: {
      handler: importTargets,
      summary: 'Import targets from CSV or JSON',
      columns: TARGET_COLUMNS,
    },
    get: { handler: getTarget, summary: 'Read a target', description: 'the target' },
    update: { handler: updateTarget, body: TargetPatchBodySchema, summary: 'Change a target' },
    deactivate: { handler: deactivateTarget, summary: 'Deactivate a target' },
  }),

  ...directoryResource({
    base: I,
    one: 'inspector',
    many: 'inspectors',
    schema: InspectorSchema,
    readSchema: () => InspectorSchema.or(PublicInspectorSchema),
    reads: 'required',
    create: {
      handler: createInspector,
      body: InspectorCreateInputSchema,
      summary: 'Add an inspector',
    },
    list: {
      handler: listInspectors,
      query: InspectorListQuerySchema,
      summary: "List a department's inspectors",
      description: 'one page (the office sees the public view)',
    },
    import: {
      handler: importInspectors,
      summary: 'Import inspectors from CSV or JSON',
      columns: INSPECTOR_COLUMNS,
    },
    get: { handler: getInspector, summary: 'Read an inspector', description: 'the inspector' },
    update: {
      handler: updateInspector,
      body: InspectorPatchBodySchema,
      summary: 'Change an inspector',
    },
    deactivate: { handler: deactivateInspector, summary: 'Deactivate an inspector' },
  }),
  route(
    'POST',
    `${I}/{id}/conflicts`,
    'required',
    declareConflict,
    'declare-conflict',
    'Declare a conflict (回避) with a target',
    {
      path: EntryPathSchema,
      body: ConflictBodySchema,
      responses: { 200: { description: 'the new version', schema: InspectorSchema } },
    },
  ),
  route(
    'POST',
    `${I}/{id}/conflicts/{targetId}/decision`,
    'required',
    decideConflict,
    'decide-conflict',
    "Record the responsible official's decision on a requested recusal (回避决定, 《行政处罚法》第43条)",
    {
      path: ConflictPathSchema,
      body: DecisionBodySchema,
      responses: { 200: { description: 'the new version', schema: InspectorSchema } },
    },
  ),

  ...directoryResource({
    base: '/departments/{dept}/items',
    one: 'item',
    many: 'items',
    schema: ItemSchema,
    readSchema: () => PublicItemSchema,
    reads: 'public',
    create: { handler: createItem, body: ItemCreateInputSchema, summary: 'Add an inspection item' },
    list: {
      handler: listItems,
      query: ItemListQuerySchema,
      summary: "List a department's inspection items (public)",
      description: 'one page',
    },
    get: { handler: getItem, summary: 'Read an inspection item (public)', description: 'the item' },
    update: {
      handler: updateItem,
      body: ItemPatchBodySchema,
      summary: 'Change an inspection item',
    },
    deactivate: { handler: deactivateItem, summary: 'Deactivate an inspection item' },
  }),
];
