/** The AWS CLI's environment for a test: only the given credentials, no profile, no config file, no IMDS. */
export function awsCliEnv(
  creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  extraEnv: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("AWS_")) env[k] = v;
  return Object.assign(env, {
    AWS_ACCESS_KEY_ID: creds.accessKeyId,
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_CONFIG_FILE: "/nonexistent/sigfix-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/sigfix-credentials",
    AWS_PAGER: "",
    AWS_EC2_METADATA_DISABLED: "true",
    ...extraEnv,
  });
}
