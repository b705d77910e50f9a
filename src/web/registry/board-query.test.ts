import { describe, expect, it } from 'vitest';
import { boardSearch, filterFromParams, hasFilters, withFilter, withoutFilters } from './board-query';

describe('the board in the address', () => {
  it('reads the filters, trimmed, dropping an unknown status', () => {
    const params = new URLSearchParams('date=2026-11-22&q=%20zs%20&room=OR-01&status=asleep&surgeon=李外科');
    expect(filterFromParams(params)).toEqual({ q: 'zs', room: 'OR-01', surgeon: '李外科' });
    expect(filterFromParams(new URLSearchParams('status=in_room&anesthesiologist=王麻醉'))).toEqual({
      status: 'in_room',
      anesthesiologist: '王麻醉',
    });
    expect(filterFromParams(new URLSearchParams('q=&room='))).toEqual({});
  });

  it('sets and removes one filter, keeping the day and the others', () => {
    const params = new URLSearchParams('date=2026-11-22&room=OR-01');
    expect(withFilter(params, 'q', 'zs').toString()).toBe('date=2026-11-22&room=OR-01&q=zs');
    expect(withFilter(params, 'room', undefined).toString()).toBe('date=2026-11-22');
    expect(withFilter(params, 'room', ' ').toString()).toBe('date=2026-11-22');
    expect(withoutFilters(new URLSearchParams('date=2026-11-22&q=zs&status=in_room')).toString()).toBe(
      'date=2026-11-22',
    );
    expect(params.toString()).toBe('date=2026-11-22&room=OR-01');
  });

  it('asks the server with the day and the filters only', () => {
    expect(boardSearch('2026-11-22', {})).toBe('date=2026-11-22');
    expect(boardSearch('2026-11-22', { q: '张 三', status: 'in_room' })).toBe(
      'date=2026-11-22&q=%E5%BC%A0+%E4%B8%89&status=in_room',
    );
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ room: 'OR-01' })).toBe(true);
  });
});
