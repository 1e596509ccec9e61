/**
 * The permission table's types and the guard that applies it. Every channel has one entry (a missing one is a
 * compile error, and the permission matrix test runs every channel as four kinds of caller): who may call it
 * (anyone, a trainer, or the owner of the data — the ambassador whose workspace is open in the calling window,
 * or a trainer) and, for lists that mix people, what the caller gets to see of the others.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { CallContext, Handlers, Viewer } from './handler-types';
import type { Services } from './services';

export type Allow<C extends ChannelName> =
  | 'anyone'
  /** Trainer mode must be unlocked in the calling window; the text finishes "Only a trainer can …". */
  | { trainer: string }
  /**
   * The ambassador the data belongs to, or a trainer. `undefined` means the record does not exist (the handler
   * then says so); `null` means it belongs to nobody in particular, so only a trainer may touch it.
   */
  | { owner: (input: ParsedInput<C>, services: Services) => string | null | undefined }
  /** Anything else: true, or the sentence that says why not. */
  | { check: (input: ParsedInput<C>, viewer: Viewer, services: Services) => true | string };

export interface Permission<C extends ChannelName> {
  allow: Allow<C>;
  /** What the caller may see of the answer (e.g. only their own rows, others by their public name). */
  redact?: (output: ChannelOutput<C>, viewer: Viewer, services: Services) => ChannelOutput<C>;
}

export type FeaturePermissions<Channels> = { [C in keyof Channels & ChannelName]: Permission<C> };
export type Permissions = { [C in ChannelName]: Permission<C> };

export type Verdict = { allowed: true } | { allowed: false; message: string };

const NOT_YOURS =
  'This belongs to another ambassador’s workspace, so it was not shown or changed. Open your own workspace, or unlock trainer mode.';

/** Reads an owner without throwing: a missing record is `undefined`. */
export function ownerOf(read: () => string | null): string | null | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

export function decide<C extends ChannelName>(
  permission: Permission<C>,
  input: ParsedInput<C>,
  viewer: Viewer,
  services: Services,
): Verdict {
  const { allow } = permission;
  if (allow === 'anyone') return { allowed: true };
  if ('trainer' in allow) {
    return viewer.trainer
      ? { allowed: true }
      : { allowed: false, message: `Only a trainer can ${allow.trainer}. Unlock trainer mode first.` };
  }
  if ('owner' in allow) {
    if (viewer.trainer) return { allowed: true };
    const owner = allow.owner(input, services);
    if (owner === undefined) return { allowed: true };
    return owner !== null && owner === viewer.ambassadorId ? { allowed: true } : { allowed: false, message: NOT_YOURS };
  }
  const answer = allow.check(input, viewer, services);
  return answer === true ? { allowed: true } : { allowed: false, message: answer };
}

/** What dispatch calls: a handler behind its permission, with the caller resolved from its client id. */
export type Endpoint = (input: unknown, call: CallContext) => Promise<unknown>;
export type Endpoints = { [C in ChannelName]: Endpoint };

export function guardHandlers(handlers: Handlers, permissions: Permissions, services: Services): Endpoints {
  const entries = (Object.keys(handlers) as ChannelName[]).map((channel) => {
    const handler = handlers[channel] as (
      input: unknown,
      ctx: { transport: CallContext['transport']; viewer: Viewer },
    ) => unknown;
    const permission = permissions[channel] as Permission<ChannelName>;
    const endpoint: Endpoint = async (input, call) => {
      const viewer = services.access.viewer(call.clientId);
      const verdict = decide(permission, input as ParsedInput<ChannelName>, viewer, services);
      if (!verdict.allowed) throw new AppError('FORBIDDEN', verdict.message);
      const output = await handler(input, { transport: call.transport, viewer });
      return permission.redact ? permission.redact(output as ChannelOutput<ChannelName>, viewer, services) : output;
    };
    return [channel, endpoint] as const;
  });
  return Object.fromEntries(entries) as Endpoints;
}
