using System.CommandLine;
using System.CommandLine.Parsing;

namespace CareerBot.Cli.Teams;

/// <summary>
/// <c>teams-package --app-id &lt;guid&gt; --domain &lt;host&gt;</c>: builds the Teams app package an admin uploads
/// (<see cref="TeamsAppPackage"/>). The app id is the bot's own <c>MicrosoftAppId</c> setting, read from the
/// environment as the bot reads it when <c>--app-id</c> is not given; the domain is the host of the bot's messaging
/// endpoint (<c>https://&lt;domain&gt;/api/messages</c>). Exit code 0 when written, 2 for a setting or manifest folder
/// it cannot use, with the reason.
/// </summary>
internal static class TeamsPackageCommand
{
    /// <summary>The bot's setting for its app id, and the environment variable it comes from.</summary>
    public const string AppIdSetting = "MicrosoftAppId";

    public static Command Create()
    {
        var appIdOption = new Option<string>("--app-id")
        {
            Description = $"The Microsoft App ID of your Azure Bot, as the bot's {AppIdSetting} setting (default: the {AppIdSetting} environment variable).",
            HelpName = "guid",
        };
        var domainOption = new Option<string>("--domain")
        {
            Description = "The host name of the bot's messaging endpoint, without https:// or a path (the deploy/azure recipe's botDomain output).",
            HelpName = "host",
            Required = true,
        };
        var versionOption = new Option<string>("--version")
        {
            Description = "The app's version, MAJOR.MINOR.PATCH; raise it for each update of an uploaded app (default: the manifest's).",
            HelpName = "1.0.1",
        };
        var outOption = new Option<string>("--out")
        {
            Description = "Where to write the package.",
            HelpName = "file",
            DefaultValueFactory = _ => TeamsAppPackage.DefaultFileName,
        };
        var manifestOption = new Option<string>("--manifest")
        {
            Description = "The folder with manifest.json and the files it names (the default is the shipped manifest/teams).",
            HelpName = "folder",
            DefaultValueFactory = _ => TeamsAppPackage.DefaultManifestFolder,
        };
        var command = new Command("teams-package", $"Builds {TeamsAppPackage.DefaultFileName}, the Teams app to upload, with the bot's app id and domain filled in.")
        {
            appIdOption, domainOption, versionOption, outOption, manifestOption,
        };
        command.Validators.Add(result =>
        {
            var appId = AppId(result.GetValue(appIdOption));
            if (appId is null)
            {
                result.AddError($"no app id: give --app-id, or set {AppIdSetting} as for the bot");
            }
            else if (TeamsAppPackage.AppIdProblem(appId.Value.Text) is { } appIdProblem)
            {
                result.AddError($"{appId.Value.Source}: {appIdProblem}");
            }

            if (result.GetValue(domainOption) is { } domain && TeamsAppPackage.DomainProblem(domain) is { } domainProblem)
            {
                result.AddError($"--domain: {domainProblem}");
            }

            if (result.GetValue(versionOption) is { } version && TeamsAppPackage.VersionProblem(version) is { } versionProblem)
            {
                result.AddError($"--version: {versionProblem}");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var appId = Guid.ParseExact(AppId(parseResult.GetValue(appIdOption))!.Value.Text.Trim(), "D");
            var domain = parseResult.GetRequiredValue(domainOption);
            var version = parseResult.GetValue(versionOption);
            var outPath = Path.GetFullPath(parseResult.GetRequiredValue(outOption));
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                // Built in memory first, so a manifest folder that cannot be packaged leaves no half-written zip.
                using var package = new MemoryStream();
                var entries = TeamsAppPackage.Write(parseResult.GetRequiredValue(manifestOption), appId, domain, version, package);
                await File.WriteAllBytesAsync(outPath, package.ToArray(), cancellationToken).ConfigureAwait(false);
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(outPath).ConfigureAwait(false);
                await error.WriteLineAsync($"{command.Name}: app {appId:D} at {domain} ({string.Join(", ", entries)}); upload it in Teams: Apps > Manage your apps > Upload an app").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{command.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    /// <summary>The app id given, and where it came from (for the reason when it is wrong); null when there is none.</summary>
    private static (string Text, string Source)? AppId(string? option) =>
        option is not null ? (option, "--app-id")
        : Environment.GetEnvironmentVariable(AppIdSetting) is { Length: > 0 } setting ? (setting, AppIdSetting)
        : null;
}
