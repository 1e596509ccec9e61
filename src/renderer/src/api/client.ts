import type { StudioApi } from '../../../shared/contract';
import { createElectronClient } from './electron-client';
import { createHttpClient, takeToken } from './http-client';

/** Electron when the preload exposed window.api, otherwise browser mode over loopback HTTP. */
export function createClient(): StudioApi {
  if (window.api) return createElectronClient(window.api);
  return createHttpClient({ token: takeToken() });
}
