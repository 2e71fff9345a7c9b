import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { boardCompactSnapshot, type DataOf, type EstablishBoard } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField, UuidField } from '../../http/dto-fields';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { BoardCommands } from '../board-commands';

export class EstablishBoardDto implements Omit<DataOf<EstablishBoard>, 'boardId' | 'compact'> {
  @ApiProperty({ format: 'uuid', description: 'The compact the board belongs to (a compact may have several boards)' })
  @UuidField()
  compactId!: string;

  @ApiProperty({ example: 'South Nottinghamshire Transformation Board' })
  @TextField(300)
  name!: string;

  @ApiProperty({
    example: 'The overarching, strategic governing group for the South Nottinghamshire Transformation Programme',
    description: "In the paper's words",
  })
  @TextField(2000)
  purpose!: string;

  @ApiProperty({ example: '2014-09-30' })
  @HappenedOnField('establishedOn', '2014-09-30')
  establishedOn!: string;
}

/** A board of a compact is established, under an id made here: BoardEstablished. */
export class EstablishBoardCommand extends Command<CommandResultDto> {
  constructor(
    readonly boardId: string,
    readonly request: EstablishBoardDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(EstablishBoardCommand)
export class EstablishBoardHandler implements ICommandHandler<EstablishBoardCommand> {
  constructor(private readonly boards: BoardCommands) {}

  async execute({ boardId, request, context }: EstablishBoardCommand): Promise<CommandResultDto> {
    // The secretariat records boards for any compact; decide() reads no other stream, so the compact travels in the command.
    const { compactId, ...fields } = request;
    const compact = boardCompactSnapshot(await this.boards.compact(compactId), request.establishedOn);
    return this.boards.establish(boardId, { type: 'EstablishBoard', data: { ...fields, boardId, compact } }, context);
  }
}

@ApiTags('boards')
@ApiBearerAuth()
@Controller('boards')
export class EstablishBoardController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Establish a board of a compact' })
  @Policy('boards.manage')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'BoardEstablished; Location names the new board' })
  @ApiNotFoundResponse({ description: 'No compact with that compactId' })
  async establish(@Body() body: EstablishBoardDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const result = await this.commands.execute(new EstablishBoardCommand(newId(), body, commandContextFrom(request)));
    reply.header('location', `/boards/${result.id}`);
    return result;
  }
}
