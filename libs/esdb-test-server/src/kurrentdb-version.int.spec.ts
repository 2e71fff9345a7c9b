import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KURRENTDB_VERSION } from './kurrentdb';

/** The KurrentDB version is named once (src/kurrentdb.ts); what deploys and documents it must say the same. */
describe('the pinned KurrentDB version', () => {
  const root = join(__dirname, '..', '..', '..');
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  it('is the image docker-compose.yml runs, and no image floats on a moving tag', () => {
    const images = [...read('docker-compose.yml').matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1]);
    expect(images).toEqual([`docker.kurrent.io/kurrent-lts/kurrentdb:${KURRENTDB_VERSION}`]);
  });

  it('is the version docs/eventstoredb.md and the test server\'s README name', () => {
    const section = read('docs/eventstoredb.md');
    expect(section).toContain(`KurrentDB ${KURRENTDB_VERSION}`);
    expect(read('libs/esdb-test-server/README.md')).toContain(`KurrentDB ${KURRENTDB_VERSION}`);
    expect(section.match(/KurrentDB \d+\.\d+\.\d+/g)).toEqual([`KurrentDB ${KURRENTDB_VERSION}`]);
  });
});
