import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @nestjs/swagger names each schema of the OpenAPI document after its class and keeps one
 * class per name: two DTO classes of one name make the document describe one of them for
 * both (a decision's concern was once described as an endorsement's), and the web app's
 * generated types follow the document.
 */
describe('the OpenAPI schemas', () => {
  it('come from classes of distinct names across the API', () => {
    const root = join(__dirname, '..');
    const places = new Map<string, string[]>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
          for (const [, name] of readFileSync(path, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)) {
            places.set(name, [...(places.get(name) ?? []), path.slice(root.length + 1)]);
          }
        }
      }
    };
    walk(root);
    expect(places.size).toBeGreaterThan(50);
    expect([...places].filter(([, where]) => where.length > 1)).toEqual([]);
  });
});
