import { z } from 'zod';
import { formatBytes } from './limits';

/** Binary payloads (photos, later audio and PDFs) travel as Uint8Array on both transports. */
export const bytesSchema = (maxBytes: number, label: string) =>
  z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: `${label} must be binary data` })
    .superRefine((value, ctx) => {
      if (value.byteLength === 0) ctx.addIssue({ code: 'custom', message: `${label} is empty` });
      if (value.byteLength > maxBytes) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is ${formatBytes(value.byteLength)}; the limit is ${formatBytes(maxBytes)}`,
        });
      }
    });
