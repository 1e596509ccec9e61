/**
 * The in-process transport for component tests: the real handlers and dispatcher, with a devalue round trip
 * on the way in and out so a test sees exactly what crosses the wire (typed arrays kept, functions and class
 * instances refused). Single channels can be overridden to inject a failure or slow answer; every call is
 * recorded.
 */
import * as devalue from 'devalue';
import { createStudioApi } from '../../shared/client';
import type { ChannelInput, ChannelName, ChannelOutput, StudioApi } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import { dispatch } from '../backend/dispatch';
import type { Endpoints } from '../backend/permissions';

export type Override<C extends ChannelName> = (
  input: ChannelInput<C>,
  callReal: () => Promise<Result<ChannelOutput<C>>>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

export interface DirectCall {
  channel: ChannelName;
  input: unknown;
}

export interface DirectApi extends StudioApi {
  /** The window this API stands for. */
  readonly clientId: string;
  /** Every call in order, with its input as the backend received it. */
  readonly calls: DirectCall[];
  /** The inputs of the calls to one channel. */
  callsTo<C extends ChannelName>(channel: C): ChannelInput<C>[];
  /** Answers one channel differently until `restore` (or for good); `callReal` reaches the real handler. */
  override<C extends ChannelName>(channel: C, answer: Override<C>): () => void;
}

function roundTrip<T>(value: T): T {
  return devalue.parse(devalue.stringify(value)) as T;
}

/**
 * `clientId` names the window this API stands for: two APIs with different ids are two windows, each with its
 * own workspace and trainer mode.
 */
export function createDirectApi(handlers: Endpoints, clientId: string = crypto.randomUUID()): DirectApi {
  const calls: DirectCall[] = [];
  const overrides = new Map<string, Override<ChannelName>>();

  const real = async (channel: string, wire: unknown): Promise<Result<unknown>> =>
    roundTrip(await dispatch(handlers, channel, wire, { transport: 'direct', clientId }));

  const api = createStudioApi(async (channel, input) => {
    let wire: unknown;
    try {
      wire = roundTrip(input);
    } catch {
      return fail('VALIDATION', 'This information could not be sent to the app.');
    }
    calls.push({ channel: channel as ChannelName, input: wire });
    const override = overrides.get(channel);
    if (override) return roundTrip(await override(wire as never, () => real(channel, wire) as never));
    return real(channel, wire);
  });

  return Object.assign(api, {
    clientId,
    calls,
    callsTo<C extends ChannelName>(channel: C): ChannelInput<C>[] {
      return calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>);
    },
    override<C extends ChannelName>(channel: C, answer: Override<C>): () => void {
      overrides.set(channel, answer as unknown as Override<ChannelName>);
      return () => overrides.delete(channel);
    },
  });
}
