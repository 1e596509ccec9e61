/**
 * How a feature declares its channels. Each channel names its zod input schema, its output type, whether it
 * only reads (a query) or changes something (a command), and the kinds of data ("topics") it reads or
 * changes. The renderer's data layer uses the topics to refresh exactly the answers a command may have made
 * stale, so no screen keeps its own list of what to reload.
 */
import type { z } from 'zod';

export const TOPICS = [
  'status',
  'settings',
  'role',
  'cohort',
  'ambassador',
  'revision',
  'house',
  'quote',
  'comment',
  'question',
  'rehearsal',
  'languageRules',
  'sheet',
  'backup',
  'agenda',
  'trash',
  'repair',
  'interview',
] as const;
export type Topic = (typeof TOPICS)[number];

export type ChannelKind = 'query' | 'command';

/** Phantom marker carrying a channel's output type; it has no runtime value. */
declare const outputBrand: unique symbol;

export interface Channel<I extends z.ZodType, O> {
  kind: ChannelKind;
  input: I;
  /** What a query reads, or what a command changes. */
  topics: readonly Topic[];
  readonly [outputBrand]?: O;
}

export type AnyChannel = Channel<z.ZodType, unknown>;

/** A channel that only reads. Written `query<Output>()(schema, topics)` so the output type is explicit. */
export function query<O>() {
  return <I extends z.ZodType>(input: I, reads: readonly Topic[]): Channel<I, O> => ({
    kind: 'query',
    input,
    topics: reads,
  });
}

/** A channel that changes data (or does something, like printing): never cached, and it refreshes what it touches. */
export function command<O>() {
  return <I extends z.ZodType>(input: I, changes: readonly Topic[]): Channel<I, O> => ({
    kind: 'command',
    input,
    topics: changes,
  });
}

export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins the features' channel maps into one contract. Two features declaring the same channel name is a
 * mistake a spread would hide (the later one silently wins), so it stops the app at start-up instead.
 */
export function composeChannels<Parts extends ReadonlyArray<Record<string, AnyChannel>>>(
  ...parts: Parts
): UnionToIntersection<Parts[number]> {
  const all: Record<string, AnyChannel> = {};
  for (const part of parts) {
    for (const [name, definition] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(all, name)) throw new Error(`The channel "${name}" is declared twice.`);
      all[name] = definition;
    }
  }
  return all as UnionToIntersection<Parts[number]>;
}
