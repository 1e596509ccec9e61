import { describe, expect, it } from 'vitest';
import { ambassador, cohort, inputs, PNG, quote } from '../../../shared/features/message-sheet/fixtures.test-support';
import {
  fitReport,
  measureSheetFit,
  type FitDocument,
  type FitElement,
} from '../../../shared/features/message-sheet/fit';
import { renderSheetHtml, SHEET_CSP } from './html';
import { renderPackHtml, type PackCoverModel } from './pack-html';
import { buildSheetModel, type SheetModel } from '../../../shared/features/message-sheet/model';
import { sheetAsText } from './text';

function model(extra: Parameters<typeof inputs>[0] = {}): SheetModel {
  const built = buildSheetModel(inputs(extra));
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

const ATTACK_BIO = '<img src=x onerror=alert(1)> and <script>alert(1)</script> & "quotes" \'too\'';

describe('renderSheetHtml', () => {
  it('is one complete document with the title, author, page size and margins', () => {
    const html = renderSheetHtml(model());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Message sheet - Olena</title>');
    expect(html).toContain('<meta name="author" content="Harbour Voices">');
    expect(html).toMatch(/@page \{ size: A4 portrait; margin: 12mm; \}/);
    expect(renderSheetHtml(model({ options: { paper: 'Letter' } }))).toMatch(
      /@page \{ size: letter portrait; margin: 12.7mm; \}/,
    );
    expect(html.trim().endsWith('</html>')).toBe(true);
  });

  it('allows no scripts at all, loads nothing from the network and uses system Noto fonts', () => {
    const html = renderSheetHtml(model({ logo: PNG }));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${SHEET_CSP.replace(/'/g, '&#39;')}">`);
    expect(SHEET_CSP).toContain("script-src 'none'");
    expect(SHEET_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/@font-face|@import|url\(/);
    expect(html).toMatch(/font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic".*"Noto Sans CJK SC"/);
    expect([...html.matchAll(/<img [^>]*src="([^"]*)"/g)].every((m) => m[1]!.startsWith('data:image/'))).toBe(true);
  });

  it('escapes every person-written string, in text and attributes', () => {
    const evil = ambassador({
      nameMode: 'pseudonym',
      pseudonym: '<b>Lin</b>"',
      shortBio: ATTACK_BIO,
      role: '</p><script>x</script>',
      pronouns: '<i>',
      languages: ['<u>English</u>'],
      topicsWelcome: ['<marquee>'],
      topicsDeclined: ['" onload="x'],
    });
    const html = renderSheetHtml(
      model({
        ambassador: evil,
        cohort: cohort({
          organisation: '<Org & "Co">',
          campaign: '<h1>Camp</h1>',
          hashtag: '#<tag>',
          pressContact: { name: '<n>', email: '<e>', phone: '<p>' },
        }),
        quotes: [quote('<iframe src="https://evil.example"></iframe>')],
        options: { includePhoto: false },
      }),
    );
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;',
    );
    expect(html).toContain('data-sheet-name="&lt;b&gt;Lin&lt;/b&gt;&quot;"');
    expect(html).toContain('<title>Message sheet - &lt;b&gt;Lin&lt;/b&gt;&quot;</title>');
    expect(html).toContain('content="&lt;Org &amp; &quot;Co&quot;&gt;"');
    for (const tag of ['<img', '<script', '<b>', '<i>', '<u>', '<marquee', '<iframe', '<n>', '<e>', '<p>', '<tag>']) {
      expect(html, tag).not.toContain(tag === '<p>' ? '<p></p>' : tag);
    }
    expect(html).not.toContain('onload="x');
  });

  it('gives every block of person-written text dir="auto"', () => {
    const html = renderSheetHtml(model({ ambassador: ambassador({ shortBio: 'أميرة مهندسة' }) }));
    // Every element whose own text came from a person carries dir="auto".
    const userStrings = [
      'Olena',
      'she/her',
      'Community choir leader',
      'أميرة مهندسة',
      'Migrants build the places we all call home.',
      'Key message 1',
      'Proof 1',
      'A town is made by the people who turn up.',
      'English',
      'Music and community',
      'The war',
      'Press desk',
      'press@example.org',
      'Harbour Voices',
      'Home Is Where We Build It',
      '#WeBuildHome',
    ];
    for (const s of userStrings) {
      const at = html.indexOf(`>${s}<`);
      expect(at, s).toBeGreaterThan(0);
      const tagStart = html.lastIndexOf('<', at);
      expect(html.slice(tagStart, at), s).toContain('dir="auto"');
    }
  });

  it('marks the sheet and its blocks for the fit check', () => {
    const html = renderSheetHtml(model());
    expect(html).toMatch(/data-sheet="0" data-sheet-name="Olena" data-content-height-px="1031.81"/);
    for (const field of [
      'bio',
      'umbrella',
      'keyMessages.0.message',
      'keyMessages.2.message',
      'quotes.0',
      'quotes.1',
      'topicsDeclined',
    ]) {
      expect(html).toContain(`data-field="${field}"`);
    }
  });

  it('lists the photo only when it is in the model', () => {
    expect(renderSheetHtml(model())).toContain('alt="Photo of Olena"');
    expect(renderSheetHtml(model({ options: { includePhoto: false } }))).not.toContain('class="photo"');
  });
});

describe('renderPackHtml', () => {
  it('puts the cover first, then one page per sheet, each its own page', () => {
    const a = model();
    const b = model({ ambassador: ambassador({ nameMode: 'pseudonym', pseudonym: 'Lin' }) });
    const cover: PackCoverModel = {
      paper: 'A4',
      organisation: 'Harbour Voices',
      campaign: 'Home Is Where We Build It',
      hashtag: '#WeBuildHome',
      logo: null,
      pressContact: { name: 'Press desk', email: 'press@example.org', phone: '' },
      mediaDate: '2026-12-18',
      preparedOn: '2026-10-01',
      ambassadors: [a, b].map((m) => ({ publicName: m.publicName, pronouns: m.pronouns, role: m.role })),
    };
    const html = renderPackHtml(cover, [a, b]);
    expect(html).toContain('<title>Press pack - Home Is Where We Build It</title>');
    expect([...html.matchAll(/data-sheet="(\d+)" data-sheet-name="([^"]*)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['0', 'Cover'],
      ['1', 'Olena'],
      ['2', 'Lin'],
    ]);
    expect(html).toContain('.paper + .paper { break-before: page; }');
    expect(html).toContain('Ambassadors in this pack');
    expect(html).not.toContain('Kovalenko');
  });
});

describe('sheetAsText', () => {
  it('has what the page has, in the same order, and nothing private', () => {
    const text = sheetAsText(model());
    expect(text).toBe(
      [
        'Home Is Where We Build It  #WeBuildHome',
        'Harbour Voices',
        '',
        'Olena (she/her)',
        'Community choir leader',
        '',
        'Olena started a choir in a church hall with six singers.',
        '',
        'Umbrella message',
        'Migrants build the places we all call home.',
        '',
        'Key messages',
        '1. Key message 1',
        '   Proof 1',
        '2. Key message 2',
        '   Proof 2',
        '3. Key message 3',
        '   Proof 3',
        '',
        'Quotes',
        '“A town is made by the people who turn up.”',
        '— Olena, Community choir leader, Home Is Where We Build It',
        '“We sing so nobody sings alone.”',
        '— Olena, Community choir leader, Home Is Where We Build It',
        '',
        'Interview languages: English, Ukrainian (українська)',
        'Happy to talk about: Music and community, Volunteering',
        'Please don’t ask about: The war, Family left behind',
        '',
        'Press contact: Press desk, press@example.org, +44 20 0000 0000',
        'Media day: 18 December 2026',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/Kovalenko|Elm Street|Northgate/);
  });
});

describe('fit check', () => {
  function fakeElement(
    attrs: Record<string, string>,
    rect: { top: number; bottom: number },
    children: FitElement[] = [],
  ): FitElement {
    return {
      getAttribute: (name) => attrs[name] ?? null,
      getBoundingClientRect: () => rect,
      querySelectorAll: () => children,
    };
  }

  it('says the sheet fits when it is within the page (with half a millimetre of slack)', () => {
    const sheet = fakeElement(
      { 'data-sheet': '0', 'data-sheet-name': 'Olena', 'data-content-height-px': '1031.81' },
      { top: 45, bottom: 45 + 1033 },
    );
    const doc: FitDocument = { querySelectorAll: () => [sheet] };
    expect(measureSheetFit(doc)).toEqual({
      fits: true,
      sheets: [{ index: 0, name: 'Olena', fits: true, overflowPx: 0, overflowMm: 0, shorten: [], message: '' }],
    });
  });

  it('says how much too long and what to shorten, largest first', () => {
    const blocks = [
      fakeElement({ 'data-field': 'publicName', 'data-label': 'Public name' }, { top: 100, bottom: 140 }),
      fakeElement({ 'data-field': 'bio', 'data-label': 'Short bio' }, { top: 150, bottom: 400 }),
      fakeElement({ 'data-field': 'quotes.0', 'data-label': 'Quote 1' }, { top: 900, bottom: 1000 }),
      fakeElement({ 'data-field': 'quotes.1', 'data-label': 'Quote 2' }, { top: 1000, bottom: 1150 }),
    ];
    const sheet = fakeElement(
      { 'data-sheet': '0', 'data-sheet-name': 'Olena', 'data-content-height-px': '1031.81' },
      { top: 45, bottom: 1245 },
      blocks,
    );
    const report = measureSheetFit({ querySelectorAll: () => [sheet] });
    expect(report.fits).toBe(false);
    expect(report.sheets[0]).toMatchObject({
      fits: false,
      overflowMm: 45,
      shorten: [
        { field: 'bio', label: 'Short bio' },
        { field: 'quotes.1', label: 'Quote 2' },
        { field: 'quotes.0', label: 'Quote 1' },
      ],
      message:
        "Olena's sheet is about 45 mm too long for one page: shorten Short bio, Quote 2 or Quote 1, or choose fewer quotes.",
    });
  });

  it('reports each page of a pack', () => {
    const report = fitReport([
      { index: 0, name: 'Cover', limitPx: 100, heightPx: 50, blocks: [] },
      { index: 1, name: 'Lin', limitPx: 100, heightPx: 150, blocks: [] },
    ]);
    expect(report.sheets.map((s) => [s.name, s.fits])).toEqual([
      ['Cover', true],
      ['Lin', false],
    ]);
  });
});
