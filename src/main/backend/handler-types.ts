import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { AppStatus } from '../../shared/features/app/channels';
import type { Services } from './services';

export interface HandlerContext {
  /** Which transport carried the call; used for logging and role checks. */
  transport: 'electron' | 'http' | 'direct';
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
}

/** What every feature's handlers may use besides the services. */
export interface HandlerEnv {
  services: Services;
  status: () => AppStatus;
  capabilities: HandlerCapabilities;
}
