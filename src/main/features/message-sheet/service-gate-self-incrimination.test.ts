/**
 * The sheet service stops on a self-incriminating text as on a private detail: preview, copy and export are
 * held until the ambassador removes it or records that it may be printed (after asking their legal adviser).
 */
import { describe, expect, it } from 'vitest';
import { handMadePdf } from '../../pdf/pdf-inspect.test-support';
import { failure, useSheetTestEnv } from './service.test-env';
import { seedSampleSheets } from './service.test-support';

const env = useSheetTestEnv();

describe('safeguarding gate: self-incrimination', () => {
  it('holds copy and export until the words are confirmed, and asks again when the text changes', async () => {
    const services = await env.studio(() => ({ print: async () => handMadePdf(1), close: async () => undefined }));
    const s = seedSampleSheets(services);
    services.ambassadors.update(s.amira.id, { shortBio: 'I came here illegally in 2019. Now I design software.' });

    const preview = services.sheets.preview(s.amira.id, {});
    expect(preview.blocked).toBe(true);
    expect(preview.findings.map((f) => [f.id, f.kind, f.confirmable])).toEqual([
      ['bio:self_incrimination:0', 'self_incrimination', true],
    ]);
    expect(preview.findings[0]?.message).toBe(
      'Short bio contains words that could affect your asylum or immigration case. Check with your legal adviser first, then remove it, or confirm that it may appear on the sheet.',
    );
    const stopped = await failure(() => services.sheets.text(s.amira.id, {}));
    expect(stopped.code).toBe('CONFLICT');
    expect(stopped.message).toMatch(/^The sheet was not exported: Short bio contains words that could affect/);
    expect((await failure(services.sheets.export(s.amira.id, {}))).code).toBe('CONFLICT');

    const confirmation = services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:self_incrimination:0', 'Amira');
    expect(confirmation).toMatchObject({ field: 'bio', kind: 'self_incrimination', confirmedBy: 'Amira' });
    expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(false);
    expect(services.sheets.text(s.amira.id, {})).toContain('I came here illegally in 2019.');

    services.ambassadors.update(s.amira.id, { shortBio: 'I came here illegally in 2018. Now I design software.' });
    expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(true);
    // A denial is a drafting prompt only: the sheet is not held for it.
    services.ambassadors.update(s.amira.id, { shortBio: 'I never worked illegally. Now I design software.' });
    expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(false);
  });
});
