import type { StudioApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload (built from the contract's channel list); absent in browser mode. */
    api?: StudioApi;
  }
}

export {};
