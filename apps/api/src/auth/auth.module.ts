import { type DynamicModule, Logger, Module } from '@nestjs/common';
import type { LedgerConfig } from '../config/ledger-config';
import { TOKEN_VERIFIER } from './access.guard';
import { KeysController } from './keys.controller';
import { SignInController } from './sign-in.controller';
import { loadOrCreateSigningKey, type SigningKey } from '@compact-ledger/auth';
import { embeddedTokenVerifier, oidcTokenVerifier } from '@compact-ledger/auth';

import { SIGNING_KEY } from './signing-key.token';

export { SIGNING_KEY };

/** Authentication: the embedded signing key or an OIDC provider's keys, and the verifier the AccessGuard uses. */
@Module({})
export class AuthModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: SIGNING_KEY, useFactory: () => loadOrCreateSigningKey(config.LEDGER_DATA_DIR, new Logger('Auth')) },
        {
          provide: TOKEN_VERIFIER,
          inject: [SIGNING_KEY],
          useFactory: (key: SigningKey) =>
            config.LEDGER_AUTH_MODE === 'oidc'
              ? oidcTokenVerifier({ issuer: config.OIDC_ISSUER!, audience: config.OIDC_AUDIENCE!, jwksUrl: config.OIDC_JWKS_URL! })
              : embeddedTokenVerifier(key),
        },
      ],
      controllers: [KeysController, SignInController],
      exports: [SIGNING_KEY, TOKEN_VERIFIER],
    };
  }
}
