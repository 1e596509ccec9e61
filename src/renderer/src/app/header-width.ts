import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * How much room the header has, from the window width (the header spans the whole window):
 * - wide (1408 px and up): every control with its words;
 * - medium: the ambassador switcher shows an icon instead of "Current ambassador";
 * - narrow (below 1200 px, e.g. a 1024 px laptop): the mode controls also fold into one menu.
 * Read once before the first paint, so a narrow window never shows the wide header for a frame.
 */
export type HeaderWidth = 'wide' | 'medium' | 'narrow';

export const HEADER_MEDIUM_BELOW = 1408;
export const HEADER_NARROW_BELOW = 1200;

export function useHeaderWidth(): HeaderWidth {
  const options = { getInitialValueInEffect: false };
  const medium = useMediaQuery(`(max-width: ${em(HEADER_MEDIUM_BELOW - 0.1)})`, false, options);
  const narrow = useMediaQuery(`(max-width: ${em(HEADER_NARROW_BELOW - 0.1)})`, false, options);
  if (narrow) return 'narrow';
  return medium ? 'medium' : 'wide';
}
