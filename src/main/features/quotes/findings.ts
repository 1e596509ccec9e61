import {
  builtInRules,
  checkSafeguarding,
  mergeRules,
  runAllChecks,
  type CheckContext,
  type Finding,
  type LanguageRule,
  type SafeguardingContext,
} from '../../../shared/checks';
import type { Ambassador } from '../../../shared/features/ambassadors/schemas';
import {
  ALL_TEXTS,
  REVIEW_FINDING_KINDS,
  type QuoteFinding,
  type ReviewFindingKind,
} from '../../../shared/features/quotes/approval';
import { quoteTexts, type Quote } from '../../../shared/features/quotes/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { LanguageRuleService } from '../language-rules/service';

type ReviewedFinding = Finding & { kind: ReviewFindingKind };
const isReviewed = (f: Finding): f is ReviewedFinding => (REVIEW_FINDING_KINDS as readonly string[]).includes(f.kind);

/** The owner's privacy settings, as the safeguarding check reads them (the same mapping the editor uses). */
function safeguardingOf(a: Ambassador): SafeguardingContext {
  return {
    privateDetails: a.privateDetails,
    topicsDeclined: a.topicsDeclined,
    fullName: a.fullName,
    firstName: a.firstName,
    pseudonym: a.pseudonym,
    nameMode: a.nameMode,
  };
}

/**
 * FNV-1a over the checked text: short, stable, and it changes when the text does. It only has to tell two
 * versions of one field apart, so a 32-bit hash is plenty.
 */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const toQuoteFinding = (field: string, print: string, f: ReviewedFinding): QuoteFinding => ({
  id: `${field}:${f.id}:${print}`,
  kind: f.kind,
  severity: f.severity,
  field,
  message: f.message,
  suggestion: f.suggestion,
});

const JIGSAW = 'safeguarding:jigsaw:all';

export function findingsIn(quote: Quote, context: CheckContext): QuoteFinding[] {
  const texts = quoteTexts(quote);
  const found = texts.flatMap(({ field, text }) => {
    const print = fingerprint(text);
    return runAllChecks(text, context)
      .findings.filter(isReviewed)
      .map((f) => toQuoteFinding(field, print, f));
  });
  // Details spread over several texts can identify someone together, as the editor's warning says; one
  // field alone would not show it.
  if (!context.safeguarding || found.some((f) => f.id.includes(JIGSAW))) return found;
  const combined = texts.map((t) => t.text).join('\n\n');
  const jigsaw = checkSafeguarding(combined, context.safeguarding).find((f) => f.id === JIGSAW);
  return jigsaw && isReviewed(jigsaw) ? [toQuoteFinding(ALL_TEXTS, fingerprint(combined), jigsaw), ...found] : found;
}

/**
 * The safeguarding and language findings the backend holds a quote's approval to: the same checks the editor
 * runs live, with the owner's profile and their cohort's language rules.
 */
export function createQuoteFindings(ctx: ServiceContext, languageRules: LanguageRuleService) {
  const ambassadors = ctx.repo(createAmbassadorRepository);

  const rulesFor = (cohortId: string | null): readonly LanguageRule[] => {
    if (cohortId === null) return builtInRules();
    let own: LanguageRule[] = [];
    try {
      own = languageRules.get(cohortId);
    } catch (error) {
      // A cohort that is gone has no rules of its own; the built-in guide still applies.
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    }
    if (own.length === 0) return builtInRules();
    // Stored rules were validated when saved; if they no longer merge, the built-in guide still applies.
    const merged = mergeRules(builtInRules(), own);
    return merged.ok ? merged.value : builtInRules();
  };

  const contextFor = (ambassadorId: string): CheckContext => {
    const owner = ambassadors.get(ambassadorId);
    return { rules: rulesFor(owner?.cohortId ?? null), safeguarding: owner ? safeguardingOf(owner) : undefined };
  };

  return {
    /** Findings by quote id; each owner's profile and rules are read once however many quotes they have. */
    of(quotes: readonly Quote[]): Map<string, QuoteFinding[]> {
      const contexts = new Map<string, CheckContext>();
      return new Map(
        quotes.map((q) => {
          const context = contexts.get(q.ambassadorId) ?? contextFor(q.ambassadorId);
          contexts.set(q.ambassadorId, context);
          return [q.id, findingsIn(q, context)];
        }),
      );
    },
  };
}

export type QuoteFindings = ReturnType<typeof createQuoteFindings>;
