import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERIFY_MJS_PATH } from './evidence-pack-writer';

/**
 * The RFC 8785 canonicaliser inside verify.mjs, run in a child process (verify.mjs is
 * an ES module of its own, outside the TypeScript build) over the test data of the
 * RFC's reference implementation: see testdata/jcs/SOURCE.md.
 */
const JCS = join(__dirname, 'testdata', 'jcs');

function canonicaliseInChild(inputs: string[]): string[] {
  const script = `
    import { canonicalize } from ${JSON.stringify(pathToFileURL(VERIFY_MJS_PATH).href)};
    let input = '';
    process.stdin.on('data', (c) => (input += c)).on('end', () => {
      const out = JSON.parse(input).map((text) => { try { return canonicalize(JSON.parse(text)); } catch (e) { return 'ERROR ' + e.message; } });
      process.stdout.write(JSON.stringify(out));
    });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(inputs), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe("verify.mjs's RFC 8785 canonicaliser", () => {
  it('gives the output of the reference implementation for each of its test inputs', () => {
    const names = readdirSync(join(JCS, 'input')).sort();
    expect(names).toEqual(['arrays.json', 'french.json', 'structures.json', 'unicode.json', 'values.json', 'weird.json']);
    const outputs = canonicaliseInChild(names.map((name) => readFileSync(join(JCS, 'input', name), 'utf8')));
    names.forEach((name, i) => expect([name, outputs[i]]).toEqual([name, readFileSync(join(JCS, 'output', name), 'utf8')]));
  });

  it("writes numbers as the reference implementation's samples say (IEEE 754 bits to text)", () => {
    // From json-canonicalization testdata/README.md and node-es6/verify-numbers.js.
    const samples: Array<[string, string]> = [
      ['4340000000000001', '9007199254740994'],
      ['4340000000000002', '9007199254740996'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['8000000000000000', '0'],
      ['0000000000000000', '0'],
    ];
    const inputs = samples.map(([bits]) => {
      const value = Buffer.from(bits, 'hex').readDoubleBE();
      return Object.is(value, -0) ? '[-0]' : `[${value.toPrecision(17)}]`;
    });
    expect(canonicaliseInChild(inputs)).toEqual(samples.map(([, text]) => `[${text}]`));
  });

  it('refuses what RFC 8785 has no form for', () => {
    expect(canonicaliseInChild(['1e400'])[0]).toMatch(/^ERROR .*NaN or Infinity/);
  });
});
