const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
/** `[\r][\n]` as Apache HttpClient's wire log prints line ends. */
const WIRE_LINE_END = /\[\\r\]\[\\n\]/g;
/**
 * What loggers put before the message, at the start of a line: dates and times (`24/12/06 15:08:46`,
 * `2022-01-25 16:14:56,123`, `[Wed, 12 Oct 2016 14:14:51 GMT]`, `2017-01-11T20:40:53.19Z`), a level, and a logger
 * name ending in `:` or ` - ` (`ERROR AwsUtils:`, `[main] DEBUG org.apache.http.wire:73 -`, `E/UploadTask(11974):`,
 * `INFO:backoff:`). Each alternative is anchored and bounded, so the scan stays linear.
 */
const LOG_PREFIX = [
  /^\[(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} [\d:]{8} GMT\] ?(?:\[[\w.-]{1,40}\] ?)?/,
  /^\d{2,4}[-/]\d{2}[-/]\d{2}[ T][\d:]{8}(?:[.,]\d{1,9})?Z? ?(?:\d{3,6}-\d{3,6}\/[\w.]{1,60} )?/,
  /^(?:INFO|DEBUG|WARNING|ERROR|CRITICAL):[\w.]{1,60}:/,
  /^(?:\[[\w-]{1,20}\] )?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\b:? ?(?:[\w.$]{1,80}(?::\d{1,6})? ?(?:-|:) )?/,
  /^[VDIWEF]\/[\w.]{1,40}(?:\(\s?\d{1,6}\))?: /,
  /^\[\d{2}:\d{2}:\d{2}\] /,
];

function stripLogPrefix(line: string): string {
  let rest = line;
  for (let pass = 0; pass < 3; pass++) {
    const before = rest;
    const lead = rest.length - rest.trimStart().length;
    const body = rest.slice(lead);
    for (const prefix of LOG_PREFIX) {
      const m = prefix.exec(body);
      if (m && m[0].length > 0) {
        rest = body.slice(m[0].length);
        break;
      }
    }
    if (rest === before) break;
  }
  return rest;
}

/**
 * The pasted text as the readers want it: line ends unified, ANSI colours removed, literal `\n` escapes (a JSON
 * string or a JS `stack` printed with quotes) turned back into line breaks when the paste has few real ones, wire-log
 * line-end markers dropped and logger prefixes stripped from each line. Wrapped lines are not joined here: the
 * message matchers accept any run of whitespace where a message has a space, which joins them without guessing.
 */
export function normalizePaste(text: string): string {
  let t = text.replace(/\r\n?/g, "\n").replace(ANSI, "").replace(WIRE_LINE_END, "");
  const escapedBreaks = t.split("\\n").length - 1;
  const realBreaks = t.split("\n").length - 1;
  if (escapedBreaks > realBreaks) t = t.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return t
    .split("\n")
    .map((line) => stripLogPrefix(line))
    .join("\n");
}
