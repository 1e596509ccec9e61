import { z } from 'zod';
import { privateDetailSchema } from '../../../shared/features/ambassadors/schemas';
import { emptyHouseFields, houseFieldsSchema } from '../../../shared/features/key-messages/schemas';
import { emptyQuoteFields, quoteFieldsSchema } from '../../../shared/features/quotes/schemas';
import type { RepairKind } from '../../../shared/features/repair/schemas';

/**
 * The stored JSON values a person edits, by record kind: the table, the column and the schema each must pass.
 * The repositories read these same columns with `readJsonColumn`; a column added there belongs here too.
 */
export interface RepairableColumn {
  schema: z.ZodType;
  /** The value an unreadable part falls back to when a person keeps only what can be read. */
  empty(): unknown;
}

export interface RepairableKind {
  table: 'ambassador' | 'message_house' | 'quote';
  /** The column holding whose record it is. */
  owner: 'id' | 'ambassador_id';
  columns: Record<string, RepairableColumn>;
}

const list = (item: z.ZodType): RepairableColumn => ({ schema: z.array(item), empty: () => [] });

export const REPAIRABLE: Record<RepairKind, RepairableKind> = {
  ambassador: {
    table: 'ambassador',
    owner: 'id',
    columns: {
      languages: list(z.string()),
      topics_welcome: list(z.string()),
      topics_declined: list(z.string()),
      private_details: list(privateDetailSchema),
    },
  },
  house: {
    table: 'message_house',
    owner: 'ambassador_id',
    columns: { fields: { schema: houseFieldsSchema, empty: emptyHouseFields } },
  },
  quote: {
    table: 'quote',
    owner: 'ambassador_id',
    columns: { fields: { schema: quoteFieldsSchema, empty: emptyQuoteFields } },
  },
};
