import { byLink, type RouteDefinition } from '../route-definition';
import { handler as exportDraw } from './export-draw.handler';
import { handler as exportPlans } from './export-plans.handler';
import { handler as exportResults } from './export-results.handler';
import {
  ExportTaskPathSchema,
  ExportYearPathSchema,
  FormatQuerySchema,
  PlansExportQuerySchema,
  ResultsExportQuerySchema,
} from './exports.schemas';

const file = {
  description:
    'the file: text/csv (UTF-8 with BOM) or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, as an attachment',
};
/** a large file is generated once into the answer location and downloaded from there, whole */
const fileByLink = byLink('the whole file, with the same type and name,');

/** Downloads for the office and the departments: CSV or XLSX with Chinese headers. */
export const exportRoutes: readonly RouteDefinition[] = [
  {
    method: 'GET',
    path: '/exports/plans/{year}',
    auth: 'required',
    handler: exportPlans,
    entry: 'http/exports/export-plans.handler.ts',
    summary: "Download a year's plans, one row per planned task (office: all; department: own)",
    schemas: {
      path: ExportYearPathSchema,
      query: PlansExportQuerySchema,
      responses: { 200: file, 303: fileByLink },
    },
  },
  {
    method: 'GET',
    path: '/exports/tasks/{taskId}/draw',
    auth: 'required',
    handler: exportDraw,
    entry: 'http/exports/export-draw.handler.ts',
    summary: "Download a task's draws: drawn and reserve targets with their teams",
    schemas: {
      path: ExportTaskPathSchema,
      query: FormatQuerySchema,
      responses: { 200: file, 303: fileByLink },
    },
  },
  {
    method: 'GET',
    path: '/exports/results',
    auth: 'required',
    handler: exportResults,
    entry: 'http/exports/export-results.handler.ts',
    summary:
      "Download a year's results: published ones in the national publication's fields, or all with the internal record (office: all; department: own)",
    schemas: { query: ResultsExportQuerySchema, responses: { 200: file, 303: fileByLink } },
  },
];
