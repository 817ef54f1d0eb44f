/**
 * The spellings a secret can take in request text: as typed; percent-encoded (JavaScript's encodeURIComponent,
 * SigV4's stricter encoding, lower-case hex, a form's `+` for space); JSON-escaped (`\/`); and base64 or
 * base64url, where the secret can sit at any of three byte offsets inside a longer encoded value. For base64 the
 * form is the part of the encoding that does not depend on its neighbours, and `base64: true` asks the caller
 * to remove the whole run of base64 around it.
 */
export interface SecretForm {
  text: string;
  base64: boolean;
}

const SIGV4_EXTRA = /[!'()*]/g;

export function getSecretForms(secret: string): SecretForm[] {
  const forms = new Set<string>([secret]);
  const component = encodeURIComponent(secret);
  forms.add(component);
  const strict = component.replace(SIGV4_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  forms.add(strict);
  forms.add(strict.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()));
  forms.add(strict.replace(/%20/g, "+"));
  forms.add(secret.replace(/\//g, "\\/"));
  const out: SecretForm[] = [...forms].map((text) => ({ text, base64: false }));
  const bytes = new TextEncoder().encode(secret);
  if (bytes.length > 4096) return out; // no credential is that long; the raw and encoded forms still apply
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    let binary = "";
    for (const byte of padded) binary += String.fromCharCode(byte);
    const encoded = btoa(binary);
    // Drop the characters that mix in a neighbour's bits: the leading bytes' share, and a last partial group.
    const core = encoded.slice(Math.ceil((offset * 4) / 3), Math.floor(padded.length / 3) * 4);
    if (core.length >= 8) {
      out.push({ text: core, base64: true });
      out.push({ text: core.replace(/\+/g, "-").replace(/\//g, "_"), base64: true });
    }
  }
  return out;
}
