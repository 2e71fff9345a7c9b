import { type Decider, type DomainEvent, DomainRuleViolation, NotFoundInDomain } from './decider';
import { DeciderSpecification, DeciderSpecificationFailure } from './decider-specification';

type Counted = DomainEvent<'Counted', { by: number; note?: string }>;
type Count = { type: 'Count'; data: { by: number } };
const counter: Decider<Count, Counted, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (command.data.by <= 0) throw new DomainRuleViolation('count-must-be-positive', 'count by a positive number');
    if (total + command.data.by > 10) throw new NotFoundInDomain('no room');
    return [{ type: 'Counted', data: { by: command.data.by } }];
  },
  decode: (stored) => (stored.type === 'Counted' ? (stored as Counted) : null),
};
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('DeciderSpecification', () => {
  const spec = DeciderSpecification.for(counter);

  it('passes when decide returns the expected events (key order and undefined fields ignored)', () => {
    spec
      .given([counted(2)])
      .when({ type: 'Count', data: { by: 3 } })
      .then([{ data: { by: 3, note: undefined }, type: 'Counted' }]);
  });

  it('fails, showing both, when the events differ', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Count', data: { by: 3 } })
        .then([counted(4)]),
    ).toThrow(DeciderSpecificationFailure);
  });

  it('accepts a check function for the events', () => {
    spec
      .given([])
      .when({ type: 'Count', data: { by: 1 } })
      .then((events) => expect(events).toHaveLength(1));
  });

  it('thenThrows matches a DomainRuleViolation by rule, an error class, or a predicate', () => {
    spec
      .given([])
      .when({ type: 'Count', data: { by: 0 } })
      .thenThrows('count-must-be-positive');
    spec
      .given([counted(9)])
      .when({ type: 'Count', data: { by: 2 } })
      .thenThrows(NotFoundInDomain);
    spec
      .given([])
      .when({ type: 'Count', data: { by: -1 } })
      .thenThrows((e) => e instanceof DomainRuleViolation);
    spec
      .given([])
      .when({ type: 'Count', data: { by: -1 } })
      .thenThrows();
  });

  it('thenThrows fails on another rule, or when nothing is thrown', () => {
    expect(() =>
      spec
        .given([])
        .when({ type: 'Count', data: { by: 0 } })
        .thenThrows('another-rule'),
    ).toThrow(/count-must-be-positive/);
    expect(() =>
      spec
        .given([])
        .when({ type: 'Count', data: { by: 1 } })
        .thenThrows('count-must-be-positive'),
    ).toThrow(DeciderSpecificationFailure);
  });
});
