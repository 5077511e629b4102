import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table, described once as plain data so that `ensureTable` (local) and the
 * CDK data stack (AWS) create the same thing. Attribute types use DynamoDB's letters,
 * which are also the values of CDK's `AttributeType`.
 */
export const DEFAULT_TABLE_NAME = 'double-random';

export const KEY_ATTRIBUTES = {
  pk: 'pk',
  sk: 'sk',
  gsi1pk: 'gsi1pk',
  gsi1sk: 'gsi1sk',
  gsi2pk: 'gsi2pk',
  gsi2sk: 'gsi2sk',
} as const;
export type KeyAttributeName = (typeof KEY_ATTRIBUTES)[keyof typeof KEY_ATTRIBUTES];
export const KEY_ATTRIBUTE_NAMES: readonly KeyAttributeName[] = Object.values(KEY_ATTRIBUTES);

export const INDEXES = {
  gsi1: { name: 'gsi1', partitionKey: KEY_ATTRIBUTES.gsi1pk, sortKey: KEY_ATTRIBUTES.gsi1sk },
  gsi2: { name: 'gsi2', partitionKey: KEY_ATTRIBUTES.gsi2pk, sortKey: KEY_ATTRIBUTES.gsi2sk },
} as const;
export type IndexName = keyof typeof INDEXES;
export const INDEX_NAMES = Object.keys(INDEXES) as IndexName[];

export interface TableDescription {
  readonly partitionKey: { readonly name: string; readonly type: 'S' };
  readonly sortKey: { readonly name: string; readonly type: 'S' };
  readonly billingMode: 'PAY_PER_REQUEST';
  readonly globalSecondaryIndexes: readonly {
    readonly indexName: string;
    readonly partitionKey: { readonly name: string; readonly type: 'S' };
    readonly sortKey: { readonly name: string; readonly type: 'S' };
    readonly projectionType: 'ALL';
  }[];
}

export const TABLE: TableDescription = {
  partitionKey: { name: KEY_ATTRIBUTES.pk, type: 'S' },
  sortKey: { name: KEY_ATTRIBUTES.sk, type: 'S' },
  billingMode: 'PAY_PER_REQUEST',
  globalSecondaryIndexes: INDEX_NAMES.map((n) => ({
    indexName: INDEXES[n].name,
    partitionKey: { name: INDEXES[n].partitionKey, type: 'S' as const },
    sortKey: { name: INDEXES[n].sortKey, type: 'S' as const },
    projectionType: 'ALL' as const,
  })),
};

/** The CreateTable request for the description above. */
export const createTableInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: TABLE.billingMode,
  AttributeDefinitions: KEY_ATTRIBUTE_NAMES.map((name) => ({
    AttributeName: name,
    AttributeType: 'S',
  })),
  KeySchema: [
    { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' },
    { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((g) => ({
    IndexName: g.indexName,
    KeySchema: [
      { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: g.projectionType },
  })),
});
