import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { LedgerConfig } from '../config/ledger-config';
import { Public } from './policies';

/** How a person signs in to this ledger: what the web app's sign-in page offers, learnt before anyone has a token. */
export class SignInOptionsDto {
  @ApiProperty({
    enum: ['embedded', 'oidc'],
    description: 'embedded: the ledger signs its own tokens (npx compact-ledger token); oidc: an identity provider issues them',
  })
  mode!: 'embedded' | 'oidc';

  @ApiPropertyOptional({ example: 'https://login.example.org', description: "With oidc: the provider's issuer, where its /.well-known/openid-configuration is" })
  issuer?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'compact-ledger-web',
    description:
      "With oidc: the web app's public client id at the provider (authorisation code with PKCE, redirect URI <origin>/app/signed-in), or null when none is configured (then only a pasted token signs in)",
  })
  clientId?: string | null;

  @ApiPropertyOptional({ example: 'compact-ledger', description: 'With oidc: the audience the access token must be issued for (the resource to ask for)' })
  audience?: string;
}

@ApiTags('ledger')
@Controller('auth/sign-in')
export class SignInController {
  constructor(private readonly config: LedgerConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'How to sign in: embedded tokens, or the identity provider and the web app’s client id' })
  @ApiOkResponse({ type: SignInOptionsDto, description: 'Public: the sign-in page reads it before anyone has a token. Names no secret.' })
  options(): SignInOptionsDto {
    if (this.config.LEDGER_AUTH_MODE !== 'oidc') return { mode: 'embedded' };
    return { mode: 'oidc', issuer: this.config.OIDC_ISSUER!, clientId: this.config.OIDC_WEB_CLIENT_ID ?? null, audience: this.config.OIDC_AUDIENCE! };
  }
}
