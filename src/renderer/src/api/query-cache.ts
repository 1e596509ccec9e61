import type { StudioApi } from '../../../shared/contract';
import type { AppErrorShape, Result } from './result';

export type Loader<T> = (api: StudioApi) => Promise<Result<T>>;

export interface QueryState<T> {
  data: T | undefined;
  error: AppErrorShape | null;
  loading: boolean;
}

interface Entry {
  state: QueryState<unknown>;
  loader: Loader<unknown> | null;
  listeners: Set<() => void>;
  /** Increases with every fetch so an older answer never overwrites a newer one. */
  sequence: number;
  inFlight: Promise<void> | null;
}

export const IDLE_STATE: QueryState<never> = Object.freeze({ data: undefined, error: null, loading: false });
const INITIAL_STATE: QueryState<never> = Object.freeze({ data: undefined, error: null, loading: true });

/**
 * A very small shared cache of channel answers, keyed by strings such as `ambassadors:active`. Screens that
 * show the same data share one entry; after a change, `invalidate('ambassadors')` reloads every list.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly api: StudioApi) {}

  private entry(key: string): Entry {
    let found = this.entries.get(key);
    if (!found) {
      found = { state: INITIAL_STATE, loader: null, listeners: new Set(), sequence: 0, inFlight: null };
      this.entries.set(key, found);
    }
    return found;
  }

  private setState(entry: Entry, state: QueryState<unknown>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener();
  }

  subscribe(key: string, listener: () => void): () => void {
    const entry = this.entry(key);
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  get(key: string): QueryState<unknown> {
    return this.entries.get(key)?.state ?? INITIAL_STATE;
  }

  /** Loads the entry once; later calls reuse the data until it is invalidated. */
  ensure(key: string, loader: Loader<unknown>): void {
    const entry = this.entry(key);
    entry.loader = loader;
    if (entry.state.data === undefined && entry.state.error === null && !entry.inFlight) void this.fetch(key);
  }

  fetch(key: string): Promise<void> {
    const entry = this.entry(key);
    const loader = entry.loader;
    if (!loader) return Promise.resolve();
    const sequence = (entry.sequence += 1);
    if (!entry.state.loading) this.setState(entry, { ...entry.state, loading: true });
    const run = loader(this.api).then(
      (result) => {
        if (sequence !== entry.sequence) return;
        this.setState(
          entry,
          result.ok
            ? { data: result.value, error: null, loading: false }
            : { data: entry.state.data, error: result.error, loading: false },
        );
      },
      (error: unknown) => {
        if (sequence !== entry.sequence) return;
        const message = error instanceof Error ? error.message : String(error);
        this.setState(entry, { data: entry.state.data, error: { code: 'INTERNAL', message }, loading: false });
      },
    );
    const done = run.finally(() => {
      if (entry.inFlight === done) entry.inFlight = null;
    });
    entry.inFlight = done;
    return done;
  }

  /** Puts a value the app already has (e.g. the answer of an update) into the cache without a reload. */
  set<T>(key: string, data: T): void {
    const entry = this.entry(key);
    entry.sequence += 1;
    this.setState(entry, { data, error: null, loading: false });
  }

  /** Reloads every entry whose key starts with one of the prefixes (all entries when none are given). */
  async invalidate(...prefixes: string[]): Promise<void> {
    const keys = [...this.entries.keys()].filter((key) => prefixes.length === 0 || prefixes.some((p) => key.startsWith(p)));
    await Promise.all(
      keys.map((key) => {
        const entry = this.entry(key);
        if (entry.listeners.size > 0) return this.fetch(key);
        // Nobody is looking: forget it, the next reader loads it fresh.
        this.entries.delete(key);
        return Promise.resolve();
      }),
    );
  }
}
