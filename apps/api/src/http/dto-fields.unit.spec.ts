import { validate } from 'class-validator';
import { HappenedOnField, latestTodayAnywhere } from './dto-fields';

class Signed {
  @HappenedOnField('signedOn')
  signedOn!: unknown;
}

const signedOn = (value: unknown) => Object.assign(new Signed(), { signedOn: value });
const messages = async (value: unknown) => (await validate(signedOn(value))).flatMap((e) => Object.values(e.constraints ?? {}));

describe('latestTodayAnywhere', () => {
  it('is the UTC date until 10:00 UTC, when the day after begins at UTC+14', () => {
    expect(latestTodayAnywhere(new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
    expect(latestTodayAnywhere(new Date('2026-12-02T09:59:59.999Z'))).toBe('2026-12-02');
    expect(latestTodayAnywhere(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-03');
    expect(latestTodayAnywhere(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('HappenedOnField', () => {
  afterEach(() => jest.useRealTimers());

  it('accepts a date up to the latest today on Earth and refuses the day after, naming the field and the date', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-02T10:00:00Z') });
    expect(await messages('2015-08-25')).toEqual([]);
    expect(await messages('2026-12-03')).toEqual([]);
    expect(await messages('2026-12-04')).toEqual(['signedOn 2026-12-04 has not come yet: the date on which something happened cannot be later than today']);
  });

  it('leaves a value that is not a date to the format rule alone, without calling it a future date', async () => {
    expect(await messages('next week')).toEqual(['signedOn must be a date such as 2017-06-01']);
    expect(await messages(20991231)).toEqual(['signedOn must be a date such as 2017-06-01']);
  });
});
