import { asOfFromSearch, asOfQuery, asOfSearch, isoToLocalMoment, localMomentToIso, NOW } from './as-of';

describe('as-of in the address and the API', () => {
  it('reads either clock from the address, now when none is given', () => {
    expect(asOfFromSearch(new URLSearchParams('asOf=2015-09-01&axis=effective'))).toEqual({ at: '2015-09-01', axis: 'effective', assume: 'none' });
    expect(asOfFromSearch(new URLSearchParams('asOf=2026-12-04T19:12:44.950Z&axis=recorded'))).toEqual({
      at: '2026-12-04T19:12:44.950Z',
      axis: 'recorded',
      assume: 'none',
    });
    expect(asOfFromSearch(new URLSearchParams('axis=recorded'))).toEqual(NOW);
  });

  it('reads where uncertain dates are placed, on the effective clock only, and anything else as none', () => {
    expect(asOfFromSearch(new URLSearchParams('asOf=2012-01-01&axis=effective&assume=earliest'))).toEqual({
      at: '2012-01-01',
      axis: 'effective',
      assume: 'earliest',
    });
    expect(asOfFromSearch(new URLSearchParams('assume=latest'))).toEqual({ ...NOW, assume: 'latest' });
    expect(asOfFromSearch(new URLSearchParams('asOf=2026-12-04T19:12:44.950Z&axis=recorded&assume=latest')).assume).toBe('none');
    expect(asOfFromSearch(new URLSearchParams('asOf=2012-01-01&assume=sometime')).assume).toBe('none');
  });

  it('asks the API for now with no parameters, for a point with both, and for a placement only when one is chosen', () => {
    expect(asOfQuery(NOW)).toEqual({});
    expect(asOfQuery({ at: '2015-09-01', axis: 'effective', assume: 'none' })).toEqual({ asOf: '2015-09-01', axis: 'effective' });
    expect(asOfQuery({ at: '2015-09-01', axis: 'effective', assume: 'latest' })).toEqual({ asOf: '2015-09-01', axis: 'effective', assume: 'latest' });
    expect(asOfQuery({ ...NOW, assume: 'earliest' })).toEqual({ assume: 'earliest' });
  });

  it('writes the address it reads', () => {
    for (const asOf of [NOW, { ...NOW, assume: 'earliest' as const }, { at: '2012-01-01', axis: 'effective' as const, assume: 'latest' as const }]) {
      expect(asOfFromSearch(new URLSearchParams(asOfSearch(asOf)))).toEqual(asOf);
    }
  });

  it('turns a local date and time to the ISO moment and back, to the millisecond', () => {
    const local = '2015-09-10T14:30:05.123';
    const iso = localMomentToIso(local)!;
    expect(new Date(iso).getTime()).toBe(new Date(local).getTime());
    expect(isoToLocalMoment(iso)).toBe('2015-09-10T14:30:05');
    expect(localMomentToIso('yesterday')).toBeNull();
  });
});
