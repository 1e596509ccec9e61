import type { Database } from 'better-sqlite3';

/** Key-value settings; values are JSON and validated by the settings service when read. */
export function createSettingRepository(db: Database) {
  const statements = {
    all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM setting'),
    one: db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?'),
    upsert: db.prepare(
      `INSERT INTO setting (key, value, updated_at) VALUES (@key, @value, @now)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
  };
  return {
    all(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of statements.all.all()) {
        try {
          out[row.key] = JSON.parse(row.value) as unknown;
        } catch {
          // A damaged value is ignored; the service falls back to the default for that key.
        }
      }
      return out;
    },
    /** One value, or undefined when it is missing or damaged. */
    get(key: string): unknown {
      const row = statements.one.get(key);
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        return undefined;
      }
    },
    set(key: string, value: unknown, now: string): void {
      statements.upsert.run({ key, value: JSON.stringify(value), now });
    },
  };
}

export type SettingRepository = ReturnType<typeof createSettingRepository>;
