import type { StudioBridge } from '../../../shared/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload: one call function on one IPC channel. Absent in browser mode. */
    studio?: StudioBridge;
  }
}

export {};
