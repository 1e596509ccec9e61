import { checkLanguage } from './language';
import type { LanguageRule } from './language-guide-schema';
import { builtInRules } from './language-guide';
import { checkLength, type LengthOptions, type LengthStats } from './length';
import { checkReadability, type ReadabilityStats } from './readability';
import { checkSafeguarding, type SafeguardingContext } from './safeguarding';
import { checkSelfIncrimination } from './self-incrimination';
import { FINDING_KINDS, SEVERITY_RANK, type Finding } from './types';

export interface CheckContext {
  /** Language rules to use; default the built-in guide. Use mergeRules() to add a cohort's rules. */
  rules?: readonly LanguageRule[];
  /** What the draft is for (press quote, soundbite, social post); no length check without it. */
  length?: LengthOptions;
  /**
   * The ambassador's privacy settings; without them only the self-incrimination prompt runs, since it needs
   * nothing but the text.
   */
  safeguarding?: SafeguardingContext;
}

export interface ChecksResult {
  /** Whole-text findings first (most severe first), then the rest in text order. */
  findings: Finding[];
  readability: ReadabilityStats;
  length: LengthStats | null;
}

const KIND_ORDER = new Map(FINDING_KINDS.map((k, i) => [k, i]));

function compareFindings(a: Finding, b: Finding): number {
  const aWhole = a.start === undefined;
  const bWhole = b.start === undefined;
  if (aWhole !== bWhole) return aWhole ? -1 : 1;
  return (
    (a.start ?? 0) - (b.start ?? 0) ||
    (a.end ?? 0) - (b.end ?? 0) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.kind}|${f.start ?? ''}|${f.end ?? ''}|${f.message}`;
    if (seen.has(f.id) || seen.has(key)) continue;
    seen.add(f.id);
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Every check on one draft, synchronously: fast enough to run as the ambassador types. */
export function runAllChecks(text: string, context: CheckContext = {}): ChecksResult {
  const readability = checkReadability(text);
  const length = context.length ? checkLength(text, context.length) : null;
  const findings: Finding[] = [
    ...checkLanguage(text, context.rules ?? builtInRules()),
    ...readability.findings,
    ...(length?.findings ?? []),
    ...(context.safeguarding ? checkSafeguarding(text, context.safeguarding) : checkSelfIncrimination(text)),
  ];
  findings.sort(compareFindings);
  return { findings: dedupe(findings), readability: readability.stats, length: length?.stats ?? null };
}
