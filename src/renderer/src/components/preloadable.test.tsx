import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (body: React.ReactNode) => <Suspense fallback={<p>Loading the screen</p>}>{body}</Suspense>;

describe('preloadable', () => {
  it('shows the fallback until the code arrives on a first visit that was not preloaded', async () => {
    let arrive: (module: { default: typeof Greeting }) => void = () => undefined;
    const greeting = preloadable(() => new Promise<{ default: typeof Greeting }>((resolve) => (arrive = resolve)));
    // Awaited act: a render that suspends is only retried through act in tests.
    await act(async () => {
      render(inSuspense(<greeting.Body name="Amira" />));
    });
    expect(screen.getByText('Loading the screen')).toBeInTheDocument();
    await act(async () => arrive({ default: Greeting }));
    expect(screen.getByText('Hello Amira')).toBeInTheDocument();
  });

  it('renders at once, without the fallback, once preloaded; and loads the code only once', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Greeting }));
    const greeting = preloadable(load);
    await greeting.preload();
    render(inSuspense(<greeting.Body name="Olena" />));
    expect(screen.getByText('Hello Olena')).toBeInTheDocument();
    expect(screen.queryByText('Loading the screen')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failed load instead of keeping the failure', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Greeting });
    const greeting = preloadable(load);
    await expect(greeting.preload()).rejects.toThrow('offline');
    await greeting.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
