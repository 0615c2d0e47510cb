// One HTTP request of a load generator on its learner's keep-alive agent: status and body text.
import http from "node:http";

export type Reply = { status: number; text: string };

/** A JSON body, when given, goes with its content type and length. */
export function sendRequest(
  agent: http.Agent,
  url: URL,
  method: "GET" | "POST",
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const extra =
      body === undefined
        ? {}
        : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
    const request = http.request(url, { method, agent, headers: { ...headers, ...extra } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}
