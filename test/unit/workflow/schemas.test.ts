import {
  AcknowledgeInputSchema,
  AuditEntrySchema,
  CalendarYearInputSchema,
  CommitmentSchema,
  CreateTaskInputSchema,
  HandoffInputSchema,
  HandoffSchema,
  InspectionResultSchema,
  jsonSchemaOf,
  PublicResultSchema,
  RecordResultInputSchema,
  TaskSchema,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { task } from './fixtures';

describe('workflow schemas for the OpenAPI document', () => {
  const schemas = {
    CreateTaskInputSchema,
    TaskSchema,
    CommitmentSchema,
    RecordResultInputSchema,
    InspectionResultSchema,
    HandoffInputSchema,
    AcknowledgeInputSchema,
    HandoffSchema,
    CalendarYearInputSchema,
    AuditEntrySchema,
    PublicResultSchema,
  };

  for (const [name, schema] of Object.entries(schemas))
    it(`${name} converts to a JSON Schema object`, () => {
      const json = jsonSchemaOf(schema, 'input') as { type?: string; properties?: object };
      expect(json.type).toBe('object');
      expect(Object.keys(json.properties ?? {}).length).toBeGreaterThan(1);
    });

  it('lists the wording identifiers with their Chinese text in the description', () => {
    const json = jsonSchemaOf(RecordResultInputSchema, 'input') as unknown as {
      properties: { wording: { enum: string[]; description: string } };
    };
    expect(json.properties.wording.enum).toContain('deregistered');
    expect(json.properties.wording.description).toContain('deregistered 注销');
  });

  it('accepts a task built by newTask', () => {
    expect(TaskSchema.parse(task())).toEqual(task());
  });
});
