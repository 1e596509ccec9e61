import { z } from 'zod';
import { SEVERITIES } from './types';

/**
 * Schema of the language guide (resources/language-guide.json) and of the extra rules a trainer adds for
 * a cohort. Both go through the same rule schema, so a cohort rule can never do more than a built-in one.
 */

const TERM_PATTERN = /^[\p{L}\p{M}\p{N}]+(?:[ '’-][\p{L}\p{M}\p{N}]+)*$/u;
const CONTEXT_WORD_PATTERN = /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*\*?$/u;

const term = z
  .string()
  .trim()
  .min(2, { message: 'A term needs at least 2 characters' })
  .max(60, { message: 'A term can have at most 60 characters' })
  .regex(TERM_PATTERN, {
    message: 'A term may only contain letters, numbers, single spaces, hyphens and apostrophes',
  });

const contextWord = z
  .string()
  .trim()
  .min(2, { message: 'A context word needs at least 2 characters' })
  .max(40, { message: 'A context word can have at most 40 characters' })
  .regex(CONTEXT_WORD_PATTERN, {
    message: 'A context word is one word, optionally ending in * to match any word that starts with it',
  });

export const ruleContextSchema = z
  .strictObject({
    /** How many words before and after the term are looked at. */
    window: z.number().int().min(1).max(20),
    /** Which side of the term is looked at (default both). Context never crosses a sentence end. */
    side: z.enum(['before', 'after', 'both']).optional(),
    /** The rule only fires when one of these words is nearby. */
    requireAny: z.array(contextWord).min(1).max(100).optional(),
    /** The rule does not fire when one of these words is nearby. */
    unlessAny: z.array(contextWord).min(1).max(100).optional(),
  })
  .refine((c) => c.requireAny !== undefined || c.unlessAny !== undefined, {
    message: 'A context needs requireAny, unlessAny or both',
  });

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const languageRuleSchema = z.strictObject({
  id: z
    .string()
    .min(2, { message: 'A rule id needs at least 2 characters' })
    .max(60, { message: 'A rule id can have at most 60 characters' })
    .regex(RULE_ID_PATTERN, {
      message: 'A rule id uses lower-case letters, digits and single hyphens, like "my-rule"',
    }),
  terms: z
    .array(term)
    .min(1, { message: 'A rule needs at least one term' })
    .max(50, { message: 'A rule can have at most 50 terms' }),
  why: z.string().trim().min(1, { message: 'Say why the term is a problem' }).max(400),
  alternatives: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  /** Optional lead-in for the suggestion, e.g. "Describe people and numbers plainly." */
  advice: z.string().trim().min(1).max(200).optional(),
  source: z.string().trim().min(1, { message: 'Name the source of the advice' }).max(200),
  severity: z.enum(SEVERITIES).default('warning'),
  /** Also match plural and verb forms of each term's last word (default true). */
  inflect: z.boolean().default(true),
  context: ruleContextSchema.optional(),
});

function duplicateIds(rules: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) dupes.add(rule.id);
    seen.add(rule.id);
  }
  return [...dupes];
}

export const languageRulesSchema = z.array(languageRuleSchema).superRefine((rules, ctx) => {
  for (const id of duplicateIds(rules)) {
    ctx.addIssue({ code: 'custom', message: `Rule id "${id}" is used more than once` });
  }
});

export const languageGuideSchema = z.strictObject({
  version: z.number().int().min(1),
  updated: z.iso.date({ message: 'updated must be a date like 2025-12-18' }),
  notes: z.array(z.string()).optional(),
  rules: languageRulesSchema,
});

export type LanguageRuleInput = z.input<typeof languageRuleSchema>;
export type LanguageRule = z.output<typeof languageRuleSchema>;
export type RuleContext = z.output<typeof ruleContextSchema>;
export type LanguageGuide = z.output<typeof languageGuideSchema>;
