import { jsonSchemaOf } from '@double-random/domain';
import { z } from '../middleware';
import type { RouteDefinition, RouteTable } from '../route-definition';

type JsonSchema = Record<string, unknown>;

/** The body of every refusal (see `middleware/errors.ts`). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'stable code, e.g. PLAN.RATIO_OUT_OF_RANGE' }),
    message: z.string().meta({ description: 'readable reason naming the rule and the values' }),
    field: z.string().optional(),
    rule: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The gateway's own refusals (no route, no or bad token) have the AWS shape. */
const GatewayErrorSchema = z.object({
  message: z.string(),
  reason: z.string().optional().meta({
    description: 'local gateway only: why the token was refused (AWS sends message alone)',
  }),
});

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _dialect, ...rest } = jsonSchemaOf(schema, io) as JsonSchema;
  return rest;
};

const jsonContent = (schema: JsonSchema) => ({
  'application/json': { schema },
});

const pathParameterNames = (path: string): { name: string; greedy: boolean }[] =>
  [...path.matchAll(/\{([^}+]+)(\+?)\}/g)].map((m) => ({ name: m[1] ?? '', greedy: m[2] === '+' }));

const propertiesOf = (schema: JsonSchema) => ({
  properties: (schema.properties ?? {}) as Record<string, JsonSchema>,
  required: new Set((schema.required ?? []) as string[]),
});

const parameters = (route: RouteDefinition) => {
  const path = route.schemas?.path
    ? propertiesOf(schemaOf(route.schemas.path, 'output'))
    : undefined;
  const list: JsonSchema[] = pathParameterNames(route.path).map(({ name, greedy }) => ({
    name,
    in: 'path',
    required: true,
    schema: path?.properties[name] ?? { type: 'string' },
    ...(greedy ? { description: 'the rest of the path' } : {}),
  }));
  if (route.schemas?.query) {
    const query = propertiesOf(schemaOf(route.schemas.query, 'output'));
    const input = propertiesOf(schemaOf(route.schemas.query, 'input'));
    for (const [name, schema] of Object.entries(query.properties))
      list.push({ name, in: 'query', required: input.required.has(name), schema });
  }
  return list;
};

const requestBody = (route: RouteDefinition) => {
  const s = route.schemas;
  if (!s?.body && !s?.bodyMediaTypes) return undefined;
  const content: Record<string, { schema: JsonSchema }> = {};
  for (const type of s.bodyMediaTypes ?? [])
    content[type] = { schema: { type: 'string', description: 'the file as sent, any encoding' } };
  if (s.body) content['application/json'] = { schema: schemaOf(s.body, 'input') };
  return {
    required: true,
    ...(s.bodyDescription ? { description: s.bodyDescription } : {}),
    content,
  };
};

const responses = (route: RouteDefinition) => {
  const out: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(route.schemas?.responses ?? {}))
    out[status] = {
      description: r.description,
      ...(r.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(r.headers).map(([name, description]) => [
                name,
                { description, schema: { type: 'string' } },
              ]),
            ),
          }
        : {}),
      ...(r.schema ? { content: jsonContent(schemaOf(r.schema, 'output')) } : {}),
    };
  if (Object.keys(out).length === 0) out['200'] = { description: 'success' };
  const error = { content: jsonContent({ $ref: '#/components/schemas/Error' }) };
  out['400'] = { description: 'the request is invalid or a rule refused it', ...error };
  if (route.auth === 'required')
    out['401'] = {
      description: 'no valid bearer token',
      content: jsonContent({ $ref: '#/components/schemas/GatewayError' }),
    };
  out['403'] = { description: 'the caller may not do this', ...error };
  out['404'] = { description: 'not found (or not published)', ...error };
  out['409'] = { description: 'conflict: exists already, or a stale version', ...error };
  out['500'] = { description: 'internal error; the body says nothing more', ...error };
  return out;
};

const methodsOf = (route: RouteDefinition): string[] =>
  route.method === 'ANY' ? ['get', 'put', 'post', 'patch', 'delete'] : [route.method.toLowerCase()];

/**
 * The OpenAPI 3.1 document of a route table, from the zod schemas the handlers validate
 * with. Built from the table so that a new route appears without anyone remembering to.
 */
export const openApiDocument = (routes: RouteTable, info = { version: '0.1.0' }) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/\{([^}+]+)\+\}/g, '{$1}');
    const item = paths[openApiPath] ?? {};
    paths[openApiPath] = item;
    const body = requestBody(route);
    for (const method of methodsOf(route))
      item[method] = {
        operationId: `${method}${openApiPath.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
        ...(route.summary ? { summary: route.summary } : {}),
        parameters: parameters(route),
        ...(body ? { requestBody: body } : {}),
        responses: responses(route),
        security: route.auth === 'required' ? [{ bearer: [] }] : [{}, { bearer: [] }],
        'x-auth': route.auth,
      };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'double-random API',
      version: info.version,
      description:
        '双随机、一公开: directories, annual plans, draws and published results. Public routes need no token; the others a bearer JWT with the groups office, dept:<CODE> or inspector. Fields marked `x-private` never leave through the public routes.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    // relative: the document is served by the API it describes, locally and in AWS alike
    servers: [{ url: '/', description: 'the server that serves this document' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: schemaOf(ErrorBodySchema, 'output'),
        GatewayError: schemaOf(GatewayErrorSchema, 'output'),
      },
    },
  };
};
