import { Center, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import type { StudioApi } from '../../../shared/contract';
import { ApiProvider } from '../api/ApiProvider';
import { FirstRun } from '../features/first-run/FirstRun';
import { WorkspaceGateProvider } from '../features/access/WorkspaceGate';
import { StudioActionsProvider } from './actions';
import { NavigationProvider } from './navigation';
import { RecoveryScreen, UnreachableScreen } from './RecoveryScreen';
import type { ScreenId } from './screens';
import { Shell } from './Shell';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';
import { ThemeSync } from './ThemeSync';
import { useAppStatus } from '../features/app/queries';
import { useSettings } from '../features/settings/queries';

function Loading() {
  return (
    <Center mih="100vh" component="main">
      <Stack align="center" gap="sm" role="status">
        <Loader aria-hidden />
        <Text>Opening Ambassador Studio…</Text>
      </Stack>
    </Center>
  );
}

/** Decides what to show: recovery when the data cannot be opened, the first run, or the app. */
export function Startup() {
  const status = useAppStatus();
  const settings = useSettings();

  if (status.error) return <UnreachableScreen error={status.error} />;
  if (!status.data) return <Loading />;
  if (status.data.state === 'error') return <RecoveryScreen status={status.data} />;
  if (settings.error && !settings.settings) return <UnreachableScreen error={settings.error} />;
  if (!settings.settings) return <Loading />;
  if (!settings.settings.onboarded) return <FirstRun />;
  return <Shell />;
}

export interface AppProvidersProps {
  api: StudioApi;
  children: ReactNode;
  /** 'test' turns off transitions and portals (component tests). */
  env?: 'default' | 'test';
  initialScreen?: ScreenId;
}

export function AppProviders({ api, children, env = 'default', initialScreen }: AppProvidersProps) {
  return (
    <ApiProvider api={api}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        env={env}
      >
        <ThemeSync />
        <Notifications position="bottom-right" />
        <NavigationProvider initialScreen={initialScreen}>
          <ModalsProvider
            labels={{ confirm: 'Confirm', cancel: 'Cancel' }}
            modalProps={{ closeButtonProps: { 'aria-label': 'Close' } }}
          >
            <WorkspaceGateProvider>
              <StudioActionsProvider>{children}</StudioActionsProvider>
            </WorkspaceGateProvider>
          </ModalsProvider>
        </NavigationProvider>
      </MantineProvider>
    </ApiProvider>
  );
}

export function App({ api }: { api: StudioApi }) {
  return (
    <AppProviders api={api}>
      <Startup />
    </AppProviders>
  );
}
