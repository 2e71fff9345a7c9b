import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from './policies';
import { SIGNING_KEY } from './signing-key.token';
import type { SigningKey } from '@compact-ledger/auth';

/** RFC 7517 JSON Web Key Set: the ledger's Ed25519 public key (kty OKP, crv Ed25519, alg EdDSA). */
export class JwksDto {
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['kty', 'crv', 'x'],
      properties: {
        kty: { type: 'string' },
        crv: { type: 'string' },
        x: { type: 'string' },
        kid: { type: 'string' },
        alg: { type: 'string' },
        use: { type: 'string' },
      },
    },
  })
  keys!: object[];
}

@ApiTags('ledger')
@Controller('ledger/keys')
export class KeysController {
  constructor(@Inject(SIGNING_KEY) private readonly key: SigningKey) {}

  @Get()
  @ApiOperation({ summary: "The ledger's public keys (JWKS)" })
  @Public()
  @ApiOkResponse({
    type: JwksDto,
    description: "The ledger's public keys (JWKS), to verify the bearer tokens it issued; events are not signed, their integrity is the hash chain",
  })
  keys() {
    return { keys: [this.key.publicJwk] };
  }
}
