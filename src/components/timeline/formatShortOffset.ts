/** A tick label relative to the server clock: "0", "−15 min", "+1 h", "+1 h 30 min", "−2 d". */
export function formatShortOffset(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.round(seconds) : 0;
  if (s === 0) return "0";
  let rest = Math.abs(s);
  const d = Math.floor(rest / 86_400);
  rest -= d * 86_400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const parts = [d ? `${d} d` : "", h ? `${h} h` : "", m ? `${m} min` : "", !d && !h && !m ? `${rest} s` : ""].filter(Boolean);
  return `${s < 0 ? "−" : "+"}${parts.join(" ")}`;
}
