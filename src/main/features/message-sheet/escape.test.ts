import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('turns markup and scripts into inert text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('</style><script>x</script>')).not.toMatch(/[<>]/);
    expect(escapeHtml('" onmouseover="x')).toBe('&quot; onmouseover=&quot;x');
  });

  it('leaves every script as typed', () => {
    for (const text of ['أميرة مهندسة', 'Олена — хор', '林帮助家政工人', 'ትግርኛ', 'Zoë’s “quote”', '👩🏽‍🔬']) {
      expect(escapeHtml(text)).toBe(text);
    }
  });

  it('drops control characters and repairs lone surrogates', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(escapeHtml('line\nnext\ttab\r')).toBe('line\nnext\ttab\r');
    expect(escapeHtml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeHtml('x\uDC00y')).toBe('x\uFFFDy');
    expect(escapeHtml('\uD83D\uDE00')).toBe('\uD83D\uDE00');
  });

  it('is not idempotent by accident: escaping twice escapes the ampersands', () => {
    expect(escapeHtml(escapeHtml('<'))).toBe('&amp;lt;');
  });
});
