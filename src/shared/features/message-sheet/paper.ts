import { z } from 'zod';

/** Paper sizes a sheet can be printed on. A4 is the default; Letter for North American press contacts. */
export const PAPERS = ['A4', 'Letter'] as const;
export const paperSchema = z.enum(PAPERS);
export type Paper = z.infer<typeof paperSchema>;

export interface PaperSize {
  widthMm: number;
  heightMm: number;
  /** The same margin on every side, set in the template's `@page` rule. */
  marginMm: number;
  /** The page size as PDF readers report it, rounded to whole points. */
  points: { width: number; height: number };
}

export const PAPER_SIZES: Readonly<Record<Paper, PaperSize>> = {
  A4: { widthMm: 210, heightMm: 297, marginMm: 12, points: { width: 595, height: 842 } },
  Letter: { widthMm: 215.9, heightMm: 279.4, marginMm: 12.7, points: { width: 612, height: 792 } },
};

/** CSS pixels per millimetre (96 px per inch). */
export const PX_PER_MM = 96 / 25.4;

/** The printable area of one page (inside the margins), in CSS pixels, which is what one sheet must fit in. */
export function contentBoxPx(paper: Paper): { width: number; height: number } {
  const size = PAPER_SIZES[paper];
  return {
    width: (size.widthMm - 2 * size.marginMm) * PX_PER_MM,
    height: (size.heightMm - 2 * size.marginMm) * PX_PER_MM,
  };
}
