import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import {
  createBrokenStudio,
  createTestStudio,
  type BrokenStudio,
  type TestStudio,
  type TestStudioOptions,
} from '../../../main/test-support/test-studio';

const open: Array<TestStudio | BrokenStudio> = [];

afterEach(() => {
  // Unmount first: a screen's last autosave is flushed on unmount and must still reach an open database.
  cleanup();
  while (open.length > 0) open.pop()?.close();
});

/** A fresh real backend for one test; closed (and its folder removed) after the test. */
export async function openStudio(options: TestStudioOptions = {}): Promise<TestStudio> {
  const studio = await createTestStudio(options);
  open.push(studio);
  return studio;
}

/** The real backend on a data file it refuses (damaged, or from a newer version); closed after the test. */
export async function openBrokenStudio(kind: 'damaged' | 'newer'): Promise<BrokenStudio> {
  const studio = await createBrokenStudio(kind);
  open.push(studio);
  return studio;
}
