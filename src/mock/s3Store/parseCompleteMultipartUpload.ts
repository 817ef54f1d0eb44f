/** One `<Part>` of a CompleteMultipartUpload body. */
export interface CompletedPart {
  partNumber: number;
  /** As sent, XML entities decoded, quotes kept ("\"abc…\"" or "abc…"). */
  etag: string;
  /** `ChecksumCRC32` and the like, by element name. */
  checksums: Map<string, string>;
}

const PART_FIELDS = ["PartNumber", "ETag", "ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumSHA1", "ChecksumSHA256"];

/**
 * Reads the part list of a CompleteMultipartUpload body (`<CompleteMultipartUpload><Part><ETag>…</ETag>
 * <PartNumber>1</PartNumber></Part>…`), in the order sent. Returns null when it is not that document (no root
 * element, no part, a part without a number or an ETag): S3 then answers MalformedXML. An index scan over the body,
 * linear in its length; no XML library, since the body is the SDKs' fixed shape.
 */
export function parseCompleteMultipartUpload(body: string): CompletedPart[] | null {
  if (!body.includes("<CompleteMultipartUpload")) return null;
  const parts: CompletedPart[] = [];
  let at = 0;
  for (;;) {
    const open = body.indexOf("<Part>", at);
    if (open === -1) break;
    const close = body.indexOf("</Part>", open);
    if (close === -1) return null;
    const inner = body.slice(open + 6, close);
    const fields = new Map<string, string>();
    for (const name of PART_FIELDS) {
      const value = getElement(inner, name);
      if (value !== undefined) fields.set(name, value);
    }
    const number = fields.get("PartNumber")?.trim() ?? "";
    const etag = fields.get("ETag");
    if (!/^\d{1,5}$/.test(number) || etag === undefined) return null;
    fields.delete("PartNumber");
    fields.delete("ETag");
    parts.push({ partNumber: Number(number), etag: etag.trim(), checksums: fields });
    at = close + 7;
  }
  return parts.length === 0 ? null : parts;
}

function getElement(xml: string, name: string): string | undefined {
  const open = xml.indexOf(`<${name}>`);
  if (open === -1) return undefined;
  const start = open + name.length + 2;
  const end = xml.indexOf(`</${name}>`, start);
  return end === -1 ? undefined : decodeEntities(xml.slice(start, end));
}

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&#34;", '"').replaceAll("&amp;", "&");
}
