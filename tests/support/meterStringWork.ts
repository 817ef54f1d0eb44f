/**
 * Counts the characters that string and RegExp built-ins are asked to read, while `run` runs: an operation budget
 * that does not depend on the machine's speed. Each call is charged what it may scan (`indexOf` up to its hit,
 * `slice` what it copies, `replace`/`split`/`trim`/`exec` the whole string, TextEncoder/Decoder their input).
 * A parser that rescans its input per line or per character blows any linear budget; a single regex that
 * backtracks is caught by tests/unit/safety/noSuperLinearRegex.test.ts instead (and would not finish here).
 */
type Fn = (this: unknown, ...args: unknown[]) => unknown;

export function meterStringWork<T>(run: () => T, byMethod?: Map<string, number>): { result: T; chars: number } {
  let chars = 0;
  const restore: Array<() => void> = [];
  const wrap = (target: object, name: string | symbol, cost: (self: unknown, args: unknown[], out: unknown) => number) => {
    const original = Reflect.get(target, name) as Fn;
    const patched: Fn = function (this: unknown, ...args: unknown[]) {
      const before = this instanceof RegExp ? this.lastIndex : 0;
      const out = original.apply(this, args);
      const c = cost(this, [...args, before], out);
      chars += c;
      if (byMethod) byMethod.set(String(name), (byMethod.get(String(name)) ?? 0) + c);
      return out;
    };
    Object.defineProperty(target, name, { value: patched, configurable: true, writable: true });
    restore.push(() => Object.defineProperty(target, name, { value: original, configurable: true, writable: true }));
  };
  const len = (s: unknown) => (typeof s === "string" ? s.length : s instanceof String ? s.length : 0);
  const whole = (self: unknown) => len(self);
  const S = String.prototype;
  for (const name of ["replace", "replaceAll", "split", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "match", "matchAll", "search", "normalize", "localeCompare", "padEnd", "padStart", "repeat", "concat"]) {
    wrap(S, name, whole);
  }
  const scanTo = (self: unknown, args: unknown[], out: unknown) => {
    const from = typeof args[1] === "number" ? Math.max(0, args[1]) : 0;
    const needle = len(args[0]);
    return typeof out === "number" && out >= 0 ? out - from + needle : len(self) - from;
  };
  wrap(S, "indexOf", scanTo);
  wrap(S, "lastIndexOf", (self) => len(self));
  wrap(S, "includes", (self) => len(self));
  wrap(S, "startsWith", (_self, args) => len(args[0]));
  wrap(S, "endsWith", (_self, args) => len(args[0]));
  for (const name of ["slice", "substring", "substr"]) wrap(S, name, (_self, _args, out) => len(out));
  const R = RegExp.prototype;
  const input = (_self: unknown, args: unknown[]) => len(args[0]);
  for (const name of [Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search]) wrap(R, name, input);
  // exec/test read from lastIndex (global, sticky) or 0 up to the end of the match, or to the end when none.
  const execCost = (self: unknown, args: unknown[], out: unknown) => {
    const re = self as RegExp;
    const from = re.global || re.sticky ? (args[args.length - 1] as number) : 0;
    // A sticky regex tries one position only (V8's own split and replace call exec that way, once per position).
    if (out === null || out === false) return re.sticky ? 1 : len(args[0]) - from;
    if (out === true) return re.global || re.sticky ? Math.max(1, re.lastIndex - from) : len(args[0]);
    const m = out as RegExpExecArray;
    return Math.max(1, m.index + m[0].length - from);
  };
  wrap(R, "exec", execCost);
  wrap(R, "test", execCost);
  wrap(TextEncoder.prototype, "encode", (_self, args) => len(args[0]));
  wrap(TextDecoder.prototype, "decode", (_self, args) => (args[0] as { byteLength?: number } | undefined)?.byteLength ?? 0);
  try {
    const result = run();
    return { result, chars };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** One MiB of a character, the size issue 13's hostile inputs used. */
export const MIB = 1024 * 1024;
