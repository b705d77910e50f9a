import { describe, expect, it } from 'vitest';
import type { ImportState } from '../../../api/interop-history';
import { count, fileSize, percentDone, withProgress } from './import-progress';

const running: ImportState = {
  id: 'a',
  status: 'running',
  progress: { done: 10, total: 100 },
  counts: null,
  errors: [],
  files: [],
  createdAt: '2026-05-01T00:00:00Z',
  finishedAt: null,
};
const event = (done: number, total = 100, id = 'a') =>
  ({ type: 'history_import.progress', id, status: 'running', done, total }) as const;

describe('a history import’s progress', () => {
  it('is a whole percentage, 100 only once done, 0 before the total is known', () => {
    expect(percentDone({ done: 1, total: 3 }, 'running')).toBe(33);
    expect(percentDone({ done: 100, total: 100 }, 'running')).toBe(99);
    expect(percentDone({ done: 0, total: 0 }, 'running')).toBe(0);
    expect(percentDone({ done: 40, total: 100 }, 'done')).toBe(100);
    expect(percentDone({ done: 40, total: 100 }, 'rejected')).toBe(40);
  });

  it('moves on with the import’s own events, never backwards, and not once it has finished', () => {
    expect(withProgress(running, event(50)).progress).toEqual({ done: 50, total: 100 });
    expect(withProgress(running, event(5))).toBe(running);
    expect(withProgress(running, event(50, 100, 'b'))).toBe(running);
    expect(withProgress(running, event(5, 200)).progress).toEqual({ done: 5, total: 200 });
    const done = { ...running, status: 'done' as const };
    expect(withProgress(done, event(90))).toBe(done);
  });

  it('writes sizes and counts with their unit and grouping', () => {
    expect(fileSize(512, 'zh-CN')).toBe('512 B');
    expect(fileSize(1536, 'zh-CN')).toBe('1.5 KB');
    expect(fileSize(200 * 1024 * 1024, 'en-US')).toBe('200.0 MB');
    expect(count(1234567, 'en-US')).toBe('1,234,567');
  });
});
