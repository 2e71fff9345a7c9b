/** The body of POST /disputes: Kent County Council raises a dispute with South Kent Coast CCG about section 1. */
export function kentRaisesDispute(compactId: string) {
  return {
    compactId,
    raisedBy: 'kent-county-council',
    against: ['south-kent-coast-ccg'],
    about: [{ kind: 'section', ref: '1' }],
    summary: 'S',
    raisedOn: '2016-03-01',
  };
}
