import type { StudioApi } from '../../../shared/contract';
import { createElectronClient } from './electron-client';
import { createHttpClient, takeToken } from './http-client';

/** Electron when the preload exposed window.studio, otherwise browser mode over loopback HTTP. */
export function createClient(): StudioApi {
  if (window.studio) return createElectronClient(window.studio);
  return createHttpClient({ token: takeToken() });
}
