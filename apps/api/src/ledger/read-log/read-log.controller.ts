import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProofError } from '@compact-ledger/transparency';
import { Public } from '../../auth/policies';
import { RequestValidationError, ResourceNotFoundError } from '../../http/problems';
import { LedgerTransparency } from '../ledger-transparency';
import {
  CheckpointQueryDto,
  ConsistencyProofDto,
  ConsistencyQueryDto,
  EventProofQueryDto,
  InclusionProofDto,
  InclusionQueryDto,
  PositionParams,
} from './log-queries.dto';

const TEXT = { 'text/plain': { schema: { type: 'string' } } };
const NO_LOG = { status: 501, description: 'This ledger keeps no transparency log (it runs on EventStoreDB)' };
const b64 = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('base64'));

/**
 * The transparency log: checkpoints and proofs, in the open formats (C2SP
 * tlog-checkpoint and tlog-proof, RFC 6962 / 9162 proofs).
 *
 * Public, like the keys: a regulator, an auditor or a witness must be able to check
 * the ledger without holding a partner's token, and what they get is hashes and the
 * ledger's signatures over them, never an event's content (a leaf is a hash of an
 * event's hash, which holds a random event id and times no one can guess). They are
 * rate-limited per client address, as every public route is.
 */
@ApiTags('ledger')
@Controller('ledger')
export class ReadLogController {
  constructor(private readonly transparency: LedgerTransparency) {}

  @Get('checkpoint')
  @Public()
  @ApiOperation({ summary: "The log's latest signed checkpoint, or an earlier one kept (?size=)" })
  @ApiOkResponse({
    description:
      'The checkpoint exactly as signed: a C2SP signed note whose text is the tlog-checkpoint (origin, tree size, base64 root hash), signed with the log key (GET /ledger/keys)',
    content: TEXT,
  })
  @ApiResponse({ status: 404, description: 'No checkpoint was issued at that size' })
  @ApiResponse(NO_LOG)
  async checkpoint(@Query() { size }: CheckpointQueryDto, @Res() reply: FastifyReply) {
    const log = this.transparency.require();
    const checkpoint = size === undefined ? (log.latestCheckpoint() ?? (await log.issueCheckpoint())) : log.checkpointAt(size);
    if (!checkpoint) throw new ResourceNotFoundError(`the log issued no checkpoint at tree size ${size}`);
    return reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-cache').send(this.transparency.served(checkpoint));
  }

  @Get('proofs/inclusion')
  @Public()
  @ApiOperation({ summary: 'An inclusion proof: leaf index in the tree of treeSize leaves' })
  @ApiOkResponse({
    type: InclusionProofDto,
    description: 'The audit path from leaf index (the event at position index + 1) to the root of the tree of treeSize leaves',
  })
  @ApiResponse(NO_LOG)
  inclusion(@Query() { index, treeSize }: InclusionQueryDto): InclusionProofDto {
    const log = this.transparency.require();
    this.assertWithin('treeSize', treeSize, log.size());
    if (index >= treeSize) throw new RequestValidationError([{ field: 'index', message: `index must be less than treeSize (${treeSize})` }]);
    return {
      index,
      treeSize,
      rootHash: log.rootAt(treeSize).toString('base64'),
      hashes: b64(this.proving(() => log.inclusionProof(index, treeSize), 'index')),
      checkpoint: ((checkpoint) => (checkpoint ? this.transparency.served(checkpoint) : null))(log.checkpointAt(treeSize)),
    };
  }

  @Get('proofs/consistency')
  @Public()
  @ApiOperation({ summary: 'A consistency proof: the tree of from leaves is the start of the tree of to leaves' })
  @ApiOkResponse({ type: ConsistencyProofDto, description: 'The RFC 9162 consistency proof from the tree of `from` leaves to the tree of `to` leaves' })
  @ApiResponse(NO_LOG)
  consistency(@Query() { from, to }: ConsistencyQueryDto): ConsistencyProofDto {
    const log = this.transparency.require();
    this.assertWithin('to', to, log.size());
    if (from > to) throw new RequestValidationError([{ field: 'from', message: `from must be at most to (${to})` }]);
    return { from, to, hashes: b64(this.proving(() => log.consistencyProof(from, to), 'from')) };
  }

  @Get('events/:position/proof')
  @Public()
  @ApiOperation({ summary: 'A tlog-proof that the event at a position is in the log' })
  @ApiOkResponse({
    description: 'C2SP tlog-proof (c2sp.org/tlog-proof@v1): the index, the inclusion proof, and the checkpoint it leads to, verbatim',
    content: TEXT,
  })
  @ApiResponse(NO_LOG)
  async eventProof(@Param() { position }: PositionParams, @Query() { size }: EventProofQueryDto, @Res() reply: FastifyReply) {
    const log = this.transparency.require();
    // An event committed a moment ago may not be in the tree yet: catch up first.
    if (position > log.size()) await log.sync();
    this.assertWithin('position', position, log.size());
    let checkpoint;
    if (size === undefined) checkpoint = await this.transparency.checkpointCovering(position);
    else {
      checkpoint = log.checkpointAt(size);
      if (!checkpoint) throw new ResourceNotFoundError(`the log issued no checkpoint at tree size ${size}`);
      if (position > size)
        throw new RequestValidationError([{ field: 'position', message: `position ${position} is beyond the checkpoint of ${size} events` }]);
    }
    const proof = this.proving(() => log.tlogProof(position, { ...checkpoint, note: this.transparency.served(checkpoint) }), 'position');
    return reply.header('content-type', 'text/plain; charset=utf-8').send(proof);
  }

  private assertWithin(field: string, value: number, size: number): void {
    if (value > size) throw new RequestValidationError([{ field, message: `${field} ${value} is beyond the log, which holds ${size} events` }]);
  }

  /** A proof the library refuses (an index or size outside the tree) is the request's mistake. */
  private proving<T>(make: () => T, field: string): T {
    try {
      return make();
    } catch (error) {
      if (error instanceof ProofError) throw new RequestValidationError([{ field, message: error.message }]);
      throw error;
    }
  }
}
