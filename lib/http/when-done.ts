import { logger } from "@/lib/log";

/**
 * The same stream, calling `done` once when it ends however it ends: read to the end, failed, or
 * cancelled because the client went away (a slot-style limit is given back then).
 */
export function whenDone(stream: ReadableStream<Uint8Array>, done: () => Promise<void>): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done().catch((error: unknown) => logger().error({ err: error }, "releasing after a stream failed"));
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          controller.close();
          finish();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason);
    },
  });
}
