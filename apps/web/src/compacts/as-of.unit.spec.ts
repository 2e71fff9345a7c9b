import { asOfFromSearch, asOfQuery, isoToLocalMoment, localMomentToIso, NOW } from './as-of';

describe('as-of in the address and the API', () => {
  it('reads either clock from the address, now when none is given', () => {
    expect(asOfFromSearch(new URLSearchParams('asOf=2015-09-01&axis=effective'))).toEqual({ at: '2015-09-01', axis: 'effective' });
    expect(asOfFromSearch(new URLSearchParams('asOf=2026-12-04T19:12:44.950Z&axis=recorded'))).toEqual({ at: '2026-12-04T19:12:44.950Z', axis: 'recorded' });
    expect(asOfFromSearch(new URLSearchParams('axis=recorded'))).toEqual(NOW);
  });

  it('asks the API for now with no parameters, and for a point with both', () => {
    expect(asOfQuery(NOW)).toEqual({});
    expect(asOfQuery({ at: '2015-09-01', axis: 'effective' })).toEqual({ asOf: '2015-09-01', axis: 'effective' });
  });

  it('turns a local date and time to the ISO moment and back, to the millisecond', () => {
    const local = '2015-09-10T14:30:05.123';
    const iso = localMomentToIso(local)!;
    expect(new Date(iso).getTime()).toBe(new Date(local).getTime());
    expect(isoToLocalMoment(iso)).toBe('2015-09-10T14:30:05');
    expect(localMomentToIso('yesterday')).toBeNull();
  });
});
