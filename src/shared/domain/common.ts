import { z } from 'zod';
import { LIMITS } from '../limits';

/** UUID v4 as produced by crypto.randomUUID(). */
export const idSchema = z.uuid({ message: 'Expected an id' });

export const text = (max: number, label = 'This field') =>
  z.string().max(max, { message: `${label} is too long (at most ${max} characters)` });

export const requiredText = (max: number, label: string) =>
  text(max, label).refine((value) => value.trim().length > 0, { message: `${label} is required` });

export const textList = (label: string) =>
  z
    .array(text(LIMITS.listItem, label))
    .max(LIMITS.listLength, { message: `${label}: at most ${LIMITS.listLength} entries` });

/** ISO date (YYYY-MM-DD) or empty. */
export const isoDate = z.union([z.literal(''), z.iso.date({ message: 'Use a date like 2026-12-18' })]);

export interface Timestamps {
  createdAt: string;
  updatedAt: string;
}
