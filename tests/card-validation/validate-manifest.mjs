// Validates a Teams app manifest with Microsoft's own validator (@microsoft/app-manifest), offline: it carries the
// manifest schemas itself. The localization files the manifest lists (localizationInfo), which sit beside it as in an
// app package, are validated against the localization schema of the same version. Prints the problems as a JSON
// array (a localization file's prefixed with its name); exit code 1 when there are any.
// (fs-extra is listed in package.json because @microsoft/app-manifest 1.1.2 requires it without declaring it.)
import { AppManifestUtils } from "@microsoft/app-manifest";
import fs from "node:fs";
import path from "node:path";

const manifestPath = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const problems = [...(await AppManifestUtils.validateAgainstSchema(manifest, await packagedSchema(manifest.$schema)))];

const localization = manifest.localizationInfo ?? {};
const files = [localization.defaultLanguageFile, ...(localization.additionalLanguages ?? []).map((l) => l.file)].filter(Boolean);
for (const file of files) {
  const filePath = path.join(path.dirname(manifestPath), file);
  if (!fs.existsSync(filePath)) {
    problems.push(`${file}: listed in localizationInfo but not beside the manifest`);
    continue;
  }
  const strings = JSON.parse(fs.readFileSync(filePath, "utf8"));
  const expected = manifest.$schema.replace(/MicrosoftTeams\.schema\.json$/, "MicrosoftTeams.Localization.schema.json");
  if (strings.$schema !== expected) {
    problems.push(`${file}: $schema must be ${expected}, the localization schema of the manifest's version`);
    continue;
  }
  const found = await AppManifestUtils.validateAgainstSchema(strings, await packagedSchema(strings.$schema));
  problems.push(...found.map((problem) => `${file}: ${problem}`));
}

console.log(JSON.stringify(problems));
process.exit(problems.length === 0 ? 0 : 1);

// The schema @microsoft/app-manifest ships for this URL. The validator would download one it does not ship; a test
// never reaches the internet, so an unknown schema is a failure here instead.
async function packagedSchema(url) {
  const suffix = url && AppManifestUtils.getLocalSchemaSuffix(url);
  if (!suffix || !AppManifestUtils.getLocalSchemaCandidates(suffix).some((candidate) => fs.existsSync(candidate))) {
    console.log(JSON.stringify([`$schema ${url} is not one @microsoft/app-manifest ships`]));
    process.exit(1);
  }
  return withUnicodeSafePatterns(await AppManifestUtils.fetchSchema(url));
}

// The localization schemas write "activityTypes[\b(...)\b]" with a bare "]", which JavaScript's unicode regular
// expressions (ajv compiles with the u flag) reject, so the validator throws on Microsoft's own schema. "\]" means the
// same character and compiles; the patterns match exactly what they matched before.
function withUnicodeSafePatterns(schema) {
  if (Array.isArray(schema)) return schema.map(withUnicodeSafePatterns);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [
    key,
    key === "patternProperties"
      ? Object.fromEntries(Object.entries(value).map(([pattern, sub]) => [pattern.replace(/\\b\]/g, "\\b\\]"), withUnicodeSafePatterns(sub)]))
      : withUnicodeSafePatterns(value),
  ]));
}
