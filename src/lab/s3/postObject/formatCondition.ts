/**
 * A policy condition as S3 quotes it after "Policy Condition failed: ": a JSON array with `", "` between the
 * elements, and a simple `{"name": "value"}` condition as `["eq", "$name", "value"]`.
 * source: https://github.com/waynehoover/s3_direct_upload/issues/107 (raw `["starts-with", "$content-type", ""]`);
 * https://github.com/aws/aws-sdk-net/issues/556 (a simple x-amz-credential condition quoted as `["eq", "$x-amz-credential", …]`);
 * localstack tests/aws/services/s3/test_s3.snapshot.json (recorded against AWS: `["content-length-range", "test", "10"]`,
 * strings kept as strings). confirmed.
 */
export function formatCondition(condition: unknown): string {
  if (Array.isArray(condition)) return `[${condition.map((e) => JSON.stringify(e) ?? "null").join(", ")}]`;
  if (typeof condition === "object" && condition !== null) {
    const [name, value] = Object.entries(condition)[0] ?? ["", ""];
    return `["eq", ${JSON.stringify(`$${name}`)}, ${JSON.stringify(value) ?? "null"}]`;
  }
  return JSON.stringify(condition) ?? "null";
}
