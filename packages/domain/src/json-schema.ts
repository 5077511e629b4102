import { z } from 'zod';

/**
 * JSON Schema of a domain schema, for the OpenAPI document. Converting here keeps
 * `.meta()` annotations (descriptions, `'x-private': true`) in the zod instance that
 * registered them.
 */
export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });
