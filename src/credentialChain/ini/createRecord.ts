/** A string map with no prototype, so a profile named `__proto__`, `constructor` or `toString` is just a name. */
export function createRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Own-key lookup on any record (ours have no prototype; this also guards records built elsewhere). */
export function getOwn<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
