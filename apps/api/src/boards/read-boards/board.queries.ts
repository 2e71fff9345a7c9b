import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { TermsOfReference } from '@compact-ledger/domain';
import type { Actor } from '@compact-ledger/event-store';
import {
  type BoardDocument,
  cumulativeAttendance,
  decisionLog,
  type DecisionLogEntry,
  findBoard,
  type InterestEntry,
  interestRegister,
  listBoards,
  type SeatAttendanceTotal,
  termsOfReferenceOn,
} from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { READ_MODEL_DB } from '../../infrastructure/tokens';

function boardOr404(db: Database.Database, boardId: string): BoardDocument {
  const board = findBoard(db, boardId);
  if (!board) throw new ResourceNotFoundError(`no board with id ${boardId}`);
  return board;
}

export class GetBoardQuery extends Query<BoardDocument & { asOf: string; termsInForce: TermsOfReference | null }> {
  constructor(
    readonly boardId: string,
    readonly asOf: string,
  ) {
    super();
  }
}

@QueryHandler(GetBoardQuery)
export class GetBoardHandler implements IQueryHandler<GetBoardQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ boardId, asOf }: GetBoardQuery) {
    const board = boardOr404(this.db, boardId);
    return { ...board, asOf, termsInForce: termsOfReferenceOn(board, asOf) };
  }
}

export type BoardSummary = Omit<BoardDocument, 'termsOfReference' | 'revision'>;

export class ListBoardsQuery extends Query<{ boards: BoardSummary[]; more: boolean }> {
  constructor(readonly filter: { compactId: string | null; after: string | null; limit: number }) {
    super();
  }
}

@QueryHandler(ListBoardsQuery)
export class ListBoardsHandler implements IQueryHandler<ListBoardsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ filter }: ListBoardsQuery) {
    const { boards, more } = listBoards(this.db, filter);
    return { boards: boards.map(({ termsOfReference: _t, revision: _r, ...summary }) => summary), more };
  }
}

/** A board's decision log; a mediator sees only the decisions resolving the disputes it mediates. */
export class DecisionLogQuery extends Query<{ decisions: DecisionLogEntry[]; more: boolean }> {
  constructor(
    readonly boardId: string,
    readonly actor: Actor,
    readonly filter: { from: string | null; to: string | null; after: string | null; limit: number },
  ) {
    super();
  }
}

@QueryHandler(DecisionLogQuery)
export class DecisionLogHandler implements IQueryHandler<DecisionLogQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ boardId, actor, filter }: DecisionLogQuery) {
    boardOr404(this.db, boardId);
    return decisionLog(this.db, { ...filter, boardId, mediator: actor.role === 'mediator' ? actor.subject : null });
  }
}

export class AttendanceQuery extends Query<{ boardId: string; from: string; to: string; meetingsHeld: number; seats: SeatAttendanceTotal[] }> {
  constructor(
    readonly boardId: string,
    readonly from: string | null,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(AttendanceQuery)
export class AttendanceHandler implements IQueryHandler<AttendanceQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ boardId, from, to }: AttendanceQuery) {
    const board = boardOr404(this.db, boardId);
    const since = from ?? board.establishedOn;
    return { boardId, from: since, to, ...cumulativeAttendance(this.db, boardId, since, to) };
  }
}

/** The register of interests of a board as at a date; a partner sees its own organisation's entries only. */
export class InterestRegisterQuery extends Query<{ entries: InterestEntry[]; more: boolean }> {
  constructor(
    readonly boardId: string,
    readonly actor: Actor,
    readonly filter: { asOf: string; person: string | null; organisationId: string | null; after: string | null; limit: number },
  ) {
    super();
  }
}

@QueryHandler(InterestRegisterQuery)
export class InterestRegisterHandler implements IQueryHandler<InterestRegisterQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ boardId, actor, filter }: InterestRegisterQuery) {
    boardOr404(this.db, boardId);
    if (actor.role !== 'partner') return interestRegister(this.db, { ...filter, boardId });
    if (actor.organisation === null || (filter.organisationId !== null && filter.organisationId !== actor.organisation)) return { entries: [], more: false };
    return interestRegister(this.db, { ...filter, boardId, organisationId: actor.organisation });
  }
}
