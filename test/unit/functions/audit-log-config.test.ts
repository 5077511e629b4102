import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../functions/src/config';

describe('the audit log’s configuration', () => {
  it('reads the audit table, the checkpoint key and the log’s origin when set', () => {
    const cfg = readConfig({
      TABLE_NAME: 't',
      AUDIT_TABLE_NAME: 'audit',
      CHECKPOINT_KEY_ID: 'alias/double-random-audit-log',
      AUDIT_LOG_ORIGIN: 'jiaojiang.example.gov.cn/audit-log',
    });
    expect(cfg).toMatchObject({
      auditTableName: 'audit',
      checkpointKeyId: 'alias/double-random-audit-log',
      auditLogOrigin: 'jiaojiang.example.gov.cn/audit-log',
    });
  });

  it('leaves them out when unset: one table, no signer, the default origin', () => {
    const cfg = readConfig({ TABLE_NAME: 't' });
    expect(cfg.auditTableName).toBeUndefined();
    expect(cfg.checkpointKeyId).toBeUndefined();
    expect(cfg.auditLogOrigin).toBeUndefined();
  });

  it('refuses an origin of more than one word, naming the variable', () => {
    expect(() => readConfig({ TABLE_NAME: 't', AUDIT_LOG_ORIGIN: 'two words' })).toThrow(
      ConfigError,
    );
    expect(() => readConfig({ TABLE_NAME: 't', AUDIT_LOG_ORIGIN: 'two words' })).toThrow(
      /AUDIT_LOG_ORIGIN: must be one word/,
    );
  });
});
