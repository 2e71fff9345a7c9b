import {
  certainlyBefore,
  certainlyOnOrBefore,
  describeDate,
  endsBefore,
  happenedBy,
  laterDate,
  notYetBy,
  type PaperDate,
  parsePaperDate,
  possibleDays,
  readPaperDate,
  samePaperDate,
  spanOf,
  upcastDate,
} from './paper-date';

const date = (value: string | null, extra: Partial<PaperDate> = {}): PaperDate => ({ ...(parsePaperDate(value === null ? { value: null } : value) as PaperDate), ...extra });
const between = (earliest: string, latest: string): PaperDate => ({ asWritten: null, precision: 'not-given', value: null, assumed: { parts: [], between: { earliest, latest }, basis: 'b' } });

describe('dates with their precision', () => {
  describe('reading a command\'s date', () => {
    it.each([
      ['2015-08-25', 'exact'],
      ['2014-09', 'month'],
      ['2015', 'year'],
    ])('a string %s is a date at the precision its form gives (%s), its words not transcribed', (value, precision) => {
      expect(parsePaperDate(value)).toEqual({ asWritten: null, precision, value, assumed: null });
    });

    it('the object form keeps the paper\'s words and what was assumed, the precision checked against the value', () => {
      expect(parsePaperDate({ asWritten: '25.1', value: '2013-01-25', assumed: { parts: ['year'], between: null, basis: 'the text plans for 2013/14' } })).toEqual({
        asWritten: '25.1',
        precision: 'exact',
        value: '2013-01-25',
        assumed: { parts: ['year'], between: null, basis: 'the text plans for 2013/14' },
      });
      expect(parsePaperDate({ value: null, assumed: { parts: [], between: { earliest: '2014-09-01', latest: '2014-11-30' }, basis: 'b' } })).toMatchObject({ precision: 'not-given' });
      expect(parsePaperDate({ value: '2015', precision: 'exact' })).toMatch(/does not match/);
    });

    it.each([
      ['2015-02-30', 'not a real day'],
      ['11.2', 'not ISO'],
      ['2015-13', 'no thirteenth month'],
      [{ value: '2015', assumed: { parts: ['day'], basis: 'x' } }, 'assumes a part the value does not have'],
      [{ value: '2015', assumed: { parts: [], between: { earliest: '2015-01-01', latest: '2015-02-01' }, basis: 'x' } }, 'bounds a date that has a value'],
      [{ value: null, assumed: { parts: [], between: { earliest: '2015-02-01', latest: '2015-01-01' }, basis: 'x' } }, 'bounds the wrong way round'],
      [{ value: '2015', assumed: { parts: ['year'], basis: '' } }, 'gives no basis'],
      [{ value: '2015', colour: 'blue' }, 'has a field a date does not'],
      [42, 'is a number'],
    ] as Array<[unknown, string]>)('%j is refused (%s): invalid-date from the decider', (input) => {
      expect(typeof parsePaperDate(input)).toBe('string');
      expect(() => readPaperDate(input, 'the date')).toThrow('invalid-date');
    });

    it('an older event\'s YYYY-MM-DD string becomes an exact date, its words not transcribed', () => {
      expect(upcastDate('2016-01-25')).toEqual({ asWritten: null, precision: 'exact', value: '2016-01-25', assumed: null });
      const already = date('2015');
      expect(upcastDate(already)).toBe(already);
    });
  });

  describe('spans', () => {
    it('a day, a month\'s days, a year\'s days, the assumed bounds; nothing for a date not given and not bounded', () => {
      expect(spanOf(date('2015-08-25'))).toEqual({ earliest: '2015-08-25', latest: '2015-08-25' });
      expect(spanOf(date('2016-02'))).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
      expect(spanOf(date('2015'))).toEqual({ earliest: '2015-01-01', latest: '2015-12-31' });
      expect(spanOf(between('2014-09-01', '2014-11-30'))).toEqual({ earliest: '2014-09-01', latest: '2014-11-30' });
      expect(spanOf(date(null))).toBeNull();
    });

    it('the record\'s span holds the ledger\'s marked assumptions; possibleDays leaves them out unless asked', () => {
      const assumedYear = date('2013-01-25', { asWritten: '25.1', assumed: { parts: ['year'], between: null, basis: 'b' } });
      expect(spanOf(assumedYear)).toEqual({ earliest: '2013-01-25', latest: '2013-01-25' });
      expect(possibleDays(assumedYear, { assume: false })).toBeNull();
    });
  });

  describe('comparing: the rules refuse only what is certainly wrong', () => {
    it('2014 is not certainly before 1 Sept 2014 (some of its days are after); August 2014 is', () => {
      expect(certainlyBefore(date('2014'), '2014-09-01')).toBe(false);
      expect(certainlyBefore(date('2014-08'), '2014-09-01')).toBe(true);
      expect(certainlyOnOrBefore('2014-09-01', date('2014-09'))).toBe(true);
      expect(certainlyOnOrBefore('2014-09-02', date('2014-09'))).toBe(false);
      expect(certainlyOnOrBefore(date('2014-08'), date('2014-09'))).toBe(true);
    });

    it('a date with no span is never certainly before or after anything', () => {
      expect(certainlyBefore(date(null), '1900-01-01')).toBe(false);
      expect(certainlyBefore('2100-01-01', date(null))).toBe(false);
    });
  });

  describe('placing a date on a day, as the as-of reads do', () => {
    const in2013 = date('2013');
    it('a fact dated only "2013" has happened by 1 January 2013 only when placed at its earliest; certainly only from 31 December', () => {
      expect(happenedBy(in2013, '2013-01-01')).toBe(false);
      expect(happenedBy(in2013, '2013-01-01', 'earliest')).toBe(true);
      expect(happenedBy(in2013, '2013-01-01', 'latest')).toBe(false);
      expect(happenedBy(in2013, '2013-12-31')).toBe(true);
    });

    it('it is certainly not yet only before 2013; placed at its latest, not yet until 31 December', () => {
      expect(notYetBy(in2013, '2012-12-31')).toBe(true);
      expect(notYetBy(in2013, '2013-06-01')).toBe(false);
      expect(notYetBy(in2013, '2013-06-01', 'latest')).toBe(true);
    });

    it('a term that expires "2018" has certainly ended only after 2018; placed at its earliest, after 1 January 2018', () => {
      expect(endsBefore(date('2018'), '2018-06-01')).toBe(false);
      expect(endsBefore(date('2018'), '2019-01-01')).toBe(true);
      expect(endsBefore(date('2018'), '2018-06-01', 'earliest')).toBe(true);
    });
  });

  it('the later of two dates: the one certainly later, else the one whose span holds the other\'s (coarser, still true), else the bounds', () => {
    expect(laterDate(date('2015-08-25'), date('2015-09-10'))).toEqual(date('2015-09-10'));
    expect(laterDate(date('2015'), date('2015-08-25'))).toEqual(date('2015'));
    expect(laterDate(between('2014-09-01', '2015-08-25'), date('2015-01'))).toMatchObject({ precision: 'not-given', assumed: { between: { earliest: '2015-01-01', latest: '2015-08-25' } } });
  });

  it('says a date in words for a rule\'s message', () => {
    expect(describeDate(date('2014-09'))).toBe('2014-09 (known to the month)');
    expect(describeDate(date('2013-01-25', { assumed: { parts: ['year'], between: null, basis: 'b' } }))).toBe('2013-01-25 (year assumed)');
    expect(describeDate(between('2014-09-01', '2014-11-30'))).toBe('not given (assumed between 2014-09-01 and 2014-11-30)');
    expect(samePaperDate(date('2015'), date('2015'))).toBe(true);
  });
});
