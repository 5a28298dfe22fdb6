import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaFile, generateApiTypes } from '../../../scripts/api-types.ts';

describe('api-schema.d.ts', () => {
  it('matches the server OpenAPI document (else run `npm run api:types`)', async () => {
    const fresh = await generateApiTypes();
    const committed = fs.readFileSync(apiSchemaFile, 'utf8');
    // One message, not a 5,000-line diff: the fix is always the same command.
    expect(
      committed === fresh,
      'src/web/lib/api-schema.d.ts is stale: the server API changed. Run `npm run api:types` and commit the result.',
    ).toBe(true);
  });
});
