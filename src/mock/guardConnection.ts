import type { Socket } from "node:net";
import { MAX_LEADING_EMPTY_LINE_BYTES } from "./lab.ts";

/**
 * Reads the start of a new connection before the HTTP parser sees it. Node's parser skips any number of empty
 * lines before a request line and never answers a flood of them; RFC 9112 §2.2 only asks a server to skip at
 * least one. Up to MAX_LEADING_EMPTY_LINE_BYTES of CR/LF pass; past that, `refuse` answers and the connection
 * closes. Anything else is put back and handed on with `accept`.
 */
export function guardConnection(socket: Socket, accept: (socket: Socket) => void, refuse: (socket: Socket) => void): void {
  let seen = 0;
  const chunks: Buffer[] = [];
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte !== 0x0d && byte !== 0x0a) return handOver();
      if (++seen > MAX_LEADING_EMPTY_LINE_BYTES) {
        stop();
        refuse(socket);
        return;
      }
    }
  };
  const stop = () => {
    socket.off("data", onData);
    socket.off("end", onEnd);
    socket.pause();
  };
  const handOver = () => {
    stop();
    socket.unshift(Buffer.concat(chunks));
    accept(socket);
    socket.resume();
  };
  // A client that sends only empty lines and half-closes still gets its answer.
  const onEnd = () => {
    stop();
    refuse(socket);
  };
  socket.on("data", onData);
  socket.on("end", onEnd);
  socket.on("error", () => socket.destroy());
}
