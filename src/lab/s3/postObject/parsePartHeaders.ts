/** What a multipart part's header block says: its field name, the file name and the part's Content-Type. */
export interface PartHeaders {
  name: string | null;
  filename: string | null;
  contentType: string | null;
}

/**
 * Reads `Content-Disposition: form-data; name="key"; filename="a.txt"` and `Content-Type` from a part's header
 * lines (CRLF-separated). Parameters are split on `;` outside quotes, and `\"` inside quotes is a quote. Linear.
 */
export function parsePartHeaders(block: string): PartHeaders {
  const out: PartHeaders = { name: null, filename: null, contentType: null };
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const header = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (header === "content-type") out.contentType = value;
    if (header !== "content-disposition") continue;
    for (const [key, param] of splitParams(value)) {
      if (key === "name" && out.name === null) out.name = param;
      if (key === "filename" && out.filename === null) out.filename = param;
    }
  }
  return out;
}

function splitParams(value: string): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  let i = value.indexOf(";");
  while (i !== -1 && i < value.length) {
    let j = i + 1;
    while (value[j] === " " || value[j] === "\t") j++;
    const eq = value.indexOf("=", j);
    const semi = value.indexOf(";", j);
    if (eq === -1 || (semi !== -1 && semi < eq)) {
      i = semi;
      continue;
    }
    const key = value.slice(j, eq).trim().toLowerCase();
    let k = eq + 1;
    let param = "";
    if (value[k] === '"') {
      k++;
      while (k < value.length && value[k] !== '"') {
        if (value[k] === "\\" && k + 1 < value.length) k++;
        param += value[k];
        k++;
      }
      k++;
      const after = value.indexOf(";", k);
      i = after;
    } else {
      const end = value.indexOf(";", k);
      param = (end === -1 ? value.slice(k) : value.slice(k, end)).trim();
      i = end;
    }
    params.push([key, param]);
  }
  return params;
}
