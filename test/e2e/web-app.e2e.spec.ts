import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerTestApp } from '../support/ledger-test-app';
import { WEB_CONTENT_SECURITY_POLICY } from '../../apps/api/src/http/web-app';

/** The web build as the API serves it: under /app/, with its own content security policy, never in the way of an API route. */
describe('The web app, served by the API', () => {
  describe('with a build', () => {
    let ledger: LedgerTestApp;
    const webDir = mkdtempSync(join(tmpdir(), 'ledger-web-build-'));

    beforeAll(async () => {
      // A build's shape (index.html and hashed assets), written here: what Vite writes is tested in apps/web/test.
      mkdirSync(join(webDir, 'assets'));
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>compact-ledger</title><script type="module" src="/app/assets/index-abc.js"></script>');
      writeFileSync(join(webDir, 'assets', 'index-abc.js'), 'console.log("app")');
      ledger = await LedgerTestApp.start({ LEDGER_WEB_DIR: webDir });
    });
    afterAll(async () => {
      await ledger.stop();
      rmSync(webDir, { recursive: true, force: true });
    });

    it('sends / to the web app', async () => {
      const response = await ledger.http.get('/').expect(302);
      expect(response.headers.location).toBe('/app/');
      expect((await ledger.http.get('/app').expect(302)).headers.location).toBe('/app/');
    });

    it("answers every page under /app/ with the app's index.html, under a strict content security policy", async () => {
      for (const path of ['/app/', '/app/compacts', '/app/compacts/0195f7c2-0000-7000-8000-000000000000', '/app/disputes/x/y']) {
        const response = await ledger.http.get(path).expect(200);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.text).toContain('/app/assets/index-abc.js');
        expect(response.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
        expect(response.headers['cache-control']).toBe('no-cache');
      }
      expect(WEB_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
      expect(WEB_CONTENT_SECURITY_POLICY).toMatch(/script-src 'self';/);
      expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
    });

    it('serves the hashed assets as files a browser may keep, and a missing one as 404, never the page', async () => {
      const asset = await ledger.http.get('/app/assets/index-abc.js').expect(200);
      expect(asset.headers['content-type']).toMatch(/^application\/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const missing = await ledger.http.get('/app/assets/index-old.js').expect(404);
      expect(missing.headers['content-type']).not.toMatch(/text\/html/);
      // A path climbing out of the assets is no asset, said as problem details, and nothing is followed.
      for (const climbing of ['/app/assets/../../index.html', '/app/assets/%2e%2e/index.html', '/app/assets/..%2f..%2fpackage.json']) {
        const refused = await ledger.http.get(climbing).expect(404);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.text).not.toContain('<title>');
      }
    });

    it('leaves the API routes and /docs as they were', async () => {
      const refused = await ledger.http.get('/compacts').expect(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      await ledger.as('regulator').get('/compacts').expect(200);
      await ledger.http.get('/docs-json').expect(200).expect('content-type', /json/);
      const docs = await ledger.http.get('/docs').expect(200);
      expect(docs.headers['content-security-policy']).toBeUndefined();
      const unknown = await ledger.http.get('/no-such-route').expect(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('without a build', () => {
    let ledger: LedgerTestApp;
    const missing = join(tmpdir(), 'ledger-web-build-that-was-never-made');

    beforeAll(async () => {
      ledger = await LedgerTestApp.start({ LEDGER_WEB_DIR: missing });
    });
    afterAll(() => ledger.stop());

    it('says at / and under /app/, in plain words, how to build the web app, and the API runs as before', async () => {
      for (const path of ['/', '/app/', '/app/compacts']) {
        const response = await ledger.http.get(path).expect(503);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.text).toContain('The web interface has not been built');
        expect(response.text).toContain('npm run build');
        expect(response.text).toContain(missing);
      }
      await ledger.as('regulator').get('/compacts').expect(200);
    });
  });
});
