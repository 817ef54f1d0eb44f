const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  307: "Temporary Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** The reason phrase for an HTTP status, as AWS's front ends write it. */
export function getStatusText(status: number): string {
  return STATUS_TEXT[status] ?? "Unknown";
}
