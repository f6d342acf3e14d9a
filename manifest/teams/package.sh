#!/usr/bin/env bash
# Builds careerbot-teams.zip, the Teams app package, from this folder, with the bot's app id and domain filled in:
#   manifest/teams/package.sh --app-id <MicrosoftAppId> --domain <bot host> [--version 1.0.1] [--out careerbot-teams.zip]
# --app-id defaults to the MicrosoftAppId environment variable, as the bot reads it. The work is the CLI's
# `teams-package` verb (src/CareerBot.Cli/Teams), which the tests run; this script only points it at this folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec dotnet run --project "$here/../../src/CareerBot.Cli" --verbosity quiet -- teams-package --manifest "$here" "$@"
