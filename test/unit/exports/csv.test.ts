import { describe, expect, it } from 'vitest';
import { csvText, toCsv, UTF8_BOM } from '../../../functions/src/exports/csv';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV writer', () => {
  it('starts with the UTF-8 byte-order mark and keeps Chinese headers as UTF-8', () => {
    const bytes = toCsv({
      headers: ['抽查计划编号', '检查结果'],
      rows: [['SCJG-2026', '未发现问题']],
    });
    expect([...bytes.slice(0, 3)]).toEqual([...UTF8_BOM]);
    expect(decode(bytes.slice(3))).toBe('抽查计划编号,检查结果\r\nSCJG-2026,未发现问题\r\n');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    const text = csvText({
      headers: ['a'],
      rows: [['甲,乙'], ['say "hi"'], ['line\nbreak'], [' padded'], ['plain']],
    });
    expect(text.split('\r\n').slice(1, -1)).toEqual([
      '"甲,乙"',
      '"say ""hi"""',
      '"line\nbreak"',
      '" padded"',
      'plain',
    ]);
  });

  it('writes numbers as numbers, booleans as 是/否, and nothing for empty cells', () => {
    expect(csvText({ headers: ['n', 'b', 'c', 'd'], rows: [[20, true, null, undefined]] })).toBe(
      'n,b,c,d\r\n20,是,,\r\n',
    );
  });

  it('keeps a cell that looks like a formula as text', () => {
    const text = csvText({
      headers: ['名称'],
      rows: [['=HYPERLINK("x")'], ['+1'], ['@SUM'], ['-5']],
    });
    expect(text.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+1",
      "'@SUM",
      "'-5",
    ]);
  });

  it('leaves an 18-character credit code untouched', () => {
    expect(csvText({ headers: ['统一社会信用代码'], rows: [['91370405MA3C000017']] })).toBe(
      '统一社会信用代码\r\n91370405MA3C000017\r\n',
    );
  });
});
