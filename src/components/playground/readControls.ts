import type { Scenario, ServiceId, TamperKind } from "../../lab/index.ts";
import type { PlaygroundState, TokenState } from "../../playgroundState/index.ts";

const value = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

/** What the reader typed that the lab cannot use as is, per field; the run uses the stated fallback instead. */
export interface ControlProblems {
  skew?: string;
  expiresIn?: string;
}

/** A number of minutes as typed ("20", "-5", "1.5", "+3"); null when it is not one. */
function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return Number.isFinite(minutes) && Math.abs(minutes) <= 1e7 ? minutes : null;
}

/**
 * Reads the form into a new state. Fields the form has no control for (set by a preset's faults: signing service,
 * endpoint region…) carry over from `previous`. Unreadable numbers fall back (skew 0, the signer's default expiry)
 * and are reported in `problems`, never used silently.
 */
export function readControls(form: HTMLFormElement, previous: PlaygroundState, request: string): { state: PlaygroundState; problems: ControlProblems } {
  const problems: ControlProblems = {};
  const skewText = value(form, "skew");
  const skewMinutes = parseMinutes(skewText);
  if (skewMinutes === null) problems.skew = `“${skewText.slice(0, 40)}” is not a number of minutes (try 20 or -5): signing with no skew until it is.`;
  const expiresText = value(form, "expiresIn").trim();
  const expires = /^\d{1,9}$/.test(expiresText) ? Number(expiresText) : undefined;
  if (expiresText !== "" && expires === undefined) problems.expiresIn = `“${expiresText.slice(0, 40)}” is not a whole number of seconds: signing with the default until it is.`;
  const mode = (form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? "header") as Scenario["mode"];
  const service = value(form, "service") as ServiceId;
  const token = value(form, "sessionToken");
  const tamper = value(form, "tamper");
  const { expiresIn: _expires, tamper: _tamper, credentials: _credentials, ...kept } = previous.scenario;
  const scenario: Scenario = {
    ...kept,
    request,
    service,
    region: value(form, "region").trim(),
    credentials: {
      accessKeyId: value(form, "accessKeyId"),
      secretAccessKey: value(form, "secretAccessKey"),
      ...(token !== "" ? { sessionToken: token } : {}),
    },
    clockSkewSeconds: Math.round((skewMinutes ?? 0) * 60),
    mode,
    ...(mode === "query" && expires !== undefined ? { expiresIn: expires } : {}),
    ...(tamper !== "" ? { tamper: tamper as TamperKind } : {}),
    endpointMode: service === "dynamodb" && (form.elements.namedItem("dynamodbLocal") as HTMLInputElement).checked ? "dynamodb-local" : "aws",
  };
  return { state: { preset: previous.preset, scenario, tokenState: value(form, "tokenState") as TokenState }, problems };
}
