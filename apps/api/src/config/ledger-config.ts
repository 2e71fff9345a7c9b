import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf, validateSync } from 'class-validator';
import { checkWitnessConfiguration } from '../witnesses/witness-configuration';

/** Configuration from environment variables, with defaults that serve a newcomer (see the README, "Configuration"). */
export class LedgerConfig {
  @IsIn(['sqlite', 'esdb'])
  LEDGER_STORE: 'sqlite' | 'esdb' = 'sqlite';

  // SQLite trims a file name's leading spaces and Node does not: a path that starts or ends with one would split the data.
  @Matches(/^\S(.*\S)?$/, { message: 'LEDGER_DATA_DIR must be a path that neither starts nor ends with a space' })
  LEDGER_DATA_DIR = './data';

  /** The web app's build (apps/web), served under /app/; when it is missing at start, / says how to build it. */
  @Matches(/^\S(.*\S)?$/, { message: 'LEDGER_WEB_DIR must be a path that neither starts nor ends with a space' })
  LEDGER_WEB_DIR = './dist/apps/web';

  @ValidateIf((c: LedgerConfig) => c.LEDGER_STORE === 'esdb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb|kdb\+discover):\/\/.+/, {
    message: 'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string when LEDGER_STORE=esdb',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  /** embedded: the ledger signs its own tokens (`npx compact-ledger token`); oidc: an identity provider does. */
  @IsIn(['embedded', 'oidc'])
  LEDGER_AUTH_MODE: 'embedded' | 'oidc' = 'embedded';

  @ValidateIf((c: LedgerConfig) => c.LEDGER_AUTH_MODE === 'oidc')
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['https', 'http'] },
    { message: 'OIDC_ISSUER must be the issuer URL (https://...) when LEDGER_AUTH_MODE=oidc' },
  )
  OIDC_ISSUER?: string;

  @ValidateIf((c: LedgerConfig) => c.LEDGER_AUTH_MODE === 'oidc')
  @IsString({ message: 'OIDC_AUDIENCE must name the audience when LEDGER_AUTH_MODE=oidc' })
  @Matches(/\S/, { message: 'OIDC_AUDIENCE must name the audience when LEDGER_AUTH_MODE=oidc' })
  OIDC_AUDIENCE?: string;

  @ValidateIf((c: LedgerConfig) => c.LEDGER_AUTH_MODE === 'oidc')
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['https', 'http'] },
    { message: 'OIDC_JWKS_URL must be the JWKS URL (https://...) when LEDGER_AUTH_MODE=oidc' },
  )
  OIDC_JWKS_URL?: string;

  /**
   * The web app's client id at the identity provider (a public client: authorisation code
   * with PKCE, no secret, redirect URI <ledger origin>/app/signed-in). Unset, the web app
   * offers only the pasted token.
   */
  @ValidateIf((c: LedgerConfig) => c.LEDGER_AUTH_MODE === 'oidc' && c.OIDC_WEB_CLIENT_ID !== undefined)
  @Matches(/^[\x21-\x7e]{1,200}$/, { message: 'OIDC_WEB_CLIENT_ID must be the client id, without spaces, when set' })
  OIDC_WEB_CLIENT_ID?: string;

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @IsIn(['FULL', 'NORMAL'])
  LEDGER_SQLITE_SYNCHRONOUS: 'FULL' | 'NORMAL' = 'FULL';

  /** With the SQLite store: the projections on a thread of their own (`worker`), or on the API's event loop (`main`). */
  @IsIn(['worker', 'main'])
  LEDGER_PROJECTION_THREAD: 'worker' | 'main' = 'worker';

  /** How long a query with ?minPosition= waits for the read models before answering 503. */
  @IsInt()
  @Min(0)
  @Max(60_000)
  LEDGER_READ_WAIT_MS = 3000;

  /**
   * Evidence packs written at once, each on a thread of its own (up to about 100 MB
   * for a million-event compact); one more is answered 503 with Retry-After.
   */
  @IsInt()
  @Min(1)
  @Max(64)
  LEDGER_EVIDENCE_PACKS_AT_ONCE = 2;

  /** How long a pack download may take nothing before it is cut off and its thread freed. */
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  LEDGER_EVIDENCE_PACK_STALL_MS = 60_000;

  @Matches(/^[1-9][0-9]*(b|kb|mb)$/, { message: 'LEDGER_BODY_LIMIT must be a size such as 100kb or 1mb' })
  LEDGER_BODY_LIMIT = '100kb';

  /** Largest evidence file a dispute upload may carry (POST /disputes/:id/evidence); larger answers 413. */
  @Matches(/^[1-9][0-9]*(b|kb|mb)$/, { message: 'LEDGER_UPLOAD_LIMIT must be a size such as 512kb or 10mb' })
  LEDGER_UPLOAD_LIMIT = '10mb';

  /** Requests per subject per minute before 429. */
  @IsInt()
  @Min(1)
  LEDGER_RATE_LIMIT_PER_MINUTE = 1200;

  /** Comma-separated origins a browser may call the API from; empty allows none. */
  // An origin is scheme, host and port, with no path: not even the trailing slash a browser never sends.
  @Matches(/^$|^(\*|https?:\/\/[^,\s/]+)(,https?:\/\/[^,\s/]+)*$/, {
    message: 'LEDGER_CORS_ORIGINS must be empty, * or comma-separated http(s) origins with no path (https://app.example, not https://app.example/)',
  })
  LEDGER_CORS_ORIGINS = '';

  /**
   * The transparency log's name (its checkpoints' origin and the log key's name), e.g.
   * ledger.example.nhs.uk/compacts. Unset: the name of the log key found, or on first
   * start compact-ledger/<8 random hex digits>, which the key then keeps.
   */
  @IsOptional()
  @Matches(/^[^\s+]{1,200}$/, { message: 'LEDGER_ORIGIN must be a name without spaces or + (such as ledger.example.org/compacts)' })
  LEDGER_ORIGIN?: string;

  /**
   * The log key, supplied (Go sumdb/note private-key form, PRIVATE+KEY+<name>+...);
   * unset, it is <data dir>/keys/log-signing-key, made on first start. Never the token key.
   */
  @IsOptional()
  @Matches(/^\S(.*\S)?$/, { message: 'LEDGER_LOG_KEY_FILE must be a path that neither starts nor ends with a space' })
  LEDGER_LOG_KEY_FILE?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * The witnesses asked to cosign the ledger's checkpoints (C2SP tlog-witness): comma-separated
   * `<verifier key> <url>` entries, the URL each witness's submission prefix; empty asks none.
   */
  @IsString()
  LEDGER_WITNESSES = '';

  /** Longest wait for a witness's answer; a witness that does not answer is asked again later (backoff). */
  @IsInt()
  @Min(100)
  @Max(60_000)
  LEDGER_WITNESS_TIMEOUT_MS = 5000;
}

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

