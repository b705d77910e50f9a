import { describe, expect, it } from 'vitest';
import { multiLineText, nonTextPaths, singleLineText } from './text';

describe('free text', () => {
  it('accepts any printable text as typed: quotes, markup, semicolons, emoji, Chinese punctuation', () => {
    for (const s of [
      "Barrett's esophagus",
      '<script>alert(1)</script>',
      'a; b',
      '"引号"，《书名》……',
      '😀👍🏻',
      'x\\y',
    ]) {
      expect(singleLineText(100).parse(s)).toBe(s);
      expect(multiLineText(100).parse(s)).toBe(s);
    }
  });

  it('refuses control characters and unpaired surrogates; line breaks only where a field is multi-line', () => {
    for (const s of ['a\u0000b', 'a\u0007', 'a\u007f', 'a\u0085', 'a\ud800b']) {
      expect(singleLineText(100).safeParse(s).success, JSON.stringify(s)).toBe(false);
      expect(multiLineText(100).safeParse(s).success, JSON.stringify(s)).toBe(false);
    }
    expect(singleLineText(100).safeParse('line 1\nline 2').success).toBe(false);
    expect(multiLineText(100).parse('line 1\n\tline 2\r\nline 3')).toBe('line 1\n\tline 2\r\nline 3');
  });

  it('names the path of every string or key holding a non-text character, however deep', () => {
    const deep: unknown[] = [];
    let at = deep;
    for (let i = 0; i < 10_000; i += 1) {
      const next: unknown[] = [];
      at.push(next);
      at = next;
    }
    at.push('\u0000');
    expect(nonTextPaths(deep)).toHaveLength(1);
    expect(
      nonTextPaths({ a: ['ok', 'b\u0000'], 'k\u0001': 1, c: { d: 'tab\tok\n' } }, ['querystring']).sort(),
    ).toEqual(['querystring.a.1', 'querystring.k\\u0001']);
  });
});
