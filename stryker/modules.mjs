/**
 * The safety-critical modules `npm run mutate` measures, each with the fast unit tests that guard it.
 * Each module is one Stryker run over its own test files only: following "related" tests pulls in the whole
 * backend (Chromium PDF tests included) and does not finish on a 2-core laptop. A test file belongs here when
 * it pins the module's behaviour and runs in seconds; new safety tests for a module should be added to its list.
 * Stryker's Vitest runner uses worker threads, so a test that sets process.umask (db/file-modes.test.ts) cannot
 * be listed.
 */
export const MODULES = [
  {
    name: 'gate',
    title: 'export gate + sheet model',
    mutate: ['src/shared/features/message-sheet/gate.ts', 'src/shared/features/message-sheet/model.ts'],
    tests: [
      'src/shared/features/message-sheet/gate.test.ts',
      'src/shared/features/message-sheet/gate-rules.test.ts',
      'src/shared/features/message-sheet/gate.properties.test.ts',
      'src/shared/features/message-sheet/gate-self-incrimination.test.ts',
      'src/shared/features/message-sheet/sheet-rules.test.ts',
      'src/main/features/message-sheet/model.test.ts',
    ],
  },
  {
    name: 'access',
    title: 'permission table + role/PIN service',
    mutate: [
      'src/main/backend/permissions.ts',
      'src/main/backend/permission-table.ts',
      'src/main/features/access/*.ts',
      '!src/main/features/access/*.test.ts',
    ],
    tests: [
      'src/main/backend/decide.test.ts',
      'src/main/features/access/*.test.ts',
      'src/main/features/quotes/transition-permissions.test.ts',
    ],
  },
  {
    name: 'input',
    title: 'input dispatch + limits',
    mutate: [
      'src/main/backend/dispatch.ts',
      'src/shared/safe-input.ts',
      'src/shared/limits.ts',
      'src/shared/fields.ts',
    ],
    tests: [
      'src/main/backend/dispatch.test.ts',
      'src/main/backend/dispatch-answers.test.ts',
      'src/main/backend/field-caps.test.ts',
      'src/shared/safe-input.test.ts',
      'src/shared/safe-input-limits.test.ts',
      'src/shared/fields.test.ts',
    ],
  },
  {
    name: 'quotes',
    title: 'quote status rules',
    mutate: [
      'src/main/features/quotes/approval.ts',
      'src/main/features/quotes/permissions.ts',
      'src/shared/features/quotes/approval.ts',
      'src/shared/features/quotes/schemas.ts',
      'src/shared/features/quotes/text-hash.ts',
    ],
    tests: [
      'src/shared/features/quotes/quote-rules.test.ts',
      'src/main/features/quotes/text-seen.test.ts',
      'src/main/features/quotes/approval.test.ts',
      'src/main/features/quotes/service.test.ts',
      'src/main/features/quotes/transition-permissions.test.ts',
    ],
  },
  {
    name: 'database',
    title: 'database opening + migrations',
    mutate: ['src/main/db/probe.ts', 'src/main/db/header.ts', 'src/main/db/open.ts', 'src/main/db/migrate.ts'],
    tests: [
      'src/main/db/probe.test.ts',
      'src/main/db/probe-newer.test.ts',
      'src/main/db/probe-refusals.test.ts',
      'src/main/db/header.test.ts',
      'src/main/db/open.test.ts',
      'src/main/db/open-failures.test.ts',
      'src/main/db/migrate.test.ts',
      'src/main/db/startup.test.ts',
      'src/main/db/startup-read-only.test.ts',
    ],
  },
  {
    name: 'bundles',
    title: 'bundle import + merge',
    mutate: ['src/main/features/bundles/import.ts', 'src/main/features/bundles/merge.ts'],
    // The fast rules tests only: conflicts/tombstones/refusals.test.ts (two laptops, real age at the default
    // work factor) take about 4 minutes on their own, which would make a mutation run hours long.
    tests: ['src/main/features/bundles/merge-rules.test.ts', 'src/main/features/bundles/import-rules.test.ts'],
  },
  {
    name: 'scheduling',
    title: 'rehearsal scheduling',
    mutate: ['src/shared/scheduling.ts'],
    tests: ['src/shared/scheduling.test.ts'],
  },
  {
    name: 'revisions',
    title: 'revision window',
    mutate: ['src/main/features/history/service.ts', 'src/main/features/history/forget-details.ts'],
    tests: ['src/main/features/history/*.test.ts'],
  },
];
