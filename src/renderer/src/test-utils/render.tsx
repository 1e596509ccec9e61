import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { TestStudio } from '../../../main/test-support/test-studio';
import { AppProviders } from '../app/App';
import type { ScreenId } from '../app/screens';

export interface RenderOptions {
  initialScreen?: ScreenId;
}

/**
 * Renders UI inside the app's providers (Mantine in test mode, the data layer, navigation, modals), talking
 * to the real backend of `studio` through the in-process transport.
 */
export function renderWithStudio(ui: ReactElement, studio: TestStudio, options: RenderOptions = {}): RenderResult {
  return render(
    <AppProviders api={studio.api} env="test" initialScreen={options.initialScreen}>
      {ui}
    </AppProviders>,
  );
}
