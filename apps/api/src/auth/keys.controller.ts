import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from './policies';
import { SIGNING_KEY } from './signing-key.token';
import type { SigningKey } from '@compact-ledger/auth';

@ApiTags('ledger')
@Controller('ledger/keys')
export class KeysController {
  constructor(@Inject(SIGNING_KEY) private readonly key: SigningKey) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description: "The ledger's public keys (JWKS), to verify the bearer tokens it issued; events are not signed, their integrity is the hash chain",
  })
  keys() {
    return { keys: [this.key.publicJwk] };
  }
}
