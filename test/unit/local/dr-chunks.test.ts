import { describe, expect, it } from 'vitest';
import { csvChunks, jsonChunks } from '../../../packages/local/src/cli/chunks';
import { emptySummary, mergeSummary } from '../../../packages/local/src/cli/import-client';

async function* pieces(bytes: Buffer, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const collect = async (bytes: Buffer, maxRows: number, size = 7) => {
  const out = [];
  for await (const c of csvChunks(pieces(bytes, size), maxRows)) out.push(c);
  return out;
};

// "名称,备注\n" and "某店,\"甲\n乙\"\n" in GB18030
const GB_HEADER = Buffer.from('c3fbb3c62cb1b8d7a20a', 'hex');
const GB_ROW = Buffer.from('c4b3b5ea2c22bcd70ad2d2220a', 'hex');

describe('csvChunks', () => {
  it('repeats the header, caps the rows and numbers parts from the file start', async () => {
    const csv = Buffer.from('a,b\n1,x\n2,y\n3,z\n4,w\n5,v\n');
    const chunks = await collect(csv, 2);
    expect(chunks.map((c) => c.body.toString())).toEqual([
      'a,b\n1,x\n2,y\n',
      'a,b\n3,z\n4,w\n',
      'a,b\n5,v\n',
    ]);
    expect(chunks.map((c) => [c.rows, c.rowOffset])).toEqual([
      [2, 0],
      [2, 2],
      [1, 4],
    ]);
  });

  it('keeps GB18030 bytes as they are and a quoted line break inside its record', async () => {
    const csv = Buffer.concat([GB_HEADER, GB_ROW, GB_ROW, GB_ROW]);
    const chunks = await collect(csv, 2, 3);
    expect(chunks.map((c) => c.rows)).toEqual([2, 1]);
    expect(chunks[0]?.body).toEqual(Buffer.concat([GB_HEADER, GB_ROW, GB_ROW]));
    expect(chunks[1]?.body).toEqual(Buffer.concat([GB_HEADER, GB_ROW]));
  });

  it('counts blank lines as the server does and ends a last line without a line feed', async () => {
    const chunks = await collect(Buffer.from('a\r\n1\r\n\r\n3'), 10);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.body.toString()).toBe('a\r\n1\r\n\r\n3\n');
    expect(chunks[0]?.rows).toBe(3);
  });

  it('yields nothing for a header alone', async () => {
    expect(await collect(Buffer.from('a,b\n'), 5)).toEqual([]);
  });
});

describe('jsonChunks and the merged report', () => {
  it('cuts a JSON array into arrays with offsets', () => {
    const chunks = [...jsonChunks(JSON.stringify([{ a: 1 }, { a: 2 }, { a: 3 }]), 2)];
    expect(chunks.map((c) => [JSON.parse(c.body.toString()).length, c.rowOffset])).toEqual([
      [2, 0],
      [1, 2],
    ]);
  });

  it('adds up the counts and keeps every error', () => {
    const part = (created: number, row: number) => ({
      ...emptySummary(),
      encoding: 'utf-8',
      rows: created + 1,
      created,
      invalid: 1,
      errors: [{ row, field: 'uscc', rule: 'check', code: 'TARGET.USCC' }],
    });
    const merged = mergeSummary(mergeSummary(emptySummary(), part(4, 3)), part(2, 9));
    expect(merged).toMatchObject({ encoding: 'utf-8', rows: 8, created: 6, invalid: 2 });
    expect(merged.errors.map((e) => e.row)).toEqual([3, 9]);
  });
});
