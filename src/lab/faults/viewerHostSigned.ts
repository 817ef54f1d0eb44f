import type { Fault } from "./types.ts";

const VIEWER_HOST = "www.sigfix.example";

/**
 * API Gateway behind a CloudFront distribution: the client signs the viewer's host, and CloudFront forwards the
 * request with the origin's host (the execute-api name), so API Gateway sees another Host than the one signed.
 */
export const viewerHostSigned: Fault = {
  id: "viewer-host-signed",
  title: "Signed for CloudFront's host, forwarded with the origin's",
  description: "The client signs Host: www.sigfix.example; CloudFront forwards the request to the execute-api origin with the origin's Host.",
  frontDoor: "execute-api",
  apply: (s) => {
    const origin = /\r\nHost: ([^\r\n]+)/i.exec(s.request)?.[1] ?? "";
    return { ...s, request: s.request.replace(/\r\nHost: [^\r\n]+/i, `\r\nHost: ${VIEWER_HOST}`), afterSigning: { ...s.afterSigning, host: origin } };
  },
  expected: {},
};
