import net from "node:net";

/** The Redis the multi-instance tests share state through: REDIS_URL, else the local one. */
export const TEST_REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** Whether it answers (the tests skip where none runs). */
export function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
  });
}
