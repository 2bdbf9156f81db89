/**
 * A request body of `totalBytes` made on demand, counting what the reader pulled: a test can show a
 * route stopped reading at its limit without the process ever holding the whole body.
 */
export function countingBody({
  totalBytes,
  chunkBytes = 64 * 1024,
  prefix = "",
}: {
  totalBytes: number;
  chunkBytes?: number;
  prefix?: string;
}) {
  let pulled = 0;
  const head = new TextEncoder().encode(prefix);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= totalBytes) return controller.close();
        const chunk =
          pulled === 0 && head.byteLength ? head : new Uint8Array(Math.min(chunkBytes, totalBytes - pulled)).fill(0x20);
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}
