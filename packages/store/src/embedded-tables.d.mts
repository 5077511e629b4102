/** Makes every dynalite created from now on in this process keep its table descriptions. */
export declare const keepTableDescriptions: () => void;

/** A table store with callback get, put and del (dynalite's `tableDb`). */
export interface TableStore {
  get(key: string, callback: (error: Error | null, value?: unknown) => void): void;
  put(key: string, value: unknown, callback?: (error?: Error | null) => void): void;
  del(key: string, callback?: (error?: Error | null) => void): void;
}

/** Keeps the descriptions `tables` reads until its next write of them. */
export declare const keepTablesOf: (tables: TableStore) => void;

/** Makes dynalite keep the expressions it parsed, per expressions, names and values. */
export declare const keepParsedExpressions: () => void;
