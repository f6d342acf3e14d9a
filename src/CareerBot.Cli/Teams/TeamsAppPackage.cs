using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerBot.Cli.Teams;

/// <summary>
/// The Teams app package (<c>careerbot-teams.zip</c>) built from <c>manifest/teams/</c>: the manifest with the bot's
/// app id and domain filled in, and the files it names (icons, localization files), all at the zip's root, as Teams
/// expects them.
/// </summary>
internal static partial class TeamsAppPackage
{
    public const string DefaultFileName = "careerbot-teams.zip";

    public const string ManifestFileName = "manifest.json";

    /// <summary>
    /// Every entry's date: the same manifest and settings give the same bytes, so two packages can be compared by
    /// checksum (a zip otherwise records when it was built).
    /// </summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Keeps Chinese text readable in the packaged manifest instead of \u escapes; it is a file, not HTML.</summary>
    private static readonly JsonWriterOptions ManifestWriting = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest folder shipped beside the CLI (a copy of the repository's <c>manifest/teams/</c>).</summary>
    public static string DefaultManifestFolder => Path.Combine(AppContext.BaseDirectory, "manifest", "teams");

    /// <summary>Why <paramref name="text"/> cannot be the bot's app id, or null when it can.</summary>
    public static string? AppIdProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Guid.TryParseExact(text.Trim(), "D", out var appId))
        {
            return $"'{text}' is not a GUID: give the Microsoft App ID of your Azure Bot (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)";
        }

        return appId == Guid.Empty
            ? "the all-zero GUID is the manifest's placeholder: give the Microsoft App ID of your Azure Bot"
            : null;
    }

    /// <summary>Why <paramref name="domain"/> cannot be the bot's domain (a bare host name), or null when it can.</summary>
    public static string? DomainProblem(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        const string Example = "such as careerbot.azurewebsites.net";
        if (domain.Contains("://", StringComparison.Ordinal))
        {
            return $"'{domain}' has a scheme: give the host name only, {Example}";
        }

        if (domain.IndexOfAny(['/', '?', '#']) >= 0)
        {
            return $"'{domain}' has a path: give the host name only, {Example}";
        }

        if (domain.Contains(':', StringComparison.Ordinal))
        {
            return $"'{domain}' has a port: Teams reaches the bot on 443, give the host name only, {Example}";
        }

        // A public DNS name: Teams cannot reach localhost, a bare IP address or a wildcard for a bot.
        return Uri.CheckHostName(domain) != UriHostNameType.Dns || !domain.Contains('.', StringComparison.Ordinal)
            ? $"'{domain}' is not a public host name, {Example}"
            : null;
    }

    /// <summary>Why <paramref name="version"/> cannot be the app's version, or null when it can.</summary>
    public static string? VersionProblem(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return AppVersion().IsMatch(version)
            ? null
            : $"'{version}' is not MAJOR.MINOR.PATCH, such as 1.0.1 (Teams wants a higher one for each update of an uploaded app)";
    }

    /// <summary>
    /// Writes the package for <paramref name="appId"/> at <paramref name="domain"/> (and <paramref name="version"/>
    /// when given) to <paramref name="output"/>; returns the names of its entries. Throws
    /// <see cref="InvalidDataException"/> with the reason when the manifest folder cannot be packaged.
    /// </summary>
    public static IReadOnlyList<string> Write(string manifestFolder, Guid appId, string domain, string? version, Stream output)
    {
        ArgumentNullException.ThrowIfNull(manifestFolder);
        ArgumentNullException.ThrowIfNull(domain);
        var manifestPath = Path.Combine(manifestFolder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidDataException($"no {ManifestFileName} in {manifestFolder}");
        }

        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject
                ?? throw new InvalidDataException($"{manifestPath} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{manifestPath} is not valid JSON: {e.Message}", e);
        }

        var id = appId.ToString("D");
        manifest["id"] = id;
        if (manifest["bots"] is not JsonArray { Count: > 0 } bots)
        {
            throw new InvalidDataException($"{manifestPath} declares no bot to give the app id");
        }

        foreach (var bot in bots.OfType<JsonObject>())
        {
            bot["botId"] = id;
        }

        manifest["validDomains"] = new JsonArray(domain.ToLowerInvariant());
        if (version is not null)
        {
            manifest["version"] = version;
        }

        var files = NamedFiles(manifest, manifestPath);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(ManifestFileName, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using (var stream = entry.Open())
            using (var writer = new Utf8JsonWriter(stream, ManifestWriting))
            {
                manifest.WriteTo(writer);
            }

            foreach (var file in files)
            {
                var path = Path.Combine(manifestFolder, file);
                if (!File.Exists(path))
                {
                    throw new InvalidDataException($"{ManifestFileName} names {file}, which is not in {manifestFolder}");
                }

                var fileEntry = zip.CreateEntry(file, CompressionLevel.Optimal);
                fileEntry.LastWriteTime = EntryTime;
                using var fileStream = fileEntry.Open();
                using var source = File.OpenRead(path);
                source.CopyTo(fileStream);
            }
        }

        return [ManifestFileName, .. files];
    }

    /// <summary>The files the manifest names, which travel beside it: the two icons and the localization files.</summary>
    private static List<string> NamedFiles(JsonObject manifest, string manifestPath)
    {
        var icons = manifest["icons"] as JsonObject;
        if (Text(icons?["color"]) is not { } color || Text(icons?["outline"]) is not { } outline)
        {
            throw new InvalidDataException($"{manifestPath} must name both icons (icons.color and icons.outline)");
        }

        var localization = manifest["localizationInfo"] as JsonObject;
        List<string?> names = [color, outline, Text(localization?["defaultLanguageFile"])];
        if (localization?["additionalLanguages"] is JsonArray languages)
        {
            names.AddRange(languages.Select(language => Text((language as JsonObject)?["file"])));
        }

        var files = new List<string>();
        foreach (var name in names.OfType<string>())
        {
            // Teams reads these at the package's root; a path out of the folder would package someone else's file.
            if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
            {
                throw new InvalidDataException($"{manifestPath} names '{name}': icons and localization files must be file names at the package's root");
            }

            if (!files.Contains(name, StringComparer.Ordinal))
            {
                files.Add(name);
            }
        }

        return files;
    }

    /// <summary>A JSON string's text; null for anything else, so a manifest of the wrong shape is refused, not thrown on.</summary>
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex AppVersion();
}
