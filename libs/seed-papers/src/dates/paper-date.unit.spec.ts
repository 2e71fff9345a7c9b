import { assumedBetween, findWrittenDates, notGiven, paperDate, possibleDays, readWrittenDate, withAssumedYear } from './paper-date';

describe('dates as the papers write them', () => {
  it('reads the precision the words give: a day, a month or a year', () => {
    expect(paperDate(readWrittenDate('Dated.....25 Aug 2015.....'))).toEqual({
      asWritten: '25 Aug 2015',
      precision: 'exact',
      value: '2015-08-25',
      assumed: null,
    });
    expect(paperDate(readWrittenDate('10 Sept 2015'))).toMatchObject({ precision: 'exact', value: '2015-09-10' });
    expect(paperDate(readWrittenDate('1st June 2017'))).toMatchObject({ precision: 'exact', value: '2017-06-01' });
    expect(paperDate(readWrittenDate('September 2014'))).toEqual({ asWritten: 'September 2014', precision: 'month', value: '2014-09', assumed: null });
    expect(paperDate({ asWritten: '2015', year: 2015, month: null, day: null })).toMatchObject({ precision: 'year', value: '2015' });
  });

  it('gives a day and month without a year no place in time until a year is assumed, and says on what', () => {
    const written = readWrittenDate('25.1');
    expect(written).toEqual({ asWritten: '25.1', year: null, month: 1, day: 25 });
    expect(paperDate(written)).toEqual({ asWritten: '25.1', precision: 'not-given', value: null, assumed: null });
    const assumed = withAssumedYear(written, 2013, 'the text plans for 2013/14');
    expect(assumed).toEqual({
      asWritten: '25.1',
      precision: 'exact',
      value: '2013-01-25',
      assumed: { parts: ['year'], between: null, basis: 'the text plans for 2013/14' },
    });
    expect(() => withAssumedYear(readWrittenDate('25 Aug 2015'), 2013, 'x')).toThrow(/gives its year/);
  });

  it('finds each date in a sentence, not relative phrases', () => {
    const found = findWrittenDates(
      'This particular agreement will expire on 31st March 2020 but is expected to be refreshed within a year, by 31st March 2018, to reflect',
    );
    expect(found.map((d) => d.asWritten)).toEqual(['31st March 2020', '31st March 2018']);
    expect(() => readWrittenDate('no date here')).toThrow(/found 0/);
  });

  it('spans the days a date may fall on, assumptions only when asked', () => {
    expect(possibleDays(paperDate(readWrittenDate('25 Aug 2015')), { assume: false })).toEqual({ earliest: '2015-08-25', latest: '2015-08-25' });
    expect(possibleDays(paperDate(readWrittenDate('February 2016')), { assume: false })).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
    expect(possibleDays(paperDate({ asWritten: '2013', year: 2013, month: null, day: null }), { assume: false })).toEqual({
      earliest: '2013-01-01',
      latest: '2013-12-31',
    });
    expect(possibleDays(notGiven(), { assume: true })).toBeNull();
    const bounded = assumedBetween('2009-04-01', '2013-03-31', 'outside facts');
    expect(possibleDays(bounded, { assume: false })).toBeNull();
    expect(possibleDays(bounded, { assume: true })).toEqual({ earliest: '2009-04-01', latest: '2013-03-31' });
    const year = withAssumedYear(readWrittenDate('27.2'), 2013, 'x');
    expect(possibleDays(year, { assume: false })).toBeNull();
    expect(possibleDays(year, { assume: true })).toEqual({ earliest: '2013-02-27', latest: '2013-02-27' });
    expect(() => assumedBetween('2013-01-02', '2013-01-01', 'x')).toThrow();
  });
});
