/**
 * Reading a dropped file into a header row and data rows, in the browser, before anything
 * is sent: CSV in UTF-8 or GB18030 (as Excel saves it in China), or XLSX (the first sheet).
 * The rows then go to the import route as CSV parts, so a preview, a progress bar and
 * row numbers counted from the file's start come for free.
 */

export interface SheetRows {
  encoding: 'utf-8' | 'gb18030' | 'xlsx';
  headers: string[];
  rows: string[][];
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030. */
export const decodeText = (bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
};

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF; blank lines are skipped. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
};

const csvCell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((r) => r.map(csvCell).join(',')).join('\r\n');

// ---- XLSX: a zip of XML parts, read with the browser's own inflate and XML parser ----

interface ZipEntry {
  name: string;
  method: number;
  offset: number;
  size: number;
}

const zipEntries = (bytes: Uint8Array): ZipEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('不是有效的 XLSX 文件（找不到 zip 目录）');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, method, offset: dataStart, size });
    p += 46 + nameLength + extra + comment;
  }
  return out;
};

const unzipText = async (bytes: Uint8Array, entry: ZipEntry): Promise<string> => {
  const data = bytes.subarray(entry.offset, entry.offset + entry.size);
  if (entry.method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
};

const columnNumber = (ref: string): number => {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

export const readXlsx = async (bytes: Uint8Array): Promise<string[][]> => {
  const entries = zipEntries(bytes);
  const find = (name: string) => entries.find((e) => e.name === name);
  const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
  const sharedEntry = find('xl/sharedStrings.xml');
  const shared = sharedEntry
    ? Array.from(xml(await unzipText(bytes, sharedEntry)).getElementsByTagName('si'), (si) =>
        Array.from(si.getElementsByTagName('t'))
          .map((t) => t.textContent ?? '')
          .join(''),
      )
    : [];
  const sheetEntry =
    find('xl/worksheets/sheet1.xml') ?? entries.find((e) => e.name.startsWith('xl/worksheets/'));
  if (!sheetEntry) throw new Error('XLSX 文件中没有工作表');
  const sheet = xml(await unzipText(bytes, sheetEntry));
  const rows: string[][] = [];
  for (const r of Array.from(sheet.getElementsByTagName('row'))) {
    const row: string[] = [];
    for (const c of Array.from(r.getElementsByTagName('c'))) {
      const type = c.getAttribute('t');
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      const value =
        type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'inlineStr'
            ? Array.from(c.getElementsByTagName('t'))
                .map((t) => t.textContent ?? '')
                .join('')
            : v;
      row[columnNumber(c.getAttribute('r') ?? '')] = value;
    }
    const filled = Array.from(row, (x) => x ?? '');
    if (filled.some((x) => x !== '')) rows.push(filled);
  }
  return rows;
};

/** The file as a header row and data rows. */
export const readSheet = async (file: File): Promise<SheetRows> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(file.name)) {
    const [headers = [], ...rows] = await readXlsx(bytes);
    return { encoding: 'xlsx', headers: headers.map((h) => h.trim()), rows };
  }
  const { text, encoding } = decodeText(bytes);
  const [headers = [], ...rows] = parseCsv(text);
  return { encoding, headers: headers.map((h) => h.trim()), rows };
};