const TYPE_CONSTRAINTS = ['isInt', 'isIn', 'isString', 'isNotEmpty', 'matches'];
const NUMERIC = [
  'PORT',
  'LEDGER_READ_WAIT_MS',
  'LEDGER_EVIDENCE_PACKS_AT_ONCE',
  'LEDGER_EVIDENCE_PACK_STALL_MS',
  'LEDGER_RATE_LIMIT_PER_MINUTE',
  'LEDGER_WITNESS_TIMEOUT_MS',
] as const;

/** Reads and validates the configuration; a bad value throws one clear line naming the variable. */
export function loadLedgerConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<LedgerConfig> = {}): LedgerConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new LedgerConfig())) if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  for (const key of [
    'EVENTSTORE_CONNECTION_STRING',
    'OIDC_ISSUER',
    'OIDC_AUDIENCE',
    'OIDC_JWKS_URL',
    'OIDC_WEB_CLIENT_ID',
    'LEDGER_ORIGIN',
    'LEDGER_LOG_KEY_FILE',
  ])
    if (env[key]) raw[key] = env[key];
  for (const key of NUMERIC) if (typeof raw[key] === 'string') raw[key] = /^-?[0-9]+$/.test(raw[key] as string) ? Number(raw[key]) : raw[key];
  const config = Object.assign(plainToInstance(LedgerConfig, raw), overrides);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const e = errors[0];
    // Name what kind of value is wanted before any range it must fall in.
    const constraints = e.constraints ?? {};
    const first = TYPE_CONSTRAINTS.find((name) => name in constraints) ?? Object.keys(constraints)[0];
    const message = constraints[first] ?? `${e.property} is invalid`;
    throw new ConfigurationError(`invalid configuration: ${message} (got ${JSON.stringify(e.value)})`);
  }
  const witnesses = checkWitnessConfiguration(config);
  if (witnesses) throw new ConfigurationError(`invalid configuration: ${witnesses}`);
  return config;
}
