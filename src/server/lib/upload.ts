import { AppError } from './errors.ts';
import { say } from './locale.ts';

const tooLarge = (maxBytes: number) =>
  new AppError(
    'payload_too_large',
    say({
      ja: `ファイルは ${maxBytes / 1024 / 1024} MB までです`,
      en: `A file may be at most ${maxBytes / 1024 / 1024} MB`,
    }),
    [{ path: 'body', message: say({ ja: '大きすぎます', en: 'too large' }) }],
  );

/**
 * Reads an uploaded file sent as the request body, refusing it (413) as soon as it is longer than `maxBytes`,
 * whether declared by Content-Length or counted as it arrives, so a large upload is never held whole. An empty
 * body is a 400 on `body`.
 */
export async function readUpload(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | undefined,
  maxBytes: number,
): Promise<Buffer> {
  if (declaredLength !== undefined && Number(declaredLength) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      let step: Awaited<ReturnType<typeof reader.read>>;
      try {
        step = await reader.read();
      } catch (err) {
        // The app-wide limit's own refusal; anything else is a broken upload.
        if (err instanceof AppError) throw err;
        throw new AppError(
          'bad_request',
          say({ ja: '本文を読み取れません', en: 'The body could not be read' }),
          [{ path: 'body', message: say({ ja: '途中で切れました', en: 'cut short' }) }],
        );
      }
      if (step.done) break;
      size += step.value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(step.value);
    }
  }
  if (size === 0)
    throw new AppError('validation_failed', say({ ja: 'ファイルが空です', en: 'The file is empty' }), [
      { path: 'body', message: say({ ja: 'ファイルを送ってください', en: 'send the file as the body' }) },
    ]);
  return Buffer.concat(chunks);
}

/**
 * The upload's real type, read from its first bytes by `sniff`: a file of no accepted kind is a 415 on the body,
 * and a declared Content-Type that contradicts the bytes a 415 on the header (octet-stream claims nothing).
 */
export function uploadType<T extends string>(
  bytes: Buffer,
  declared: string | undefined,
  sniff: (bytes: Uint8Array) => T | null,
  accepted: readonly T[],
): T {
  const real = sniff(bytes);
  const list = accepted.join(', ');
  if (!real)
    throw new AppError(
      'unsupported_media_type',
      say({ ja: 'このファイルの種類は受け付けません', en: 'This kind of file is not accepted' }),
      [
        {
          path: 'body',
          message: say({ ja: `${list} のいずれかにしてください`, en: `must be one of ${list}` }),
        },
      ],
    );
  const claimed = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (claimed && claimed !== 'application/octet-stream' && claimed !== real)
    throw new AppError(
      'unsupported_media_type',
      say({ ja: 'ファイルの種類が中身と違います', en: 'The declared type does not match the file' }),
      [
        {
          path: 'header.content-type',
          message: say({ ja: `中身は ${real} です`, en: `the file is ${real}` }),
        },
      ],
    );
  return real;
}
