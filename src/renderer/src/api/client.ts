import type { StudioApi } from '../../../shared/contract';
import { createElectronClient } from './electron-client';
import { createHttpClient, takeSessionToken } from './http-client';

/**
 * Electron when the preload exposed window.studio, otherwise browser mode over loopback HTTP. Each page load
 * is a new client (a random id kept in memory only), so a reload starts with trainer mode and any protected
 * workspace locked.
 */
export function createClient(): StudioApi {
  const clientId = crypto.randomUUID();
  if (window.studio) return createElectronClient(window.studio, clientId);
  return createHttpClient({ token: takeSessionToken(), clientId });
}
