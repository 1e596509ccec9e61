import type { z } from 'zod';
import guideJson from '../../../resources/language-guide.json';
import { fail, ok, type FieldIssue, type Result } from '../result';
import {
  languageGuideSchema,
  languageRulesSchema,
  type LanguageGuide,
  type LanguageRule,
} from './language-guide-schema';

let builtIn: LanguageGuide | undefined;

/**
 * The built-in language guide, validated once. A malformed guide is a build mistake, so this throws
 * with the schema's message rather than silently checking nothing.
 */
export function builtInLanguageGuide(): LanguageGuide {
  if (!builtIn) {
    const parsed = languageGuideSchema.safeParse(guideJson);
    if (!parsed.success) {
      throw new Error(`resources/language-guide.json is invalid: ${describeIssues(parsed.error).join('; ')}`);
    }
    builtIn = parsed.data;
  }
  return builtIn;
}

export function builtInRules(): readonly LanguageRule[] {
  return builtInLanguageGuide().rules;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

function describeIssues(error: z.ZodError): string[] {
  return zodIssues(error).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}

/**
 * Adds a trainer's cohort rules to the built-in ones. Cohort rules go through the same schema; ids must be
 * unique across both lists (a cohort cannot quietly replace a built-in rule). Bad input changes nothing
 * and comes back as a VALIDATION error whose message says what to fix.
 */
export function mergeRules(builtInList: readonly LanguageRule[], cohortRules: unknown): Result<LanguageRule[]> {
  const parsed = languageRulesSchema.safeParse(cohortRules);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error).map((i) => ({
      path: i.path ? `cohortRules${i.path.startsWith('[') ? '' : '.'}${i.path}` : 'cohortRules',
      message: i.message,
    }));
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    return fail(
      'VALIDATION',
      `This cohort rule is not valid: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}${more}`,
      issues,
    );
  }
  const taken = new Set(builtInList.map((r) => r.id));
  const clashes = parsed.data
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => taken.has(rule.id))
    .map(({ rule, index }) => ({
      path: `cohortRules[${index}].id`,
      message: `Rule id "${rule.id}" is already used by the built-in guide; choose another id`,
    }));
  const firstClash = clashes[0];
  if (firstClash) {
    return fail('VALIDATION', `This cohort rule is not valid: ${firstClash.path}: ${firstClash.message}`, clashes);
  }
  return ok([...builtInList, ...parsed.data]);
}
