/**
 * Writes the OpenAPI document to a file: CDK runs this after bundling the OpenAPI function,
 * which serves the file rather than bundling every route to describe them.
 * `node --import tsx functions/src/http/openapi/write-openapi.cli.ts OUT.json`
 */
import { writeFileSync } from 'node:fs';
import { routes } from '../routes';
import { openApiDocument } from './openapi';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: write-openapi.cli.ts OUT.json\n');
  process.exitCode = 2;
} else {
  writeFileSync(out, JSON.stringify(openApiDocument(routes)));
}
