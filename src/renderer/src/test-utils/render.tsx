import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMockClient, type MockStudioApi } from '../api/mock-client';
import { AppProviders } from '../app/App';
import type { ScreenId } from '../app/screens';

export interface RenderOptions {
  api?: MockStudioApi;
  initialScreen?: ScreenId;
}

/** Renders UI inside the app's providers (Mantine in test mode, api, navigation, modals) with a mock api. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult & { api: MockStudioApi } {
  const api = options.api ?? createMockClient();
  const result = render(
    <AppProviders api={api} env="test" initialScreen={options.initialScreen}>
      {ui}
    </AppProviders>,
  );
  return { ...result, api };
}
