// Versions the model follows, and the names every SDK shares. Source files are cited where each rule lives.

/** The releases whose source the model follows. */
export const SDK_VERSIONS = {
  botocore: "botocore 1.43.11",
  "js-v3": "aws-sdk-js-v3 3.1175 (@aws-sdk/credential-provider-node 3.972.98, @smithy/core 3.41)",
  "go-v2": "aws-sdk-go-v2 config v1.32",
  "java-v2": "aws-sdk-java-v2 2.41",
} as const;

export const SDK_IDS = ["botocore", "js-v3", "go-v2", "java-v2"] as const;

export const ACCESS_KEY_ID_ENV = "AWS_ACCESS_KEY_ID";
export const SECRET_ACCESS_KEY_ENV = "AWS_SECRET_ACCESS_KEY";
export const SESSION_TOKEN_ENV = "AWS_SESSION_TOKEN";
export const SECURITY_TOKEN_ENV = "AWS_SECURITY_TOKEN";
export const PROFILE_ENV = "AWS_PROFILE";
export const DEFAULT_PROFILE_ENV = "AWS_DEFAULT_PROFILE";
export const REGION_ENV = "AWS_REGION";
export const DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
export const CONFIG_FILE_ENV = "AWS_CONFIG_FILE";
export const CREDENTIALS_FILE_ENV = "AWS_SHARED_CREDENTIALS_FILE";
export const ROLE_ARN_ENV = "AWS_ROLE_ARN";
export const ROLE_SESSION_NAME_ENV = "AWS_ROLE_SESSION_NAME";
export const WEB_IDENTITY_TOKEN_FILE_ENV = "AWS_WEB_IDENTITY_TOKEN_FILE";
export const CONTAINER_RELATIVE_URI_ENV = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
export const CONTAINER_FULL_URI_ENV = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
export const IMDS_DISABLED_ENV = "AWS_EC2_METADATA_DISABLED";
export const ENDPOINT_URL_ENV = "AWS_ENDPOINT_URL";
export const IGNORE_CONFIGURED_ENDPOINT_URLS_ENV = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

export const DEFAULT_HOME = "/home/user";
export const DEFAULT_SERVICE = "sts";
/** How many characters of a key ID stay visible: the type prefix (AKIA long-term, ASIA temporary). */
export const KEY_ID_PREFIX_LENGTH = 4;
