/** "12:20:00 UTC" (plus the date when it is not the server's day). */
function clock(at: Date, serverDay: string): string {
  const iso = at.toISOString();
  const time = `${iso.slice(11, 19)} UTC`;
  return iso.slice(0, 10) === serverDay ? time : `${iso.slice(0, 10)} ${time}`;
}

/** "1 h 5 min", "20 min", "30 s". */
function span(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < 60) return `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return h ? `${h} h${m ? ` ${m} min` : ""}` : `${m} min`;
}

/** The client's clock in words, against AWS's: "Your clock: 12:20:00 UTC, 20 min ahead of AWS's." */
export function describeClocks(serverNow: string, skewSeconds: number): string {
  const server = new Date(serverNow);
  if (Number.isNaN(server.getTime()) || !Number.isFinite(skewSeconds)) return "";
  const client = new Date(server.getTime() + skewSeconds * 1000);
  if (Number.isNaN(client.getTime())) return "That skew puts your clock outside any date a signer can write.";
  const where = skewSeconds === 0 ? "the same as AWS's" : `${span(skewSeconds)} ${skewSeconds > 0 ? "ahead of" : "behind"} AWS's`;
  return `Your clock: ${clock(client, serverNow.slice(0, 10))}, ${where}.`;
}
