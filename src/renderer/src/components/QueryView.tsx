import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChannelQuery } from '../api/channel-query';
import { Note } from './Note';
import { ScreenLoader } from './ScreenLoader';

export interface QueryViewProps<T> {
  query: ChannelQuery<T>;
  /** Shown while the first answer loads. */
  loadingLabel?: string;
  /** Title of the note shown when loading failed. */
  errorTitle?: string;
  /** When given and true for the data, `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The one way a screen shows loaded data: a loading line first, a clear message with "Try again" when it
 * could not be loaded, the empty state when there is nothing yet, and the content otherwise. Data that was
 * already shown stays on screen while a reload is on its way.
 */
export function QueryView<T>({
  query,
  loadingLabel = 'Loading…',
  errorTitle = 'This could not be loaded',
  isEmpty,
  empty = null,
  children,
}: QueryViewProps<T>) {
  if (query.data === undefined) {
    if (query.error) {
      return (
        <Note title={errorTitle} tone="warning">
          <Stack gap="xs" align="flex-start">
            <Text>{query.error.message}</Text>
            <Button variant="default" size="xs" onClick={() => void query.reload()} loading={query.fetching}>
              Try again
            </Button>
          </Stack>
        </Note>
      );
    }
    return query.loading ? <ScreenLoader label={loadingLabel} /> : null;
  }
  if (isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
