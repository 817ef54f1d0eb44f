import { verifyCommand } from "./verifyCommand.ts";

const USAGE = "Usage: sigfix verify [FILE…|-] [options]   (sigfix verify --help for the options)\n       sigfix credentials --sdk botocore|js-v3|go-v2|java-v2 [options]   (sigfix credentials --help)";
const [command, ...rest] = process.argv.slice(2);
const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

if (command === "verify") {
  if (rest.includes("--help") || rest.includes("-h")) {
    const { VERIFY_USAGE } = await import("./parseVerifyArgs.ts");
    out(VERIFY_USAGE);
    process.exitCode = 0;
  } else {
    process.exitCode = verifyCommand(rest, out, err, () => new Date());
  }
} else if (command === "credentials") {
  const { credentialsCommand } = await import("./credentialsCommand.ts");
  if (rest.includes("--help") || rest.includes("-h")) out((await import("./parseCredentialsArgs.ts")).CREDENTIALS_USAGE);
  else process.exitCode = credentialsCommand(rest, out, err, () => new Date());
} else {
  err(command ? `sigfix: unknown command '${command}'` : USAGE);
  if (command) err(USAGE);
  process.exitCode = 2;
}
