import { createContext, use, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { builtInRules, mergeRules } from '../../../../shared/checks/language-guide';
import type { LanguageRule } from '../../../../shared/checks/language-guide-schema';
import {
  DEFAULT_WORDS_PER_SECOND,
  runAllChecks,
  type ChecksResult,
  type LengthOptions,
  type SafeguardingContext,
} from '../../../../shared/checks';
import { useCohortLanguageRules } from '../language-rules/queries';

/**
 * What every live check on a screen shares: the ambassador's privacy settings (for safeguarding) and their
 * speaking pace. Screens that use checks are loaded lazily, so the checks (retext and the language guide) stay
 * out of the app's first download.
 */
interface ChecksSettings {
  safeguarding: SafeguardingContext | undefined;
  wordsPerSecond: number;
  /** The built-in language guide plus the cohort's own rules, when it has any. */
  rules: readonly LanguageRule[] | undefined;
}

const ChecksContext = createContext<ChecksSettings>({
  safeguarding: undefined,
  wordsPerSecond: DEFAULT_WORDS_PER_SECOND,
  rules: undefined,
});

export function safeguardingFor(ambassador: Ambassador | undefined): SafeguardingContext | undefined {
  if (!ambassador) return undefined;
  return {
    privateDetails: ambassador.privateDetails,
    topicsDeclined: ambassador.topicsDeclined,
    fullName: ambassador.fullName,
    firstName: ambassador.firstName,
    pseudonym: ambassador.pseudonym,
    nameMode: ambassador.nameMode,
  };
}

export function ChecksProvider({
  ambassador,
  wordsPerSecond = DEFAULT_WORDS_PER_SECOND,
  children,
}: {
  ambassador: Ambassador | undefined;
  wordsPerSecond?: number;
  children: ReactNode;
}) {
  const cohortRules = useCohortLanguageRules(ambassador?.cohortId ?? null).data;
  const rules = useMemo(() => {
    if (!cohortRules || cohortRules.length === 0) return undefined;
    // Stored rules were validated when saved; if they no longer merge, the built-in guide still applies.
    const merged = mergeRules(builtInRules(), cohortRules);
    return merged.ok ? merged.value : undefined;
  }, [cohortRules]);
  const value = useMemo(
    () => ({ safeguarding: safeguardingFor(ambassador), wordsPerSecond, rules }),
    [ambassador, wordsPerSecond, rules],
  );
  return <ChecksContext value={value}>{children}</ChecksContext>;
}

export function useChecksSettings(): ChecksSettings {
  return use(ChecksContext);
}

export type LengthCheck = Omit<LengthOptions, 'wordsPerSecond'>;

/**
 * Runs every check on a text as it changes. The text is deferred, so a slow check never holds up a keystroke:
 * React shows the typed character first and the findings a moment later.
 */
export function useTextChecks(text: string, length?: LengthCheck): ChecksResult & { text: string } {
  const { safeguarding, wordsPerSecond, rules } = useChecksSettings();
  const deferred = useDeferredValue(text);
  const kind = length?.kind;
  const platformLimit = length?.platformLimit;
  return useMemo(
    () => ({
      ...runAllChecks(deferred, {
        rules,
        safeguarding,
        length: kind ? { kind, platformLimit, wordsPerSecond } : undefined,
      }),
      // The text the findings' offsets refer to (it can lag one render behind what is typed).
      text: deferred,
    }),
    [deferred, rules, safeguarding, kind, platformLimit, wordsPerSecond],
  );
}
