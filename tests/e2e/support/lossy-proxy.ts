// A loopback HTTP proxy that loses review uploads the ways a phone's network does: the request
// never arrives, the answer never comes back after the server committed, or the request arrives twice.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { seededRandom } from "./seeded-random";

export type ProxyCounts = {
  reviewRequests: number;
  droppedRequests: number;
  droppedResponses: number;
  duplicated: number;
  delivered: number;
};
type Upstream = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Requests carry this header so each simulated device draws faults from its own seeded stream. */
export const DEVICE_HEADER = "x-test-device";
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host", DEVICE_HEADER]);

function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

function forward(target: URL, req: http.IncomingMessage, body: Buffer): Promise<Upstream> {
  const headers: http.OutgoingHttpHeaders = { host: target.host, "content-length": body.length };
  for (const [name, value] of Object.entries(req.headers)) if (!HOP_HEADERS.has(name)) headers[name] = value;
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent: false },
      async (res) => {
        resolve({ status: res.statusCode ?? 502, headers: res.headers, body: await readBody(res) });
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}

function reply(res: http.ServerResponse, answer: Upstream): void {
  const headers: http.OutgoingHttpHeaders = { "content-length": answer.body.length };
  for (const [name, value] of Object.entries(answer.headers))
    if (!HOP_HEADERS.has(name) && value !== undefined) headers[name] = value;
  res.writeHead(answer.status, headers).end(answer.body);
}

/**
 * Per POST /api/v1/reviews: 20% dropped before forwarding, 20% forwarded but the answer dropped
 * after the server committed, 10% forwarded twice at once, each after a 0–200 ms delay.
 * Other requests pass through untouched.
 */
export async function startLossyProxy(
  upstreamURL: string,
  seed: number,
): Promise<{ url: string; counts: ProxyCounts; close(): Promise<void> }> {
  const target = new URL(upstreamURL);
  const counts: ProxyCounts = {
    reviewRequests: 0,
    droppedRequests: 0,
    droppedResponses: 0,
    duplicated: 0,
    delivered: 0,
  };
  const streams = new Map<string, () => number>();
  const randomFor = (device: string) =>
    streams.get(device) ?? streams.set(device, seededRandom(seed + 7919 * Number(device || 0))).get(device)!;
  const server = http.createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (req.method !== "POST" || req.url !== "/api/v1/reviews") return reply(res, await forward(target, req, body));
      counts.reviewRequests++;
      const random = randomFor(String(req.headers[DEVICE_HEADER] ?? ""));
      const roll = random();
      await new Promise((resolve) => setTimeout(resolve, random() * 200));
      if (roll < 0.2) {
        counts.droppedRequests++;
        return void req.socket.destroy();
      }
      if (roll < 0.4) {
        await forward(target, req, body); // the server commits; the device never hears of it
        counts.droppedResponses++;
        return void req.socket.destroy();
      }
      if (roll < 0.5) {
        counts.duplicated++;
        const [first] = await Promise.all([forward(target, req, body), forward(target, req, body)]);
        return reply(res, first);
      }
      counts.delivered++;
      reply(res, await forward(target, req, body));
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
