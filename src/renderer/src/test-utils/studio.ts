import { afterEach } from 'vitest';
import { createTestStudio, type TestStudio, type TestStudioOptions } from '../../../main/test-support/test-studio';

const open: TestStudio[] = [];

afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

/** A fresh real backend for one test; closed (and its folder removed) after the test. */
export async function openStudio(options: TestStudioOptions = {}): Promise<TestStudio> {
  const studio = await createTestStudio(options);
  open.push(studio);
  return studio;
}
