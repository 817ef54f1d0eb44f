// The credential chain's input and output. Everything the SDK would read from the machine comes in here:
// the model reads no environment, clock, file or network of its own.

/** The SDKs modelled. botocore covers boto3 and the AWS CLI (v1 and v2 share botocore's chain). */
export type SdkId = "botocore" | "js-v3" | "go-v2" | "java-v2";

/**
 * Where credentials came from, in botocore's own method names (`Credentials.method`). The other SDKs' providers
 * are mapped onto these (README, "credential sources"); `login` is botocore's `aws login` provider.
 */
export type SourceName =
  | "explicit"
  | "env"
  | "assume-role"
  | "assume-role-with-web-identity"
  | "sso"
  | "login"
  | "shared-credentials-file"
  | "custom-process"
  | "config-file"
  | "container-role"
  | "iam-role"
  /** botocore only: AWS_CREDENTIAL_FILE (the original EC2 tools' file) and boto2's [Credentials]. */
  | "ec2-credentials-file"
  | "boto-config";

/** Credentials as the model sees them: the key ID and whether each secret part is present, never a secret. */
export interface CredentialShape {
  accessKeyId: string;
  hasSecretAccessKey: boolean;
  hasSessionToken: boolean;
  /** ISO-8601, when the source gives one (process output, container, IMDS, SSO). */
  expiration?: string;
}

/** What an HTTP credentials endpoint (ECS/EKS container endpoint, EC2 IMDS) answers. */
export type EndpointAnswer =
  | { kind: "credentials"; credentials: CredentialShape; roleName?: string }
  /** Nothing listens, or the connection times out: the SDK's connect error. */
  | { kind: "unreachable" }
  /** An HTTP error status (IMDS 404: no role attached to the instance). */
  | { kind: "http-error"; status: number };

/** What running a `credential_process` command produces. */
export type ProcessAnswer =
  | { kind: "credentials"; credentials: CredentialShape; version?: number }
  | { kind: "exit"; code: number; stderr?: string }
  | { kind: "not-json" }
  | { kind: "not-found" }
  /** The command runs and prints valid credentials the model does not see (the CLI never runs commands). */
  | { kind: "unknown" };

/** One IAM Identity Center token in ~/.aws/sso/cache, keyed in `Surroundings.ssoCache` by session name or start URL. */
export interface SsoCachedToken {
  /** ISO-8601 `expiresAt` of the access token. */
  expiresAt: string;
  hasAccessToken: boolean;
  /** clientId, clientSecret and refreshToken are all cached (sso-session tokens can be refreshed). */
  hasRefreshToken?: boolean;
  /** Whether a refresh through the SSO OIDC endpoint would succeed. Default false (offline, revoked). */
  refreshWorks?: boolean;
  /** What sso:GetRoleCredentials returns with this token. Absent = it succeeds with a key the model cannot know. */
  roleCredentials?: CredentialShape;
}

/** What the machine around the process offers: endpoints, commands, caches. Absent means "not there". */
export interface Surroundings {
  /** The container credentials endpoint (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI): ECS, EKS Pod Identity. */
  container?: EndpointAnswer;
  /** EC2 instance metadata (169.254.169.254 or AWS_EC2_METADATA_SERVICE_ENDPOINT). Absent = unreachable (not EC2). */
  imds?: EndpointAnswer;
  /** The region IMDS reports (JS v3 and Java v2 fall back to it). */
  imdsRegion?: string;
  /** credential_process outcomes, keyed by the exact command line or by the program path. Absent = command not found. */
  processes?: Record<string, ProcessAnswer>;
  /** SSO token cache, keyed by `sso_session` name (sso-session profiles) or `sso_start_url` (legacy profiles). */
  ssoCache?: Record<string, SsoCachedToken>;
  /**
   * What STS hands back for AssumeRole / AssumeRoleWithWebIdentity, keyed by role ARN. Absent = the call is made
   * and succeeds with a key the model cannot know (`accessKeyId` is then undefined in the result).
   */
  sts?: Record<string, EndpointAnswer>;
}

