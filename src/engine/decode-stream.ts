/**
 * Streaming UTF-8 decoding for the CLI (files, pipes) and the Web Worker (a dropped file): a character
 * split across two chunks is decoded whole, a byte-order mark is dropped, and invalid bytes become U+FFFD
 * instead of an exception (a log with binary garbage is still read). TextDecoder exists in Node and in
 * browsers alike, so this stays within the engine's rules.
 */
export async function decodeStream(
  stream: AsyncIterable<Uint8Array | string>,
  onText: (text: string) => void,
  onChunk?: (bytes: number) => void,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) onText(text);
    onChunk?.(typeof chunk === 'string' ? chunk.length : chunk.byteLength);
  }
  const rest = decoder.decode();
  if (rest.length > 0) onText(rest);
}
