import { describe, expect, it } from 'vitest';
import {
  csvRows,
  decodeText,
  jsonRows,
  readImportBody,
} from '../../../functions/src/import/decode';

const hex = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('名称,行业\n'))).toEqual({
      text: '名称,行业\n',
      encoding: 'utf-8',
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称')]);
    expect(decodeText(bytes)).toEqual({ text: '名称', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for bytes Excel saved on Chinese Windows', () => {
    // '名称,企业' in GBK: C3FB B3C6 2C C6F3 D2B5
    expect(decodeText(hex('c3fbb3c6 2c c6f3d2b5'))).toEqual({
      text: '名称,企业',
      encoding: 'gb18030',
    });
  });

  it('reads GB18030 four-byte sequences beyond GBK', () => {
    // U+20000 (CJK Extension B) is 95 32 82 36 in GB18030
    expect(decodeText(hex('95328236')).text).toBe('\u{20000}');
  });
});

describe('csvRows', () => {
  it('numbers rows as the file does: header 1, blank lines counted, not returned', () => {
    const rows = csvRows('名称,行业\n甲,餐饮\n\n乙,零售\n');
    expect(rows).toEqual([
      { row: 2, cells: { 名称: '甲', 行业: '餐饮' } },
      { row: 4, cells: { 名称: '乙', 行业: '零售' } },
    ]);
  });

  it('shifts row numbers by rowOffset for a later part of a split file', () => {
    expect(csvRows('名称\n甲\n', 1000).map((r) => r.row)).toEqual([1002]);
  });

  it('keeps quoted commas and line breaks inside a cell', () => {
    expect(csvRows('名称,行业\n"甲,乙","餐\n饮"\n')[0]?.cells).toEqual({
      名称: '甲,乙',
      行业: '餐\n饮',
    });
  });

  it('refuses a file without a header', () => {
    expect(() => csvRows('')).toThrow(expect.objectContaining({ code: 'IMPORT.HEADER_MISSING' }));
  });
});

describe('jsonRows and readImportBody', () => {
  it('numbers JSON rows from 1, shifted by rowOffset', () => {
    expect(jsonRows('[{"name":"甲"},{"name":"乙"}]', 10).map((r) => r.row)).toEqual([11, 12]);
  });

  it('refuses JSON that is not an array', () => {
    expect(() => jsonRows('{"name":"甲"}')).toThrow(
      expect.objectContaining({ code: 'IMPORT.JSON_NOT_ARRAY' }),
    );
  });

  it('reads CSV unless the content type is JSON, and says the encoding', () => {
    const gbk = hex('c3fbb3c6 0a c6f3d2b5 0a'); // 名称\n企业\n
    expect(readImportBody(gbk, 'text/csv', 0)).toEqual({
      encoding: 'gb18030',
      rows: [{ row: 2, cells: { 名称: '企业' } }],
    });
    const json = new TextEncoder().encode('[{"name":"企业"}]');
    expect(readImportBody(json, 'application/json; charset=utf-8', 0).rows).toEqual([
      { row: 1, cells: { name: '企业' } },
    ]);
  });
});
