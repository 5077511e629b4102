import {
  ConflictError,
  DomainError,
  type DomainErrorKind,
  ForbiddenError,
  NotFoundError,
  UnauthorisedError,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { type Logger, mapError, RequestError } from '../../../functions/src/http/middleware';

const recordingLogger = () => {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const at =
    (level: string) =>
    (msg: string, fields?: Record<string, unknown>): void => {
      lines.push({ level, msg, ...(fields ? { fields } : {}) });
    };
  const log: Logger = {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
  return { log, lines };
};

const bodyOf = (result: { body?: string }): { error: Record<string, unknown> } =>
  JSON.parse(result.body ?? '');

describe('mapError', () => {
  it.each<[string, DomainError, number]>([
    ['invalid', new ValidationError('PLAN.RATIO_OUT_OF_RANGE', 'ratio out of range'), 400],
    ['unauthorised', new UnauthorisedError('AUTH.REQUIRED', 'token needed'), 401],
    ['forbidden', new ForbiddenError('AUTH.NOT_DEPARTMENT', 'not yours'), 403],
    ['not-found', new NotFoundError('PLAN.NOT_FOUND', 'no such plan'), 404],
    ['conflict', new ConflictError('DRAW.EXISTS', 'already drawn'), 409],
  ])(
    'maps a DomainError of kind %s to its status with code and message',
    (_kind, error, status) => {
      const { log } = recordingLogger();
      const result = mapError(error, log, 'req-1');
      expect(result.statusCode).toBe(status);
      expect(result.headers?.['content-type']).toBe('application/json; charset=utf-8');
      expect(bodyOf(result)).toEqual({ error: { code: error.code, message: error.message } });
    },
  );

  it('covers every DomainError kind', () => {
    const kinds: DomainErrorKind[] = [
      'invalid',
      'unauthorised',
      'forbidden',
      'not-found',
      'conflict',
    ];
    const statuses = kinds.map(
      (kind) => mapError(new DomainError('X.Y', kind, 'm'), recordingLogger().log, 'r').statusCode,
    );
    expect(statuses).toEqual([400, 401, 403, 404, 409]);
  });

  it('lifts field and rule to the top and keeps the other details', () => {
    const error = new ValidationError('PLAN.RATIO_OUT_OF_RANGE', 'general items: 3 %–10 %', {
      field: 'tasks.0.ratio',
      rule: '台政发〔2019〕12号 二(二)',
      value: 0.2,
    });
    expect(bodyOf(mapError(error, recordingLogger().log, 'r'))).toEqual({
      error: {
        code: 'PLAN.RATIO_OUT_OF_RANGE',
        message: 'general items: 3 %–10 %',
        field: 'tasks.0.ratio',
        rule: '台政发〔2019〕12号 二(二)',
        details: { value: 0.2 },
      },
    });
  });

  it('turns an unknown error into a bare 500 that leaks nothing, and logs it with the request id', () => {
    const { log, lines } = recordingLogger();
    const result = mapError(new Error('connect ECONNREFUSED secret-host:5432'), log, 'req-42');
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(result.body).not.toContain('secret-host');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('error');
    expect(lines[0]?.fields).toMatchObject({
      requestId: 'req-42',
      errorMessage: 'connect ECONNREFUSED secret-host:5432',
    });
  });

  it('turns a thrown non-Error into the same bare 500', () => {
    const result = mapError('a string', recordingLogger().log, 'r');
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result)).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
  });

  it('maps a request error to its status with the first issue on top and all issues in details', () => {
    const issues = [
      { field: 'body.name', rule: 'Too small: expected string to have >=1 characters' },
      { field: 'query.limit', rule: 'Invalid input: expected number, received NaN' },
    ];
    const result = mapError(
      new RequestError(400, 'REQUEST.INVALID', 'bad', issues),
      recordingLogger().log,
      'r',
    );
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({
      error: {
        code: 'REQUEST.INVALID',
        message: 'bad',
        field: 'body.name',
        rule: issues[0]?.rule,
        details: { issues },
      },
    });
  });
});
