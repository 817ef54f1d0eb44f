/** Status → (Python http.client reason phrase, .NET HttpStatusCode member name), for the codes the lab sends. */
// Python's http.HTTPStatus phrases equal Go's http.StatusText for each of these. .NET's enum has two names for 301
// (Moved, MovedPermanently) and 307 (RedirectKeepVerb, TemporaryRedirect); which one Enum.ToString prints is not
// specified by .NET: the lab uses the longer names (uncertain).
export const HTTP_REASONS: Record<number, readonly [string, string]> = {
  301: ["Moved Permanently", "MovedPermanently"],
  302: ["Found", "Found"],
  307: ["Temporary Redirect", "TemporaryRedirect"],
  400: ["Bad Request", "BadRequest"],
  401: ["Unauthorized", "Unauthorized"],
  403: ["Forbidden", "Forbidden"],
  404: ["Not Found", "NotFound"],
  405: ["Method Not Allowed", "MethodNotAllowed"],
  409: ["Conflict", "Conflict"],
  411: ["Length Required", "LengthRequired"],
  412: ["Precondition Failed", "PreconditionFailed"],
  413: ["Request Entity Too Large", "RequestEntityTooLarge"],
  431: ["Request Header Fields Too Large", "RequestHeaderFieldsTooLarge"],
  500: ["Internal Server Error", "InternalServerError"],
  501: ["Not Implemented", "NotImplemented"],
  503: ["Service Unavailable", "ServiceUnavailable"],
};
