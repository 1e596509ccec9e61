import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useEffect } from 'react';
import { notifyError } from '../components/notify';
import { useSettings } from '../features/settings/queries';

/** Applies the saved theme setting (light, dark or auto = match the system) to Mantine. */
export function ThemeSync() {
  const { settings } = useSettings();
  const { setColorScheme } = useMantineColorScheme();
  const theme = settings?.theme;
  useEffect(() => {
    if (theme) setColorScheme(theme);
  }, [theme, setColorScheme]);
  return null;
}

export function ThemeToggle() {
  const { update } = useSettings();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label={next === 'dark' ? 'Use dark theme' : 'Use light theme'}
      onClick={async () => {
        const result = await update({ theme: next });
        if (!result.ok) notifyError(result.error, 'The theme was not changed');
      }}
    >
      {next === 'dark' ? <IconMoon size={20} aria-hidden /> : <IconSun size={20} aria-hidden />}
    </ActionIcon>
  );
}
