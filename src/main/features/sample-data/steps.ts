/**
 * "Explore with sample data" is a list of steps run in order, in one transaction, after the fictional cohort and
 * its people exist. Each step adds one kind of work through the real services, so every status, approval and
 * schedule was reached the way the app reaches it. A new feature that should show something in the sample adds
 * its step here, and the service it needs to `SampleServices` (and to the `createSampleService` line in
 * `src/main/backend/services.ts`). The agenda is the next one: its service already makes a cohort's agenda from
 * the template on first open, so a step such as `(s) => s.services.agenda.get(s.cohortId)` (or one that dates it
 * to the cohort's media day) makes it part of the sample itself, ready before anyone opens it.
 */
import type { SampleStep } from './env';
import { addSampleHouses } from './houses-step';
import { addSampleQuotes } from './quotes-step';
import { addSampleRehearsals } from './rehearsal-step';

export const SAMPLE_STEPS: readonly SampleStep[] = [addSampleHouses, addSampleQuotes, addSampleRehearsals];