/** Everything that decides which credentials an SDK picks. */
export interface ChainInput {
  /** The entire environment. Nothing else is read. */
  env: Readonly<Record<string, string>>;
  /** The home folder, from which `~/.aws/config` and `~/.aws/credentials` are found (HOME). Default "/home/user". */
  home?: string;
  /** Files by absolute path (config, credentials, web identity tokens, ~/.boto). A path not here does not exist. */
  files?: Readonly<Record<string, string>>;
  /** Given in code or on the command line: `--profile`, `Session(profile_name=)`, `fromNodeProviderChain({ profile })`. */
  explicitProfile?: string;
  /** Credentials passed to the client in code (`boto3.client(aws_access_key_id=…)`, `new Client({ credentials })`). */
  explicitCredentials?: CredentialShape;
  /** A region given in code or on the command line (`--region`, `region_name=`). */
  explicitRegion?: string;
  /** The service whose client is being built, as the SDKs name it in AWS_ENDPOINT_URL_<SERVICE>. Default "sts". */
  service?: string;
  surroundings?: Surroundings;
  /** The current time, ISO-8601 (expired SSO tokens, process credentials). */
  now: string;
}

/** One provider of the chain, in the order the SDK tries it. */
export interface TraceStep {
  /** The SDK's own name for the provider (`fromIni`, `SharedCredentialProvider`, `EnvironmentVariableCredentialsProvider`). */
  provider: string;
  /** The botocore method name this provider yields (README mapping), when it yields one. */
  source?: SourceName;
  outcome: "used" | "skipped" | "failed" | "not-reached";
  /** Why, in one sentence. */
  reason: string;
}

export type WarningCode =
  | "session-token-beside-long-term-key"
  | "temporary-key-without-token"
  | "profile-overridden-by-env-keys"
  | "env-keys-ignored-for-profile"
  | "source-profile-loop"
  | "sso-token-expired"
  | "endpoint-override-one-service"
  | "endpoint-override-all-services"
  | "configured-endpoints-ignored"
  | "profile-not-found"
  | "invalid-region"
  | "file-parse-error";

export interface ChainWarning {
  code: WarningCode;
  message: string;
}

/** Where the chosen key came from, so a caller holding the inputs can find the matching secret itself. */
export type CredentialOrigin =
  | { kind: "env"; accessKeyIdVar: string; secretVar: string; sessionTokenVar?: string }
  | { kind: "file"; path: string; section: string; profile: string }
  | { kind: "explicit" }
  | { kind: "endpoint"; endpoint: "container" | "imds" | "process" | "sso" | "sts" };

/** Credentials one provider produced. For a role, `assumeRole` says which credentials (or token) called STS. */
export interface ResolvedCredentials {
  source: SourceName;
  /** The SDK's provider name. */
  provider: string;
  /** Undefined when STS or the SSO portal issues the key and `surroundings` does not say which. */
  accessKeyId?: string;
  hasSessionToken?: boolean;
  origin?: CredentialOrigin;
  assumeRole?: {
    roleArn: string;
    /** The profile holding `role_arn` (absent for AWS_ROLE_ARN). */
    profile?: string;
    /** The credentials that call sts:AssumeRole; absent for web identity, which sends `tokenFile`'s token instead. */
    sourceCredentials?: ResolvedCredentials;
    tokenFile?: string;
  };
  /** The SDK picks this source but fetches lazily (botocore's deferred credentials): the fetch can still fail. */
  deferred?: boolean;
  /** For a deferred source: the error the first request would raise when fetching (missing token file, expired SSO). */
  fetchError?: { name: string; message: string };
}

/** The answer: which source wins, with which key, and why. */
export interface ChainResult {
  sdk: SdkId;
  /** The SDK release whose source the model follows, e.g. "botocore 1.43.11". */
  sdkVersion: string;
  /** Usable credentials come out. False also when a source is chosen but fails on first use (`credentials.fetchError`). */
  resolved: boolean;
  /** The chosen source; set also when it is chosen and then fails on first use. */
  source?: SourceName;
  /** The full key ID (not a secret; kept so callers can compare); show `maskedAccessKeyId` to people. */
  accessKeyId?: string;
  /** The key ID with everything past its 4-character prefix masked: `AKIA****************`. */
  maskedAccessKeyId?: string;
  hasSessionToken?: boolean;
  /** The winning credentials in full: where they came from and, for roles, what called STS. */
  credentials?: ResolvedCredentials;
  /** The profile the SDK used, and why ("AWS_PROFILE", "--profile", "default"). */
  profile: { name: string; from: string };
  region?: string;
  /** e.g. "env AWS_REGION", "profile default in ~/.aws/config", "explicit". */
  regionSource?: string;
  endpoint?: { url: string; from: string };
  trace: TraceStep[];
  warnings: ChainWarning[];
  /** When nothing resolves, or a provider stops the chain: the SDK's exception name and its exact message. */
  error?: { name: string; message: string; approximate?: boolean };
}
