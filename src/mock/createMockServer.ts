import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createNetServer } from "node:net";
import type { Socket } from "node:net";
import { formatLogLine, formatRejectLine } from "./formatLogLine.ts";
import { createIssuedIdentities } from "./createIssuedIdentities.ts";
import { getServerNow, handleExchange } from "./handleExchange.ts";
import type { Exchange, MockState } from "./handleExchange.ts";
import { getBodyLimit } from "./getBodyLimit.ts";
import { guardConnection } from "./guardConnection.ts";
import { createObjectStore } from "./s3Store/createObjectStore.ts";
import type { StoreCaps } from "./s3Store/createObjectStore.ts";
import { seedObjectStore } from "./s3Store/seedObjectStore.ts";
import { MAX_BODY_BYTES, MAX_HEADER_BYTES, MAX_HEADER_COUNT, MAX_LEADING_EMPTY_LINE_BYTES } from "./lab.ts";
import type { LabRequest, World } from "./lab.ts";
import { renderPlainError, serializePlainResponse } from "./renderPlainError.ts";

export interface MockServerOptions {
  region: string;
  mode: "aws" | "dynamodb-local";
  world: World;
  clockOffsetSeconds?: number;
  /** The machine's clock in epoch ms; defaults to `Date.now`. */
  clock?: () => number;
  /**
   * Largest request body accepted, in bytes (default: the lab's MAX_BODY_BYTES, 1 MiB); above it, 413. S3 writes
   * get MAX_S3_WRITE_BODY_BYTES (32 MiB) or this, whichever is larger (getBodyLimit).
   */
  maxBodyBytes?: number;
  /** The S3 store's bounds (default: MAX_S3_STORE_BYTES and MAX_S3_STORE_ENTRIES, README "Limits and safety"). */
  storeCaps?: StoreCaps;
  /** One line per request (default: none). */
  log?: (line: string) => void;
  /** Every request that reached the lab, with its verdict and response (tests read it). */
  onExchange?: (e: Exchange) => void;
}

export interface MockServer {
  server: Server;
  /** Mutable: STS adds identities, tests move the clock. */
  state: MockState;
  /** Starts listening; resolves with the base URL (`http://127.0.0.1:4599`). */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, drops open connections, resolves when closed. */
  close(): Promise<void>;
}

/**
 * The one-port endpoint over the lab. Reads each request as received (`rawHeaders`, raw target, body up to the
 * limit), answers what the lab renders, and never lets bad input take it down: HTTP that Node's parser refuses gets a
 * well-formed 400 (431 for oversized headers, 408 on timeout) from `clientError`, and the server carries on.
 */
