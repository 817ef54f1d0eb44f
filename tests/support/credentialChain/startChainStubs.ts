// Stub credential endpoints on 127.0.0.1 (port 0): IMDS (IMDSv2 token, role list, role credentials), an IMDS with no
// role, and a container endpoint whose path names the key it hands out. Plus one port where nothing listens.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { StubPorts } from "./chainCaseTypes.ts";

const EXPIRATION = "2099-01-01T00:00:00Z";

function credentialsJson(accessKeyId: string): string {
  return JSON.stringify({ Code: "Success", Type: "AWS-HMAC", AccessKeyId: accessKeyId, SecretAccessKey: "stubSecretEXAMPLE", Token: "stub-token-EXAMPLE", Expiration: EXPIRATION, LastUpdated: "2026-01-01T00:00:00Z" });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function imdsServer(role: { accessKeyId: string; roleName: string } | undefined): Server {
  return createServer((request, response) => {
    const url = request.url ?? "";
    if (request.method === "PUT" && url === "/latest/api/token") return response.end("stub-imds-token");
    if (url === "/latest/meta-data/iam/security-credentials/" || url === "/latest/meta-data/iam/security-credentials") {
      if (!role) return response.writeHead(404).end();
      return response.end(role.roleName);
    }
    if (role && url === `/latest/meta-data/iam/security-credentials/${role.roleName}`) return response.end(credentialsJson(role.accessKeyId));
    if (url === "/latest/meta-data/placement/region") return response.writeHead(404).end();
    response.writeHead(404).end();
  });
}

function containerServer(): Server {
  return createServer((request, response) => {
    const url = request.url ?? "";
    const creds = /^\/creds\/([A-Z0-9]+)$/.exec(url);
    if (creds) return response.writeHead(200, { "content-type": "application/json" }).end(credentialsJson(creds[1]));
    const status = /^\/status\/(\d{3})$/.exec(url);
    response.writeHead(status ? Number(status[1]) : 404).end();
  });
}

export async function startChainStubs(): Promise<{ ports: StubPorts; close: () => Promise<void> }> {
  const roles = [0, 1, 2].map((i) => ({ accessKeyId: `ASIASIGFIXIMDS000${i}0${i}`.slice(0, 20), roleName: `sigfix-instance-role-${i}` }));
  const servers = roles.map((role) => imdsServer(role));
  const noRole = imdsServer(undefined);
  const container = containerServer();
  const probe = createServer();
  const all = [...servers, noRole, container];
  const imdsPorts = await Promise.all(servers.map(listen));
  const ports: StubPorts = {
    imds: roles.map((role, i) => ({ ...role, port: imdsPorts[i] })),
    imdsNoRole: await listen(noRole),
    container: await listen(container),
    closed: await listen(probe),
  };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return {
    ports,
    close: () => Promise.all(all.map((server) => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }))).then(() => undefined),
  };
}
