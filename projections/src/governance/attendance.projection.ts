import type Database from 'better-sqlite3';
import { meetingEventCodec } from '@compact-ledger/domain';
import type { Projection } from '../runner/projection';
import { idOf, MEETING_STREAM } from './streams';

/**
 * A seat's attendance over a period. 001 appendix 1: "Named deputies will attend in the absence of
 * the named lead" and "Cumulative attendance of each partner will be reported": a deputy attending
 * for the lead counts as the partner attending, so `attended` is lead and deputy together.
 */
export interface SeatAttendanceTotal {
  seatId: string;
  title: string;
  voting: boolean;
  /** Meetings held in the period at which the seat existed. */
  meetings: number;
  leadPresent: number;
  deputyPresent: number;
  attended: number;
  apologies: number;
  absent: number;
}

/**
 * Attendance per seat at each meeting held: one row per meeting and seat, with the board and
 * date, so cumulative attendance over any period is a GROUP BY. The seats' titles come from the
 * terms each meeting was scheduled under, kept in a table of its own.
 */
export const attendanceProjection: Projection = {
  name: 'attendance_v1',
  tables: ['attendance_v1', 'attendance_meetings_v1'],
  createTables(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS attendance_v1 (
        meeting_id   TEXT NOT NULL,
        seat_id      TEXT NOT NULL,
        board_id     TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        seat_order   INTEGER NOT NULL,
        title        TEXT NOT NULL,
        voting       INTEGER NOT NULL,
        status       TEXT NOT NULL,
        person       TEXT,
        PRIMARY KEY (meeting_id, seat_id)
      );
      CREATE INDEX IF NOT EXISTS attendance_v1_by_board ON attendance_v1 (board_id, meeting_date);
      CREATE TABLE IF NOT EXISTS attendance_meetings_v1 (
        meeting_id   TEXT PRIMARY KEY,
        board_id     TEXT NOT NULL,
        meeting_date TEXT NOT NULL,
        seats        TEXT NOT NULL
      );`);
  },
  applyBatch(db, events) {
    for (const recorded of events) {
      const meetingId = idOf(MEETING_STREAM, recorded);
      if (meetingId === null) continue;
      const event = meetingEventCodec.decode(recorded);
      if (event?.type === 'MeetingScheduled') {
        const { boardId, meetingDate, termsOfReference } = event.data;
        db.prepare('INSERT OR REPLACE INTO attendance_meetings_v1 VALUES (?, ?, ?, ?)').run(
          meetingId,
          boardId,
          meetingDate,
          JSON.stringify(termsOfReference.seats.map((s) => s.title)),
        );
      } else if (event?.type === 'MeetingHeld') {
        const meeting = db
          .prepare<[string], { board_id: string; meeting_date: string; seats: string }>(
            'SELECT board_id, meeting_date, seats FROM attendance_meetings_v1 WHERE meeting_id = ?',
          )
          .get(meetingId);
        if (!meeting) continue;
        const titles = JSON.parse(meeting.seats) as string[];
        const insert = db.prepare('INSERT OR REPLACE INTO attendance_v1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
        // MeetingHeld lists every seat of the terms, in their order.
        event.data.attendance.forEach((a, i) =>
          insert.run(meetingId, a.seatId, meeting.board_id, meeting.meeting_date, i, titles[i] ?? a.seatId, a.voting ? 1 : 0, a.status, a.person),
        );
      }
    }
  },
};

/** Cumulative attendance per seat at the board's meetings held from `from` to `to` inclusive, in the order seats first appear. */
export function cumulativeAttendance(db: Database.Database, boardId: string, from: string, to: string): { meetingsHeld: number; seats: SeatAttendanceTotal[] } {
  const held = db
    .prepare<[string, string, string], { n: number }>(
      'SELECT COUNT(DISTINCT meeting_id) AS n FROM attendance_v1 WHERE board_id = ? AND meeting_date BETWEEN ? AND ?',
    )
    .get(boardId, from, to)!.n;
  const rows = db
    .prepare<
      [string, string, string],
      { seat_id: string; title: string; voting: number; meetings: number; lead: number; deputy: number; apologies: number; absent: number }
    >(
      `WITH period AS (SELECT * FROM attendance_v1 WHERE board_id = ? AND meeting_date BETWEEN ? AND ?)
       SELECT seat_id, COUNT(*) AS meetings,
              SUM(status = 'lead-present') AS lead, SUM(status = 'deputy-present') AS deputy,
              SUM(status = 'apologies') AS apologies, SUM(status = 'absent') AS absent,
              -- the seat's title and vote as at its latest meeting in the period
              (SELECT title FROM period p WHERE p.seat_id = a.seat_id ORDER BY meeting_date DESC LIMIT 1) AS title,
              (SELECT voting FROM period p WHERE p.seat_id = a.seat_id ORDER BY meeting_date DESC LIMIT 1) AS voting
         FROM period a
        GROUP BY seat_id
        ORDER BY MIN(meeting_date || printf('%06d', seat_order))`,
    )
    .all(boardId, from, to);
  return {
    meetingsHeld: held,
    seats: rows.map((r) => ({
      seatId: r.seat_id,
      title: r.title,
      voting: r.voting === 1,
      meetings: r.meetings,
      leadPresent: r.lead,
      deputyPresent: r.deputy,
      attended: r.lead + r.deputy,
      apologies: r.apologies,
      absent: r.absent,
    })),
  };
}
