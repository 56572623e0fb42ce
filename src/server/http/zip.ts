/** Zip files in and out of the API (a scenario folder, issue 15): answered as a download, read within a size limit. */
import { Problem } from '../core/errors.ts';

const ZIP_TYPES = /^application\/(zip|x-zip-compressed)\b/i;

/** A zip download: attachment, never cached. */
export function zipResponse(file: { filename: string; bytes: Uint8Array }): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}

/** The request's body as bytes when it is a zip of at most `maxBytes`; 415 for another type, 413 past the limit. */
export async function readZip(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!ZIP_TYPES.test(request.headers.get('content-type') ?? ''))
    throw new Problem(415, 'Send the scenario’s folder as a zip file (Content-Type: application/zip).');
  const tooLarge = () => new Problem(413, `The zip is larger than ${maxBytes / 1024 / 1024} MB.`);
  if (Number(request.headers.get('content-length') ?? NaN) > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) throw new Problem(400, 'The request has no body: send the zip file.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw new Problem(400, 'The request has no body: send the zip file.');
  return new Uint8Array(Buffer.concat(chunks));
}
