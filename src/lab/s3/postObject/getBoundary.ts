/**
 * The `boundary` parameter of a `multipart/form-data` Content-Type (quoted or not), or null when the type is not
 * multipart/form-data or has no usable boundary (1 to 70 characters, RFC 2046 §5.1.1). Index scans, no regex.
 */
export function getBoundary(contentType: string): { multipart: boolean; boundary: string | null } {
  const semi = contentType.indexOf(";");
  const type = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  if (type !== "multipart/form-data") return { multipart: false, boundary: null };
  let rest = semi === -1 ? "" : contentType.slice(semi + 1);
  while (rest !== "") {
    const next = rest.indexOf(";");
    const param = (next === -1 ? rest : rest.slice(0, next)).trim();
    rest = next === -1 ? "" : rest.slice(next + 1);
    const eq = param.indexOf("=");
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== "boundary") continue;
    let value = param.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    return { multipart: true, boundary: value.length >= 1 && value.length <= 70 ? value : null };
  }
  return { multipart: true, boundary: null };
}
