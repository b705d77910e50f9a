import { describe, expect, it } from 'vitest';
import { frame, MllpFramer } from './mllp-framer';

const texts = (events: ReturnType<MllpFramer['push']>) =>
  events.map((e) => (e.kind === 'frame' ? e.bytes.toString() : `too_large:${e.size}`));

describe('MLLP framing', () => {
  it('splits several frames in one chunk and joins one frame across chunks, ignoring stray bytes', () => {
    const f = new MllpFramer(1000);
    const both = Buffer.concat([Buffer.from('junk'), frame(Buffer.from('A')), frame(Buffer.from('BB'))]);
    expect(texts(f.push(both, 0))).toEqual(['A', 'BB']);
    const one = frame(Buffer.from('MSH|split'));
    expect(texts(f.push(one.subarray(0, 4), 0))).toEqual([]);
    expect(f.frameStartedAt).toBe(0);
    expect(texts(f.push(one.subarray(4), 1))).toEqual(['MSH|split']);
    expect(f.frameStartedAt).toBeNull();
  });

  it('refuses a frame over the limit', () => {
    const f = new MllpFramer(10);
    expect(texts(f.push(frame(Buffer.alloc(50, 65)), 0))).toEqual(['too_large:50']);
  });
});
