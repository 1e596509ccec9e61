import { createTheme, localStorageColorSchemeManager, type CSSVariablesResolver } from '@mantine/core';

/**
 * Colours chosen for contrast (WCAG AA, 4.5:1 for small text) in both schemes: indigo at shade 7/8 carries
 * white text, and the muted, error and placeholder colours are darker (light) or lighter (dark) than
 * Mantine's defaults, which fall short on white and on dark grey.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  focusRing: 'auto',
  // People who ask their system for less motion get no sliding drawers or fading notifications.
  respectReducedMotion: true,
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans Ethiopic", Ubuntu, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-5)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-3)',
  },
});

/**
 * The saved theme setting is the source of truth; this local copy only avoids a flash of the wrong colours
 * while the settings load.
 */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'ambassador-studio.color-scheme' });
