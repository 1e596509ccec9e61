import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppStatus } from '../../shared/features/app/channels';
import type { Services } from './services';

export type Transport = 'electron' | 'http' | 'direct';

/** What a transport knows about a call: how it came, and which window or tab (client) sent it. */
export interface CallContext {
  transport: Transport;
  /** A random id each window or tab makes when it loads; its session (workspace, trainer mode) hangs on it. */
  clientId: string;
}

/** Who is calling, as the backend's own session state says (never as the screen claims). */
export interface Viewer {
  clientId: string;
  /** The open workspace: the ambassador whose work this window may see and change. */
  ambassadorId: string | null;
  /** The unlocked trainer, or null when trainer mode is locked in this window. */
  trainer: { id: string; name: string } | null;
}

/** What a handler gets besides its input, after the permission table has let the call through. */
export interface HandlerContext {
  transport: Transport;
  viewer: Viewer;
}

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One function per channel. A channel in the contract without an entry here is a compile error. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/** The handlers of one feature: exactly the channels it declares in src/shared/features/<name>/channels.ts. */
export type FeatureHandlers<Channels> = { [C in keyof Channels & ChannelName]: Handler<C> };

export interface HandlerCapabilities {
  /**
   * Saves a file where the person chooses (Electron's save dialog + atomic write), returning the path or null
   * when the dialog was closed. Browser mode has none: the PDF goes back to the page to download.
   */
  savePdf?: (title: string, bytes: Uint8Array) => Promise<string | null>;
  /** The same for a work bundle: saved under the suggested file name where the person chooses, or null. */
  saveFile?: (fileName: string, bytes: Uint8Array) => Promise<string | null>;
}

/** What every feature's handlers may use besides the services. */
export interface HandlerEnv {
  services: Services;
  status: () => AppStatus;
  capabilities: HandlerCapabilities;
}
