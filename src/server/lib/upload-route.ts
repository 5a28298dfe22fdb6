import { errorResponses } from './http.ts';

const binary = { type: 'string', format: 'binary' } as const;

/** How the OpenAPI description names a type (in the order given), e.g. "PDF, JPEG, PNG or WebP". */
const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

function listTypes(types: readonly string[]): string {
  const names = types.map((t) => typeNames[t] ?? t);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * A binary body or response of one of `types`. The cast is deliberate: zod-openapi types a request body's content
 * as zod schemas to validate, and an uploaded file is read as a stream by `readUpload`, not validated by zod.
 */
export const binaryContent = (types: readonly string[]) =>
  Object.fromEntries(types.map((t) => [t, { schema: binary }])) as never;

/**
 * The contract of a route whose body is the uploaded file itself (lib/upload.ts reads and checks it), so that every
 * upload route describes its body, its limit and its refusals alike: 400 an empty or cut-short body, 403 not
 * allowed, 404 no such record, 409 the record holds its most files, 413 over `maxBytes`, 415 a type not accepted
 * or one that contradicts the bytes. The route adds its own sentence (its count limit) to `description`.
 */
export function uploadContract(types: readonly string[], maxBytes: number) {
  return {
    description:
      `At most ${maxBytes} bytes, ${listTypes(types)}, read from its first bytes; a Content-Type ` +
      'that contradicts them is refused.',
    body: { required: true, content: binaryContent(types) },
    errors: errorResponses(400, 403, 404, 409, 413, 415),
  };
}
