import { Controller, Get, Inject } from '@nestjs/common';
import { LedgerTransparency } from '../ledger/ledger-transparency';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from './policies';
import { SIGNING_KEY } from './signing-key.token';
import type { SigningKey } from '@compact-ledger/auth';

/** The transparency log's key: what checkpoints, proofs' checkpoints, stream heads and evidence packs are checked with. */
export class TransparencyLogKeyDto {
  @ApiProperty({ example: 'ledger.example.org/compacts', description: "The log's name: the origin line of its checkpoints" })
  origin!: string;

  @ApiProperty({
    example: 'ledger.example.org/compacts+1a2b3c4d+AbC...',
    description: 'The log key in C2SP signed-note verifier form (<name>+<key id>+base64(0x01 || Ed25519 public key)): what verify.mjs --key takes',
  })
  verifierKey!: string;

  @ApiProperty({ description: 'Whether this ledger keeps the log (false on EventStoreDB: its transparency routes answer 501)' })
  available!: boolean;
}

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

  @ApiProperty({ type: TransparencyLogKeyDto })
  transparencyLog!: TransparencyLogKeyDto;
}

@ApiTags('ledger')
@Controller('ledger/keys')
export class KeysController {
  constructor(
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    private readonly transparency: LedgerTransparency,
  ) {}

  @Get()
  @ApiOperation({ summary: "The ledger's public keys: the token key (JWKS) and the transparency log's verifier key" })
  @Public()
  @ApiOkResponse({
    type: JwksDto,
    description:
      "A JWK Set (RFC 7517) of the key that signs the bearer tokens, where JWKS clients find it, and beside it (a member JWKS clients ignore) the transparency log's verifier key, which signs checkpoints, stream heads and evidence packs. The two keys are separate: rotating one leaves the other alone. Take the verifier key by a channel you trust before checking a pack with it.",
  })
  keys() {
    return {
      keys: [this.key.publicJwk],
      transparencyLog: { origin: this.transparency.origin, verifierKey: this.transparency.verifierKey, available: this.transparency.available },
    };
  }
}
