// Checks made before a request reaches Next, for input Next itself answers with a 500:
// a path whose percent-encoding does not decode ("/api/v1/cards/%25%/flag", "%E0%A4%A") makes
// Next's route matcher throw URIError. Such a path names nothing we serve: 400.
/** @returns {string | null} why the request is refused, or null when it may go on */
export function refuseRequest(url) {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
  } catch {
    return "the request path is not valid percent-encoding";
  }
  return null;
}

/** @param {import("node:http").ServerResponse} response */
export function answerBadRequest(response, message) {
  answerError(response, 400, message);
}

/** @param {import("node:http").ServerResponse} response */
export function answerError(response, status, message) {
  if (response.headersSent) return response.end();
  const body = JSON.stringify({ error: { code: status === 413 ? "PAYLOAD_TOO_LARGE" : "INVALID_INPUT", message } });
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  });
  response.end(body);
}
