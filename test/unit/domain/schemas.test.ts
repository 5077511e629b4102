import * as domain from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const schemas = Object.entries(domain).filter(
  ([name, value]) =>
    name.endsWith('Schema') && typeof (value as { safeParse?: unknown }).safeParse === 'function',
) as [string, Parameters<typeof domain.jsonSchemaOf>[0]][];

describe('schemas', () => {
  it('exports the API schemas', () => {
    const names = schemas.map(([n]) => n);
    for (const n of [
      'TargetCreateInputSchema',
      'TargetUpdateInputSchema',
      'TargetDeactivateInputSchema',
      'TargetSchema',
      'InspectorCreateInputSchema',
      'InspectorUpdateInputSchema',
      'ConflictDeclareInputSchema',
      'InspectorSchema',
      'PublicInspectorSchema',
      'ItemCreateInputSchema',
      'ItemUpdateInputSchema',
      'ItemSchema',
      'FilePlanInputSchema',
      'PlanInputSchema',
      'ReturnPlanInputSchema',
      'PlanSchema',
      'DistrictReportSchema',
      'DistrictPlanSchema',
      'PageQuerySchema',
    ])
      expect(names).toContain(n);
  });

  it.each(schemas)('%s converts to JSON Schema for the OpenAPI document', (_name, schema) => {
    expect(typeof domain.jsonSchemaOf(schema, 'input')).toBe('object');
    expect(typeof domain.jsonSchemaOf(schema, 'output')).toBe('object');
  });

  it('marks private inspector fields in the JSON Schema', () => {
    const json = domain.jsonSchemaOf(domain.InspectorSchema) as {
      properties: Record<string, { 'x-private'?: boolean }>;
    };
    expect(json.properties.idNumber?.['x-private']).toBe(true);
    expect(json.properties.phone?.['x-private']).toBe(true);
  });
});
