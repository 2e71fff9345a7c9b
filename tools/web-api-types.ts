/**
 * npm run web:api-types: the web app's types of the API, generated from the OpenAPI
 * document the API serves at /docs-json, built here from the Nest app without a
 * running server (no port, a throw-away data directory), then turned into TypeScript
 * by openapi-typescript. The result is committed (apps/web/src/api/ledger-api.generated.ts)
 * so that building the web app needs no API; `--check` fails when it no longer matches
 * the API (a jest test runs it), so a change to the API cannot leave the web app's types behind.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createLedgerApp } from '../apps/api/src/bootstrap';
import { loadLedgerConfig } from '../apps/api/src/config/ledger-config';
import { ledgerOpenApiDocument } from '../apps/api/src/http/openapi';

/** The workspace: the folder holding nx.json (this runs compiled, from dist/tools). */
function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json')) ? from : from === dirname(from) ? process.cwd() : workspaceRoot(dirname(from));
}

export const TYPES_FILE = join(workspaceRoot(), 'apps', 'web', 'src', 'api', 'ledger-api.generated.ts');

const HEADER = `/**
 * The ledger API's paths, requests and answers, generated from its OpenAPI document
 * by \`npm run web:api-types\` (tools/web-api-types.ts). Do not edit: regenerate.
 */

`;

export async function generateApiTypes(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-openapi-'));
  try {
    const app = await createLedgerApp(loadLedgerConfig({}, { LOG_LEVEL: 'silent', LEDGER_DATA_DIR: dataDir, LEDGER_PROJECTION_THREAD: 'main' }));
    try {
      const document = ledgerOpenApiDocument(app);
      const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: true });
      return HEADER + astToString(ast);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const types = await generateApiTypes();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(TYPES_FILE, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== types) {
      process.stderr.write(`web-api-types: ${TYPES_FILE} does not match the API's OpenAPI document; run npm run web:api-types\n`);
      process.exit(1);
    }
    process.stdout.write("web-api-types: the web app's API types match the API\n");
    return;
  }
  writeFileSync(TYPES_FILE, types);
  process.stdout.write(`web-api-types: wrote ${TYPES_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`web-api-types: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}
