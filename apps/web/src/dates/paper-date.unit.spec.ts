import { because, dateLabel, dateSentence, dateWords, exactDay, type PaperDate, spanOf } from './paper-date';

const date = (value: string | null, precision: PaperDate['precision'], assumed: PaperDate['assumed'] = null, asWritten: string | null = null): PaperDate => ({
  value,
  precision,
  assumed,
  asWritten,
});

const SHROPSHIRE_BASIS = 'The version table gives day and month only. Section 4.2 plans the joint work programme "For 2013/14".';

describe('a paper date in words', () => {
  it('says a day, a month and a year each at its own precision, never a made-up day', () => {
    expect(dateLabel(date('2015-08-25', 'exact'))).toBe('25 Aug 2015');
    expect(dateLabel(date('2014-01', 'month'))).toBe('Jan 2014');
    expect(dateLabel(date('2015', 'year'))).toBe('2015');
    expect(dateLabel(date('2015-09-10', 'exact'))).toBe('10 Sept 2015');
  });

  it('says "not given" where the paper gives no date, and the bounds the ledger assumed, if any', () => {
    expect(dateLabel(date(null, 'not-given'))).toBe('not given');
    const bounded = date(null, 'not-given', { parts: [], between: { earliest: '2009-04-01', latest: '2013-03-31' }, basis: 'The paper carries no date.' });
    expect(dateLabel(bounded)).toBe('not given (assumed between 1 Apr 2009 and 31 Mar 2013)');
    expect(dateSentence(bounded)).toBe('not given (assumed between 1 Apr 2009 and 31 Mar 2013, because the paper carries no date.)');
  });

  it('keeps the parts on the paper apart from those the ledger assumed, and says why', () => {
    const shropshire = date('2013-01-25', 'exact', { parts: ['year'], between: null, basis: SHROPSHIRE_BASIS }, '25.1');
    expect(dateWords(shropshire)).toEqual({ given: '25 Jan', assumed: 'year assumed: 2013', basis: SHROPSHIRE_BASIS });
    expect(dateLabel(shropshire)).toBe('25 Jan (year assumed: 2013)');
    expect(dateSentence(shropshire)).toBe(
      `25 Jan (year assumed: 2013, because the version table gives day and month only. Section 4.2 plans the joint work programme "For 2013/14".)`,
    );
    expect(dateLabel(date('2013-05-31', 'exact', { parts: ['day'], between: null, basis: 'x' }))).toBe('May 2013 (day assumed: 31)');
    expect(dateLabel(date('2013-05', 'month', { parts: ['month', 'year'], between: null, basis: 'x' }))).toBe('not given (month and year assumed: May 2013)');
  });

  it('begins the reason in lower case only where its first word is an ordinary one', () => {
    expect(because('The paper says so.')).toBe('because the paper says so.');
    expect(because('PCTs were abolished in 2013.')).toBe('because PCTs were abolished in 2013.');
    expect(because('Section 4.2 says so.')).toBe('because Section 4.2 says so.');
  });
});

describe('the days a paper date may fall on', () => {
  it('is one day for a day, a month or a year of days otherwise, the bounds for a date not given, and nothing for a date placed nowhere', () => {
    expect(spanOf(date('2015-08-25', 'exact'))).toEqual({ earliest: '2015-08-25', latest: '2015-08-25' });
    expect(spanOf(date('2016-02', 'month'))).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
    expect(spanOf(date('2015', 'year'))).toEqual({ earliest: '2015-01-01', latest: '2015-12-31' });
    expect(spanOf(date(null, 'not-given', { parts: [], between: { earliest: '2014-09-01', latest: '2014-11-30' }, basis: 'x' }))).toEqual({
      earliest: '2014-09-01',
      latest: '2014-11-30',
    });
    expect(spanOf(date(null, 'not-given'))).toBeNull();
  });

  it('offers a form a day to start from only where the record holds one exactly, nothing assumed', () => {
    expect(exactDay(date('2015-08-25', 'exact'))).toBe('2015-08-25');
    expect(exactDay(date('2015', 'year'))).toBeNull();
    expect(exactDay(date('2013-01-25', 'exact', { parts: ['year'], between: null, basis: 'x' }))).toBeNull();
  });
});