export function createMockServer(opts: MockServerOptions): MockServer {
  const state: MockState = {
    region: opts.region,
    mode: opts.mode,
    identities: opts.world.identities,
    issued: createIssuedIdentities(),
    optInRegions: opts.world.optInRegions,
    ...(opts.world.buckets ? { buckets: opts.world.buckets } : {}),
    clockOffsetSeconds: opts.clockOffsetSeconds ?? 0,
    clock: opts.clock ?? Date.now,
    store: seedObjectStore(createObjectStore(opts.storeCaps)),
  };
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = opts.log ?? (() => {});
  // requireHostHeader off: a request without Host reaches the lab, which answers as AWS would.
  const server = createServer({ requireHostHeader: false, headersTimeout: 20_000, requestTimeout: 60_000, maxHeaderSize: MAX_HEADER_BYTES });
  // Node drops headers past maxHeadersCount without a word (a signed header could vanish): count them here instead.
  server.maxHeadersCount = 0;
  // The newest response on each connection: a refusal of a later pipelined request waits for it (RFC 9112 §9.3.2).
  const lastResponse = new WeakMap<Socket, ServerResponse>();

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    res.sendDate = false; // the Date header is the server's (possibly shifted) clock, set by the lab
    lastResponse.set(req.socket, res);
    if (req.rawHeaders.length / 2 > MAX_HEADER_COUNT) {
      req.resume();
      return reject(res, 431, `The request has ${req.rawHeaders.length / 2} header lines, more than the mock endpoint's limit of ${MAX_HEADER_COUNT}.`);
    }
    const headers = pairs(req.rawHeaders);
    const limit = getBodyLimit({ method: req.method ?? "GET", target: req.url ?? "/", headers }, maxBody);
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > limit) {
      // The client may hang up before sending the body it announced: Node then emits "aborted" on the request.
      req.on("error", () => {});
      return reject(res, 413, tooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(res, 413, tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    // The client closed before the whole body arrived (Content-Length not reached): say so if the socket still listens.
    req.on("error", () => {
      if (done) return;
      done = true;
      if (!res.headersSent && res.writable && !res.socket?.destroyed && !res.socket?.writableEnded) reject(res, 400, "The request body ended before its Content-Length.");
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      const joined = Buffer.concat(chunks);
      chunks.length = 0;
      const request: LabRequest = {
        method: req.method ?? "GET",
        target: req.url ?? "/",
        httpVersion: `HTTP/${req.httpVersion}`,
        headers,
        // A view of the joined buffer, not a copy: an S3 part is up to 32 MiB.
        body: new Uint8Array(joined.buffer, joined.byteOffset, joined.length),
      };
      let exchange: Exchange;
      try {
        exchange = handleExchange(request, state);
      } catch (err) {
        log(formatRejectLine(getServerNow(state), 500, `internal error: ${String(err).split("\n")[0]}`));
        return reject(res, 500, "The mock endpoint failed on this request (a bug in sigfix: please report it with the request).");
      }
      send(res, exchange.response);
      log(formatLogLine(exchange));
      opts.onExchange?.(exchange);
    });
  });

  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const code = err.code ?? "";
    const pending = lastResponse.get(socket);
    // A response already under way for the request that failed cannot be replaced (a bad chunked body mid-stream).
    const current = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (code === "ECONNRESET" || !socket.writable || (current?.headersSent && current === pending && !current.writableFinished)) {
      socket.destroy();
      return;
    }
    const status = code === "HPE_HEADER_OVERFLOW" ? 431 : code === "HPE_REQUEST_TIMEOUT" || code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    let answered = false;
    const refuse = () => {
      if (answered) return;
      answered = true;
      const now = getServerNow(state);
      const reason = `Unparseable HTTP request (${code || "parse error"}: ${err.message}).`;
      if (!socket.destroyed) socket.end(serializePlainResponse(renderPlainError(status, reason, now)));
      log(formatRejectLine(now, status, `unparseable HTTP (${code || err.message})`));
    };
    // The request whose body broke (a bad chunk) is answered through its own response, after earlier ones.
    if (pending && !pending.headersSent && pending.req && !pending.req.complete) {
      return reject(pending, status, `Unparseable HTTP request body (${code || "parse error"}: ${err.message}).`);
    }
    // Earlier pipelined requests keep their own answers, in order; the refusal comes after them.
    if (pending && !pending.writableFinished) pending.once("finish", refuse).once("close", refuse);
    else refuse();
  });

  // CONNECT is no AWS operation; without this listener Node would drop the connection unanswered.
  server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    const now = getServerNow(state);
    socket.end(serializePlainResponse(renderPlainError(400, "CONNECT is not an AWS request: the mock endpoint is no proxy.", now)));
    log(formatRejectLine(now, 400, "CONNECT refused"));
  });

  // The listening socket: each connection passes guardConnection (empty-line floods) before the HTTP parser.
  const guarded = new Set<Socket>();
  const front = createNetServer((socket) => {
    guarded.add(socket);
    socket.once("close", () => guarded.delete(socket));
    guardConnection(
      socket,
      (s) => server.emit("connection", s),
      (s) => {
        const now = getServerNow(state);
        s.end(serializePlainResponse(renderPlainError(400, `The request starts with more than ${MAX_LEADING_EMPTY_LINE_BYTES} bytes of empty lines.`, now)));
        log(formatRejectLine(now, 400, "empty-line flood"));
      },
    );
  });

  function reject(res: ServerResponse, status: number, explanation: string): void {
    if (res.headersSent) return;
    const now = getServerNow(state);
    send(res, renderPlainError(status, explanation, now));
    log(formatRejectLine(now, status, status === 413 ? "request body too large" : explanation));
  }

  return {
    server,
    state,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        front.once("error", reject);
        front.listen(port, host, () => {
          front.off("error", reject);
          const address = front.address();
          const actual = typeof address === "object" && address !== null ? address.port : port;
          const shown = host.includes(":") ? `[${host}]` : host;
          resolve(`http://${shown}:${actual}`);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        front.close(() => resolve());
        server.closeAllConnections();
        for (const socket of guarded) socket.destroy();
      });
    },
  };
}

function send(res: ServerResponse, r: Exchange["response"]): void {
  const flat: string[] = [];
  for (const [name, value] of r.headers) flat.push(name, value);
  res.writeHead(r.status, r.statusText, flat);
  res.end(r.bytes ?? Buffer.from(r.body, "utf8"));
}

function pairs(raw: string[]): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push({ name: raw[i]!, value: decodeHeaderValue(raw[i + 1]!) });
  return out;
}

// ignoreBOM keeps a leading U+FEFF as sent: a BOM added to a header after signing must break the signature.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Node hands header values over as latin1 (one char per byte); clients sign UTF-8 text, so read UTF-8 when it is. */
function decodeHeaderValue(latin1: string): string {
  if (!/[\x80-\xff]/.test(latin1)) return latin1;
  try {
    return utf8.decode(Buffer.from(latin1, "latin1"));
  } catch {
    return latin1;
  }
}

function tooLarge(max: number): string {
  return `The request body is larger than the mock endpoint's limit of ${max} bytes.`;
}
