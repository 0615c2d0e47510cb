// One way to read a request body under a size limit, for every reader we have: server actions
// (check-action-request.mjs), the endpoints the custom server answers itself (lib/server/hot) and
// Next's route handlers (a Request's body stream). Plain JavaScript so that server.mjs can load it.
// A declared Content-Length over the limit is refused before a byte is read, a streamed body as
// soon as it passes the limit, so an oversized upload is never held in memory whole.

/**
 * @param {AsyncIterable<Uint8Array> | null | undefined} chunks the body as it arrives
 * @param {string | null | undefined} declaredLength the Content-Length header, if any
 * @param {number} maxBytes
 * @returns {Promise<Buffer | "too-large">} the whole body (empty when there is none), or "too-large"
 */
export async function readLimitedBody(chunks, declaredLength, maxBytes) {
  if (Number(declaredLength ?? "0") > maxBytes) return "too-large";
  const held = [];
  let size = 0;
  for await (const chunk of chunks ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) return "too-large"; // leaving the loop cancels the rest of the stream
    held.push(chunk);
  }
  return Buffer.concat(held);
}
