import { ZodError } from 'zod';
import { contract, isChannelName, type ChannelName, type ChannelOutput } from '../../shared/contract';
import { AppError, fail, ok, type FieldIssue, type Result } from '../../shared/result';
import { storageError } from '../db/errors';
import { zodIssues } from './zod-issues';
import { refuseInput } from '../../shared/safe-input';
import type { CallContext } from './handler-types';
import type { Endpoints } from './permissions';

function validationMessage(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.message}${first.path === '(input)' ? '' : ` [${first.path}]`}${more}`;
}

export function errorToResult(error: unknown): Result<never> {
  if (error instanceof AppError) return { ok: false, error: error.toShape() };
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    return fail('VALIDATION', validationMessage(issues), issues);
  }
  // SQLite and file-system failures (busy, read-only, disk full, not a file…) as one sentence with what to do.
  const storage = storageError(error);
  if (storage) return { ok: false, error: storage.toShape() };
  console.error('[ambassador-studio] unexpected error', error);
  return fail('INTERNAL', 'Something went wrong inside the app. Nothing was changed. Please try again.');
}

/**
 * The single entry point for both transports: unknown channel and input in, a Result out. Input stays
 * `unknown` until the channel's schema has parsed it; no handler ever sees unvalidated data.
 */
export async function dispatch(
  endpoints: Endpoints,
  channelName: string,
  rawInput: unknown,
  call: CallContext,
): Promise<Result<unknown>> {
  if (!isChannelName(channelName)) return fail('UNKNOWN_CHANNEL', `There is no channel called "${channelName}".`);
  // Before the schema: it would walk every path of a shared-reference input, and there can be 2^N of them.
  // The same refusal the renderer's clients give before sending (one definition of its words and shape).
  const refused = refuseInput(rawInput);
  if (refused) return refused;
  // Only a missing input means "no arguments"; null and every other non-object is refused by the schema.
  const parsed = contract[channelName].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return fail('VALIDATION', validationMessage(issues), issues);
  }
  try {
    return ok(await endpoints[channelName](parsed.data, call));
  } catch (error) {
    return errorToResult(error);
  }
}

/** Typed wrapper for Node callers (CLI, bench, tests) that skip the transports; `clientId` names their window. */
export async function call<C extends ChannelName>(
  endpoints: Endpoints,
  channelName: C,
  input: unknown,
  clientId = 'direct',
): Promise<Result<ChannelOutput<C>>> {
  return (await dispatch(endpoints, channelName, input, { transport: 'direct', clientId })) as Result<ChannelOutput<C>>;
}
