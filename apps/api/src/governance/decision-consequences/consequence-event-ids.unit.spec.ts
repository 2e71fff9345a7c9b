import { validate, version } from 'uuid';
import { consequenceEventId } from './consequence-event-ids';

describe('the ids of the events a decision causes', () => {
  it('are the same every time for the same decision event and place in the batch: a second run names the same events', () => {
    expect(consequenceEventId('0190a1b2-0000-7000-8000-000000000001', 0)).toBe(consequenceEventId('0190a1b2-0000-7000-8000-000000000001', 0));
  });

  it('differ by place in the batch and by cause, and are RFC 9562 name-based UUIDs (version 5)', () => {
    const ids = [consequenceEventId('cause-1', 0), consequenceEventId('cause-1', 1), consequenceEventId('cause-2', 0)];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect([validate(id), version(id)]).toEqual([true, 5]);
  });
});
