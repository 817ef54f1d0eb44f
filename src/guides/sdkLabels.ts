import type { z } from "astro/zod";
import type { clientSdk } from "../schemas/guide.ts";

/** How each SDK or tool is named to the reader, in guides and on /credentials/. */
export const SDK_LABELS: Record<z.infer<typeof clientSdk>, string> = {
  botocore: "botocore (boto3, AWS CLI v2)",
  "aws-cli": "AWS CLI",
  "js-v3": "JavaScript SDK v3 (Node.js)",
  "go-v1": "Go SDK v1",
  "go-v2": "Go SDK v2",
  "java-v2": "Java SDK 2.x",
  terraform: "Terraform AWS provider",
};
