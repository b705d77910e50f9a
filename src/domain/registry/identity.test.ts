import { describe, expect, it } from 'vitest';
import { factsFromIdCard, identityMismatches } from './identity';

// Valid GB 11643 numbers (check digit computed): a woman and a man born 1985-03-12, a man born 1960-01-01.
const WOMAN_1985 = '110105198503120020';
const MAN_1985 = '110105198503120012';
const MAN_1960 = '110105196001010017';

describe('factsFromIdCard', () => {
  it('reads the birth date from characters 7–14 and the sex from the parity of the 17th', () => {
    expect(factsFromIdCard(WOMAN_1985)).toEqual({ birthDate: '1985-03-12', sex: 'female' });
    expect(factsFromIdCard(MAN_1985)).toEqual({ birthDate: '1985-03-12', sex: 'male' });
    expect(factsFromIdCard(` ${MAN_1960} `)).toEqual({ birthDate: '1960-01-01', sex: 'male' });
    expect(factsFromIdCard('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
  });
  it('says nothing of a number that is incomplete, fails its check digit or holds no real date', () => {
    expect(factsFromIdCard('11010519850312')).toBeNull();
    expect(factsFromIdCard('110105198503120021')).toBeNull();
    expect(factsFromIdCard('110105198502300011')).toBeNull(); // 30 February, check digit valid
    expect(factsFromIdCard('')).toBeNull();
    expect(factsFromIdCard(null)).toBeNull();
  });
});

describe('identityMismatches', () => {
  it('names each entered value the number contradicts', () => {
    expect(identityMismatches(WOMAN_1985, { birthDate: '1960-01-01', sex: 'male' })).toEqual([
      { field: 'birthDate', fromIdCard: '1985-03-12', entered: '1960-01-01' },
      { field: 'sex', fromIdCard: 'female', entered: 'male' },
    ]);
    expect(identityMismatches(MAN_1985, { birthDate: '1985-03-12', sex: 'female' })).toEqual([
      { field: 'sex', fromIdCard: 'male', entered: 'female' },
    ]);
  });
  it('finds none when the values agree, are not entered, the sex is unknown or the number says nothing', () => {
    expect(identityMismatches(WOMAN_1985, { birthDate: '1985-03-12', sex: 'female' })).toEqual([]);
    expect(identityMismatches(WOMAN_1985, { birthDate: null, sex: 'unknown' })).toEqual([]);
    expect(identityMismatches(WOMAN_1985, {})).toEqual([]);
    expect(identityMismatches(null, { birthDate: '1960-01-01', sex: 'male' })).toEqual([]);
    expect(identityMismatches('123', { birthDate: '1960-01-01', sex: 'male' })).toEqual([]);
  });
});
