/**
 * The renderer's one data layer. Every channel answer is cached by TanStack Query under the key
 * `[channel, input]`, so two screens reading the same data share one entry. After a command succeeds, every
 * cached answer whose channel reads one of the topics the command changes is reloaded (the topics are
 * declared with the channel in src/shared/features/<name>/channels.ts), so no screen keeps its own list of
 * what to refresh.
 */
import { keepPreviousData, skipToken, useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Topic } from '../../../shared/channel';
import { createStudioApi } from '../../../shared/client';
import {
  contract,
  isChannelName,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type StudioApi,
} from '../../../shared/contract';
import { useApi, useTransportApi } from './ApiProvider';
import { LOST_CONTACT_MESSAGE, type AppErrorShape, type Result } from './result';

/** A failed Result, carried through TanStack Query as an error. */
export class ChannelError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ChannelError';
  }
}

function asErrorShape(error: unknown): AppErrorShape {
  if (error instanceof ChannelError) return error.shape;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : LOST_CONTACT_MESSAGE };
}

export function channelKey<C extends ChannelName>(channel: C, input: ChannelInput<C>): QueryKey {
  return [channel, input];
}

function readsAny(key: QueryKey, topics: readonly Topic[]): boolean {
  const channel = key[0];
  if (typeof channel !== 'string' || !isChannelName(channel)) return false;
  return contract[channel].topics.some((topic) => topics.includes(topic));
}

/** Reloads (or, when nobody shows them, forgets) every cached answer that reads one of the topics. */
export function invalidateTopics(queryClient: QueryClient, topics: readonly Topic[]): Promise<void> {
  if (topics.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({ predicate: (query) => readsAny(query.queryKey, topics) });
}

export interface ChannelQuery<T> {
  data: T | undefined;
  error: AppErrorShape | null;
  /** True until the first answer (or error) for this input arrives. */
  loading: boolean;
  /** True while any request for it is on its way, including a reload. */
  fetching: boolean;
  reload(): Promise<void>;
}

/**
 * Reads one channel; `input: null` means "nothing to load yet" (e.g. no ambassador chosen). The answer is
 * shared by every component that asks for the same channel and input.
 */
export function useChannelQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C> | null,
  options: { keepPrevious?: boolean } = {},
): ChannelQuery<ChannelOutput<C>> {
  const api = useTransportApi();
  const query = useQuery<ChannelOutput<C>, ChannelError>({
    queryKey: [channel, input],
    queryFn:
      input === null
        ? skipToken
        : async () => {
            const call = api[channel] as (i: unknown) => Promise<Result<ChannelOutput<C>>>;
            const result = await call(input);
            if (!result.ok) throw new ChannelError(result.error);
            return result.value;
          },
    // For answers that follow typing (search): the last results stay while the next ones load, so they do not blink.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    if (input !== null) await refetch();
  }, [input, refetch]);
  return {
    data: query.data,
    error: query.error ? asErrorShape(query.error) : null,
    loading: input !== null && query.isPending,
    fetching: query.isFetching,
    reload,
  };
}

/**
 * The API the screens use: the transport's API, except that a command that succeeds first refreshes every
 * cached answer it made stale, then resolves. So after `await api['quote:update'](...)` every list showing
 * that quote is current, and no screen has to know which lists those are.
 */
export function withInvalidation(api: StudioApi, queryClient: QueryClient): StudioApi {
  return createStudioApi(async (channel, input) => {
    if (!isChannelName(channel))
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel called "${channel}".` } };
    let result: Result<unknown>;
    try {
      result = await (api[channel] as (i: unknown) => Promise<Result<unknown>>)(input);
    } catch (error) {
      result = { ok: false, error: asErrorShape(error) };
    }
    const definition = contract[channel];
    if (result.ok && definition.kind === 'command') await invalidateTopics(queryClient, definition.topics);
    return result;
  });
}

export interface ChannelMutation<C extends ChannelName> {
  run(input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** True while a call is on its way (for a button's loading state). */
  busy: boolean;
  /** The last failure, until the next call. */
  error: AppErrorShape | null;
}

/** A command with its busy and error state, for a button; `run` resolves to the Result after refreshing what it changed. */
export function useChannelMutation<C extends ChannelName>(channel: C): ChannelMutation<C> {
  const api = useApi();
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (input: ChannelInput<C>) => {
      setPending((n) => n + 1);
      setError(null);
      const result = await (api[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>)(input);
      if (mounted.current) {
        setPending((n) => n - 1);
        setError(result.ok ? null : result.error);
      }
      return result;
    },
    [api, channel],
  );
  return { run, busy: pending > 0, error };
}
