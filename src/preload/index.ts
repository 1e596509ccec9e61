/**
 * The sandboxed preload (bundled to out/preload/index.cjs). It exposes `window.api`: one function per
 * contract channel, each a plain ipcRenderer.invoke. Nothing else crosses the bridge: no ipcRenderer, no
 * event objects, no generic "invoke any channel". Built from CHANNEL_NAMES (not the contract) so the schema
 * library stays out of the preload bundle; the main process validates every input anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/channels';
import type { StudioApi } from '../shared/contract';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as StudioApi;

contextBridge.exposeInMainWorld('api', api);
