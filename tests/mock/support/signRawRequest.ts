import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { AKID } from "./identities.ts";

const signer = (service: string) => new SignatureV4({ service, region: "us-east-1", sha256: Sha256, credentials: AKID });

/** A raw HTTP/1.1 request signed by smithy's signer (the SDKs' own) for `service`, as bytes a socket can send. */
export async function signRawRequest(opts: { method: string; path: string; query?: Record<string, string>; headers: Record<string, string>; body?: string; service: string; at: Date }): Promise<string> {
  const body = opts.body ?? "";
  const signed = await signer(opts.service).sign(
    { method: opts.method, protocol: "http:", hostname: opts.headers.host ?? "localhost", path: opts.path, query: opts.query ?? {}, headers: { ...opts.headers, ...(body ? { "content-length": String(Buffer.byteLength(body)) } : {}) }, body },
    { signingDate: opts.at },
  );
  const query = new URLSearchParams(opts.query ?? {}).toString();
  const head = Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
  return `${opts.method} ${opts.path}${query ? `?${query}` : ""} HTTP/1.1\r\n${head}\r\n${body}`;
}

/** A presigned STS URL's path and query (smithy's presign), for GetCallerIdentity. */
export async function presignSts(at: Date, expiresIn: number, host: string): Promise<string> {
  const presigned = await signer("sts").presign(
    { method: "GET", protocol: "http:", hostname: host, path: "/", query: { Action: "GetCallerIdentity", Version: "2011-06-15" }, headers: { host } },
    { signingDate: at, expiresIn },
  );
  const query = Object.entries(presigned.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join("&");
  return `/?${query}`;
}
