import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../../functions/src/http/openapi/openapi';
import { routes } from '../../../functions/src/http/routes';

const here = dirname(fileURLToPath(import.meta.url));
/** The API's paths as TypeScript types, generated from the OpenAPI document. */
export const API_TYPES = join(here, 'api', 'openapi.gen.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document (functions/src/http/openapi/openapi.ts), itself
 * generated from the zod schemas the handlers validate with. Do not edit: run
 * \`pnpm --filter @double-random/console gen\` (the console's build does it too).
 */
/* biome-ignore-all lint: generated */
/* biome-ignore-all format: generated */
`;

/** The types file's text for the current route table. */
export const apiTypes = async (): Promise<string> => {
  const doc = openApiDocument(routes);
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's own document type is stricter than our plain object
  const ast = await openapiTS(doc as any, { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
};

/** Writes the types when they differ; true when the file changed. */
export const generateApiTypes = async (): Promise<boolean> => {
  const text = await apiTypes();
  const current = await readFile(API_TYPES, 'utf8').catch(() => '');
  if (current === text) return false;
  await writeFile(API_TYPES, text);
  return true;
};
