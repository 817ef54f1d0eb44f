const FILLER = "sigfix example upload bytes 0123456789\n";

/** A file of `size` bytes: readable filler, so the page can print the start of it. The same size gives the same bytes. */
export function createFileBytes(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = FILLER.charCodeAt(i % FILLER.length);
  return out;
}
