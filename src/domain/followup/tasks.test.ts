import { describe, expect, it } from 'vitest';
import { callResultText, outcomeOfCall } from './tasks';

describe('a follow-up call', () => {
  it('sets the outcome when the patient is reached, and leaves it when not', () => {
    expect(outcomeOfCall({ status: 'alive' })).toEqual({ status: 'alive', deathAt: null, cause: null });
    expect(outcomeOfCall({ status: 'died', deathAt: 5, cause: '肺部感染' })).toEqual({
      status: 'died',
      deathAt: 5,
      cause: '肺部感染',
    });
    expect(outcomeOfCall({ status: 'unreachable', note: '空号' })).toBeNull();
  });

  it('records what was found on the task', () => {
    expect(callResultText({ status: 'alive' })).toBe('alive');
    expect(callResultText({ status: 'died', deathAt: 5, cause: 'x' })).toBe('died');
    expect(callResultText({ status: 'unreachable', note: '空号' })).toBe('unreachable: 空号');
  });
});
