import type { Scenario, ServiceId, TamperKind } from "../../lab/index.ts";
import type { PlaygroundState, TokenState } from "../../playgroundState/index.ts";

const value = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

/**
 * Reads the form into a new state. Fields the form has no control for (set by a preset's faults: signing service,
 * endpoint region…) carry over from `previous`. Empty or unreadable numbers fall back to 0 / the signer's default.
 */
export function readControls(form: HTMLFormElement, previous: PlaygroundState, request: string): PlaygroundState {
  const skewMinutes = Number(value(form, "skew"));
  const expires = Number.parseInt(value(form, "expiresIn"), 10);
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
    clockSkewSeconds: Number.isFinite(skewMinutes) ? Math.round(skewMinutes * 60) : 0,
    mode,
    ...(mode === "query" && Number.isFinite(expires) ? { expiresIn: expires } : {}),
    ...(tamper !== "" ? { tamper: tamper as TamperKind } : {}),
    endpointMode: service === "dynamodb" && (form.elements.namedItem("dynamodbLocal") as HTMLInputElement).checked ? "dynamodb-local" : "aws",
  };
  return { preset: previous.preset, scenario, tokenState: value(form, "tokenState") as TokenState };
}
