/** Status → (Python http.client reason phrase, .NET HttpStatusCode member name), for the codes the lab sends. */
export const HTTP_REASONS: Record<number, readonly [string, string]> = {
  400: ["Bad Request", "BadRequest"],
  401: ["Unauthorized", "Unauthorized"],
  403: ["Forbidden", "Forbidden"],
  404: ["Not Found", "NotFound"],
  405: ["Method Not Allowed", "MethodNotAllowed"],
  411: ["Length Required", "LengthRequired"],
  413: ["Request Entity Too Large", "RequestEntityTooLarge"],
  431: ["Request Header Fields Too Large", "RequestHeaderFieldsTooLarge"],
  500: ["Internal Server Error", "InternalServerError"],
  501: ["Not Implemented", "NotImplemented"],
  503: ["Service Unavailable", "ServiceUnavailable"],
};
