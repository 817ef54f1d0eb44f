import type { ServiceRow } from "./types.ts";

/**
 * Endpoints the models do not list as a service of their own: a protocol variant of a service, or a front door.
 * Each needs an entry in serviceFacts.ts saying how it differs.
 */
export const EXTRA_ROWS: readonly ServiceRow[] = [
  {
    id: "sqs-query",
    title: "SQS",
    signingName: "sqs",
    endpointPrefix: "sqs",
    protocol: "awsQuery",
    apiVersion: "2012-11-05",
    xmlNamespace: "http://queue.amazonaws.com/doc/2012-11-05/",
    sample: { operation: "ListQueues" },
  },
];
