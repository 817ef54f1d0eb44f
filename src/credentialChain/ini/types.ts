/** A parsed INI file: section name → key → value, as one SDK's parser reads it (prototype-free records). */
export type IniSections = Record<string, Record<string, string>>;

/** A nested value (`s3 =` followed by indented lines) as botocore keeps it. */
export type BotocoreValue = string | Record<string, string>;
export type BotocoreSections = Record<string, Record<string, BotocoreValue>>;
