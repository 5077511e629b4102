import {
  InspectorCreateInputSchema,
  InspectorSchema,
  ItemCreateInputSchema,
  ItemSchema,
  PublicInspectorSchema,
  TargetCreateInputSchema,
  TargetSchema,
} from '@double-random/domain';
import { z } from '../middleware';
import type { RouteDefinition, RouteSchemas } from '../routes';
import { handler as createInspector } from './create-inspector.handler';
import { handler as createItem } from './create-item.handler';
import { handler as createTarget } from './create-target.handler';
import { handler as deactivateInspector } from './deactivate-inspector.handler';
import { handler as deactivateItem } from './deactivate-item.handler';
import { handler as deactivateTarget } from './deactivate-target.handler';
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

const T = '/departments/{dept}/targets';
const I = '/departments/{dept}/inspectors';
const M = '/departments/{dept}/items';

/** Targets (检查对象名录库), inspectors (执法检查人员名录库) and item lists (随机抽查事项清单). */
export const directoryRoutes: readonly RouteDefinition[] = [
  route('POST', T, 'required', createTarget, 'create-target', 'Add a target to the directory', {
    path: DeptPathSchema,
    body: TargetCreateInputSchema,
    responses: { 201: { description: 'created', schema: TargetSchema } },
  }),
  route('GET', T, 'required', listTargets, 'list-targets', "List a department's targets", {
    path: DeptPathSchema,
    query: TargetListQuerySchema,
    responses: { 200: { description: 'one page', schema: pageOf(TargetSchema) } },
  }),
  route(
    'POST',
    `${T}/import`,
    'required',
    importTargets,
    'import-targets',
    'Import targets from CSV or JSON',
    {
      path: DeptPathSchema,
      query: ImportQuerySchema,
      body: z.array(z.record(z.string(), z.unknown())),
      bodyMediaTypes: IMPORT_MEDIA_TYPES,
      responses: {
        200: {
          description: 'what was stored and which rows were refused',
          schema: ImportReportSchema,
        },
      },
    },
  ),
  route('GET', `${T}/{id}`, 'required', getTarget, 'get-target', 'Read a target', {
    path: EntryPathSchema,
    responses: { 200: { description: 'the target', schema: TargetSchema } },
  }),
  route('PATCH', `${T}/{id}`, 'required', updateTarget, 'update-target', 'Change a target', {
    path: EntryPathSchema,
    body: TargetPatchBodySchema,
    responses: { 200: { description: 'the new version', schema: TargetSchema } },
  }),
  route(
    'POST',
    `${T}/{id}/deactivate`,
    'required',
    deactivateTarget,
    'deactivate-target',
    'Deactivate a target',
    {
      path: EntryPathSchema,
      body: DeactivateBodySchema,
      responses: { 200: { description: 'the new version', schema: TargetSchema } },
    },
  ),

  route('POST', I, 'required', createInspector, 'create-inspector', 'Add an inspector', {
    path: DeptPathSchema,
    body: InspectorCreateInputSchema,
    responses: { 201: { description: 'created', schema: InspectorSchema } },
  }),
  route('GET', I, 'required', listInspectors, 'list-inspectors', "List a department's inspectors", {
    path: DeptPathSchema,
    query: InspectorListQuerySchema,
    responses: {
      200: {
        description: 'one page (the office sees the public view)',
        schema: pageOf(InspectorSchema.or(PublicInspectorSchema)),
      },
    },
  }),
  route(
    'POST',
    `${I}/import`,
    'required',
    importInspectors,
    'import-inspectors',
    'Import inspectors from CSV or JSON',
    {
      path: DeptPathSchema,
      query: ImportQuerySchema,
      body: z.array(z.record(z.string(), z.unknown())),
      bodyMediaTypes: IMPORT_MEDIA_TYPES,
      responses: {
        200: {
          description: 'what was stored and which rows were refused',
          schema: ImportReportSchema,
        },
      },
    },
  ),
  route('GET', `${I}/{id}`, 'required', getInspector, 'get-inspector', 'Read an inspector', {
    path: EntryPathSchema,
    responses: {
      200: { description: 'the inspector', schema: InspectorSchema.or(PublicInspectorSchema) },
    },
  }),
  route(
    'PATCH',
    `${I}/{id}`,
    'required',
    updateInspector,
    'update-inspector',
    'Change an inspector',
    {
      path: EntryPathSchema,
      body: InspectorPatchBodySchema,
      responses: { 200: { description: 'the new version', schema: InspectorSchema } },
    },
  ),
  route(
    'POST',
    `${I}/{id}/deactivate`,
    'required',
    deactivateInspector,
    'deactivate-inspector',
    'Deactivate an inspector',
    {
      path: EntryPathSchema,
      body: DeactivateBodySchema,
      responses: { 200: { description: 'the new version', schema: InspectorSchema } },
    },
  ),
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

  route('POST', M, 'required', createItem, 'create-item', 'Add an inspection item', {
    path: DeptPathSchema,
    body: ItemCreateInputSchema,
    responses: { 201: { description: 'created', schema: ItemSchema } },
  }),
  route(
    'GET',
    M,
    'public',
    listItems,
    'list-items',
    "List a department's inspection items (public)",
    {
      path: DeptPathSchema,
      query: ItemListQuerySchema,
      responses: { 200: { description: 'one page', schema: pageOf(ItemSchema) } },
    },
  ),
  route('GET', `${M}/{id}`, 'public', getItem, 'get-item', 'Read an inspection item (public)', {
    path: EntryPathSchema,
    responses: { 200: { description: 'the item', schema: ItemSchema } },
  }),
  route('PATCH', `${M}/{id}`, 'required', updateItem, 'update-item', 'Change an inspection item', {
    path: EntryPathSchema,
    body: ItemPatchBodySchema,
    responses: { 200: { description: 'the new version', schema: ItemSchema } },
  }),
  route(
    'POST',
    `${M}/{id}/deactivate`,
    'required',
    deactivateItem,
    'deactivate-item',
    'Deactivate an inspection item',
    {
      path: EntryPathSchema,
      body: DeactivateBodySchema,
      responses: { 200: { description: 'the new version', schema: ItemSchema } },
    },
  ),
];
