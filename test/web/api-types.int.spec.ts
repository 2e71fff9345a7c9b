import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '..', '..');

/**
 * The web app's types of the API are generated from the OpenAPI document and committed
 * (apps/web/src/api/ledger-api.generated.ts). Built again here from the API's code,
 * they must be the same: a change to a route, a DTO or an answer that left them behind
 * fails until `npm run web:api-types` is run.
 */
describe("The web app's API types", () => {
  it('match the OpenAPI document the API builds now', async () => {
    // The compiled script, which jest's globalSetup has just brought up to date with the sources.
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist/tools/web-api-types.js'), '--check'], { cwd: root });
    expect(stdout).toContain("the web app's API types match the API");
  }, 60_000);
});
