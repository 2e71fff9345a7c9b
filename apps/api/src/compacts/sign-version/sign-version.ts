import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertActsFor, Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { SignatureDto } from './sign-version.dto';

/**
 * A partner signs a version, by the content hash of the text its signatory saw:
 * PartnerSigned, and CompactCameIntoForce when it completes the all-partners-signed rule.
 */
export class SignVersionCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: SignatureDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SignVersionCommand)
export class SignVersionHandler implements ICommandHandler<SignVersionCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: SignVersionCommand): Promise<CommandResultDto> {
    // A partner signs for its own organisation only.
    assertActsFor(context.actor, request.organisationId);
    return this.compacts.run(compactId, { type: 'SignVersion', data: { ...request, factId: context.newIdFor('signature') } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class SignVersionController {
  constructor(private readonly commands: CommandBus) {}

  @Post('signatures')
  @ApiOperation({ summary: 'Sign a version' })
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerSigned (and CompactCameIntoForce when it was the last signature needed)' })
  sign(@Param() { id }: CompactIdParams, @Body() body: SignatureDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new SignVersionCommand(id, body, commandContextFrom(request)));
  }
}
