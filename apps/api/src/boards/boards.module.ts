import { Module } from '@nestjs/common';
import { AdoptTermsOfReferenceController, AdoptTermsOfReferenceHandler } from './adopt-terms-of-reference/adopt-terms-of-reference';
import { BoardCommands } from './board-commands';
import { EstablishBoardController, EstablishBoardHandler } from './establish-board/establish-board';
import { AttendanceHandler, DecisionLogHandler, GetBoardHandler, InterestRegisterHandler, ListBoardsHandler } from './read-boards/board.queries';
import { ReadBoardsController } from './read-boards/read-boards.controller';

/** Each use case on a board: one folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [EstablishBoardController, EstablishBoardHandler],
  [AdoptTermsOfReferenceController, AdoptTermsOfReferenceHandler],
] as const;

/** Boards of compacts under versioned terms of reference, and what their meetings add up to: decisions, attendance, interests. */
@Module({
  controllers: [...useCases.map(([controller]) => controller), ReadBoardsController],
  providers: [
    BoardCommands,
    ...useCases.map(([, handler]) => handler),
    GetBoardHandler,
    ListBoardsHandler,
    DecisionLogHandler,
    AttendanceHandler,
    InterestRegisterHandler,
  ],
  exports: [BoardCommands],
})
export class BoardsModule {}
