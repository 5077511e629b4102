/**
 * dynalite reads the table's description from LevelDB on every request — each GetItem, PutItem
 * and Query decodes it again — which was a quarter of the embedded database's work in the
 * demo. A description changes only when a table is created, updated or deleted, and dynalite
 * writes it through the same table store it reads it from. So the store keeps the last
 * description it read per table, answers each request a copy of it, and forgets it on every
 * write: a read that a write overlaps is answered but not kept. Requests see what they saw
 * before, one LevelDB read fewer.
 *
 * Plain JavaScript: the database's own process (embedded-process.mjs) runs without a loader.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const KEEPS = Symbol.for('double-random.keepsTableDescriptions');

/** Makes every dynalite created from now on in this process keep its table descriptions. */
export const keepTableDescriptions = () => {
  const db = require('dynalite/db');
  if (db.create[KEEPS]) return;
  const create = db.create;
  db.create = function createKeepingTables(...args) {
    const store = create.apply(this, args);
    keepTablesOf(store.tableDb);
    return store;
  };
  db.create[KEEPS] = true;
};

/** The table store's get, put and del, with the descriptions kept between writes. */
export const keepTablesOf = (tables) => {
  const kept = new Map();
  // moves at the start and the end of every write (odd: one is under way)
  let writes = 0;
  const { get, put, del } = tables;
  tables.get = function keptGet(key, callback) {
    const text = kept.get(key);
    if (text !== undefined) {
      // kept as the JSON it is stored as (LevelDB's JSON encoding): each reader parses a copy
      process.nextTick(callback, null, JSON.parse(text));
      return;
    }
    const before = writes;
    get.call(tables, key, (error, value) => {
      if (!error && value && writes === before && writes % 2 === 0)
        kept.set(key, JSON.stringify(value));
      callback(error, value);
    });
  };
  const writing = (write) =>
    function keptWrite(key, ...rest) {
      writes++;
      kept.delete(key);
      const callback = typeof rest.at(-1) === 'function' ? rest.pop() : undefined;
      write.call(tables, key, ...rest, (error) => {
        writes++;
        kept.delete(key);
        callback?.(error);
      });
    };
  tables.put = writing(put);
  tables.del = writing(del);
};

const EXPRESSION_FIELDS = [
  'UpdateExpression',
  'ConditionExpression',
  'KeyConditionExpression',
  'FilterExpression',
  'ProjectionExpression',
];
const PARSED_FIELDS = ['_updates', '_condition', '_keyCondition', '_filter', '_projection'];
/** Parsed expressions kept: the store sends a few dozen shapes, with their values. */
const KEPT_EXPRESSIONS = 4096;
/** Requests whose expressions and values are longer are parsed each time: they seldom repeat. */
const KEPT_KEY_CHARS = 2048;
const PARSES = Symbol.for('double-random.keepsParsedExpressions');

/** A copy of a parsed expression as its parser built it: null-prototype maps stay so. */
const copyParsed = (value) => {
  if (Array.isArray(value)) return value.map(copyParsed);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const key of Object.keys(value)) out[key] = copyParsed(value[key]);
  return out;
};

/**
 * dynalite parses a request's expressions (condition, key condition, update, projection)
 * with its PEG parsers on every request — 50 to 200 µs each, a tenth of its work in the
 * demo — though the store sends the same few expressions again and again. What the parse
 * answers depends on the expressions, their attribute names and their values alone, so the
 * engine keeps it per those, and each request gets a copy of its own, as a fresh parse would
 * give it. A refusal is kept too: the same expressions are refused the same way.
 */
export const keepParsedExpressions = () => {
  const validations = require('dynalite/validations');
  if (validations.validateExpressions[PARSES]) return;
  const validate = validations.validateExpressions;
  const kept = new Map();
  validations.validateExpressions = function keptValidate(data) {
    const key = JSON.stringify([
      ...EXPRESSION_FIELDS.map((f) => data[f]),
      data.ExpressionAttributeNames,
      data.ExpressionAttributeValues,
    ]);
    let parsed = kept.get(key);
    if (!parsed) {
      const message = validate.call(this, data);
      if (key.length > KEPT_KEY_CHARS) return message;
      parsed = { message, fields: PARSED_FIELDS.map((f) => data[f]) };
      if (kept.size >= KEPT_EXPRESSIONS) kept.delete(kept.keys().next().value);
      kept.set(key, { message, fields: parsed.fields.map(copyParsed) });
      return message;
    }
    PARSED_FIELDS.forEach((f, i) => {
      if (parsed.fields[i] !== undefined) data[f] = copyParsed(parsed.fields[i]);
    });
    return parsed.message;
  };
  validations.validateExpressions[PARSES] = true;
};
