import * as devalue from 'devalue';
import type { ChannelName, ChannelOutput } from '../../src/shared/contract';
import { TOKEN_HEADER } from '../../src/shared/csp';
import type { Result } from '../../src/shared/result';
import type { RunningStudio } from './studio-process';

/** Calls a channel over HTTP exactly as the browser-mode renderer does (devalue body, session token header). */
export async function httpCall<C extends ChannelName>(
  studio: RunningStudio,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  const response = await fetch(`${studio.origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-devalue+json',
      [TOKEN_HEADER]: await studio.token(),
      origin: studio.origin,
    },
    body: devalue.stringify(input),
  });
  const result = devalue.parse(await response.text()) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}
