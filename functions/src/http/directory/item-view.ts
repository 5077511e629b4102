import { HistoryEntrySchema, type Item, ItemSchema } from '@double-random/domain';
import { z } from '../middleware';

/**
 * The item list is public (清单之外无检查), its changes included, but not who made them: a
 * history entry's `by` is a staff account id.
 */
export const PublicItemSchema = ItemSchema.extend({
  history: z.array(HistoryEntrySchema.omit({ by: true })),
});

export const publicItem = (item: Item): z.infer<typeof PublicItemSchema> => ({
  ...item,
  history: item.history.map(({ by: _by, ...entry }) => entry),
});
