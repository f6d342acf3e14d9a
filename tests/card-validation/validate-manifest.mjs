// Validates a Teams app manifest with Microsoft's own validator (@microsoft/app-manifest), offline: it carries the
// manifest schemas itself. Prints the problems as a JSON array; exit code 1 when there are any.
// (fs-extra is listed in package.json because @microsoft/app-manifest 1.1.2 requires it without declaring it.)
import { AppManifestUtils } from "@microsoft/app-manifest";
import fs from "node:fs";

const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const problems = await AppManifestUtils.validateAgainstSchema(manifest);
console.log(JSON.stringify(problems));
process.exit(problems.length === 0 ? 0 : 1);
