// Starts `astro preview` of the built site on a port and resolves once it answers; the caller kills the group.
import { spawn } from "node:child_process";

export async function startPreview(port) {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["astro", "preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { child, base, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(-child.pid);
  throw new Error(`astro preview did not answer on ${base}`);
}
