import { PackThreadReservation, packThreadsWriting } from './pack-thread';

describe('PackThreadReservation', () => {
  it('reserves up to the number of packs written at once, and a cancelled reservation gives its thread back once', () => {
    const first = PackThreadReservation.take(2)!;
    const second = PackThreadReservation.take(2)!;
    expect([first, second].every((r) => r instanceof PackThreadReservation)).toBe(true);
    expect(packThreadsWriting()).toBe(2);
    expect(PackThreadReservation.take(2)).toBeNull();
    expect(packThreadsWriting()).toBe(2);

    first.cancel();
    first.cancel();
    expect(packThreadsWriting()).toBe(1);
    const third = PackThreadReservation.take(2)!;
    expect(packThreadsWriting()).toBe(2);
    second.cancel();
    third.cancel();
    expect(packThreadsWriting()).toBe(0);
  });

  it('is used once: a cancelled reservation cannot start a pack', () => {
    const reservation = PackThreadReservation.take(1)!;
    reservation.cancel();
    expect(() => reservation.write({} as never, {} as never, { stallMs: 1000 })).toThrow('this pack thread reservation was given back already');
    expect(packThreadsWriting()).toBe(0);
  });
});
