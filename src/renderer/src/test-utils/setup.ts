/**
 * Setup for the component tests (jsdom): jest-dom matchers, the browser APIs Mantine expects that jsdom
 * lacks, and a clean DOM and storage between tests.
 */
import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

const noop = () => undefined;

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: noop,
      removeListener: noop,
      addEventListener: noop,
      removeEventListener: noop,
      dispatchEvent: () => false,
    }),
  });
}

class ResizeObserverStub {
  observe = noop;
  unobserve = noop;
  disconnect = noop;
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// Textarea autosize listens for web fonts loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: noop, removeEventListener: noop, ready: Promise.resolve() },
  });
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = noop;
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = noop;

// jsdom's Blob has no arrayBuffer(); photos are read with it.
if (!Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
      reader.readAsArrayBuffer(this);
    });
  };
}

// Photos are shown from blob: URLs; jsdom has no object URLs.
if (!URL.createObjectURL) {
  let next = 0;
  Object.defineProperty(URL, 'createObjectURL', { writable: true, value: () => `blob:test/${(next += 1)}` });
  Object.defineProperty(URL, 'revokeObjectURL', { writable: true, value: noop });
}

beforeEach(() => {
  act(() => notifications.clean());
});

afterEach(() => {
  cleanup();
  // The notifications store is module-level; clear it so one test's messages do not leak into the next.
  act(() => notifications.clean());
  sessionStorage.clear();
  localStorage.clear();
  vi.useRealTimers();
});
