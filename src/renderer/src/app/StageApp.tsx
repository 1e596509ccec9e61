import { Center, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { theme } from './theme';

const StageView = lazy(() => import('../features/rehearsal/stage/StageView'));

/**
 * The projector window (`?view=stage`). It has no API client and no shell: it only listens to the laptop on a
 * BroadcastChannel, so it can never show or fetch trainer notes. Dark and high-contrast whatever the theme.
 */
export function StageApp() {
  return (
    <MantineProvider theme={theme} forceColorScheme="dark">
      <Suspense
        fallback={
          <Center mih="100vh" component="main" style={{ background: '#000' }}>
            <Loader aria-label="Opening the stage view" />
          </Center>
        }
      >
        <StageView />
      </Suspense>
    </MantineProvider>
  );
}
