import type { ServiceId } from "../../types.ts";

/**
 * Known `X-Amz-Target` values for JSON services whose operation list the lab checks. DynamoDB also still accepts
 * its 2011 API prefix (dynalite `validApis`). Services not listed accept any `Prefix.PascalCaseName`.
 */
export const JSON_OPERATIONS: Partial<Record<ServiceId, { prefixes: string[]; operations: string[] }>> = {
  dynamodb: {
    prefixes: ["DynamoDB_20120810", "DynamoDB_20111205"],
    operations: [
      "ListTables", "BatchExecuteStatement", "BatchGetItem", "BatchWriteItem", "CreateBackup", "CreateGlobalTable", "CreateTable",
      "DeleteBackup", "DeleteItem", "DeleteResourcePolicy", "DeleteTable", "DescribeBackup", "DescribeContinuousBackups",
      "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport", "DescribeGlobalTable", "DescribeGlobalTableSettings",
      "DescribeImport", "DescribeKinesisStreamingDestination", "DescribeLimits", "DescribeTable", "DescribeTableReplicaAutoScaling",
      "DescribeTimeToLive", "DisableKinesisStreamingDestination", "EnableKinesisStreamingDestination", "ExecuteStatement",
      "ExecuteTransaction", "ExportTableToPointInTime", "GetItem", "GetResourcePolicy", "ImportTable", "ListBackups",
      "ListContributorInsights", "ListExports", "ListGlobalTables", "ListImports", "ListTagsOfResource", "PutItem",
      "PutResourcePolicy", "Query", "RestoreTableFromBackup", "RestoreTableToPointInTime", "Scan", "TagResource",
      "TransactGetItems", "TransactWriteItems", "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights",
      "UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable",
      "UpdateTableReplicaAutoScaling", "UpdateTimeToLive",
    ],
  },
};
