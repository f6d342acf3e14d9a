using System.IO.Compression;
using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using CareerBot.Testing;

namespace CareerBot.Bot.Tests.Manifest;

/// <summary>
/// careerbot-teams.zip is what an admin uploads to Teams: built from manifest/teams by the CLI's teams-package verb
/// (which manifest/teams/package.sh runs), it must pass Microsoft's own validator with the bot's app id and domain in
/// it, carry icons Teams accepts, and list only commands the bot understands, in English and Chinese.
/// </summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "3f2a6b1c-0d4e-4f5a-9b8c-7d6e5f4a3b2c";
    private const string Domain = "careerbot-x1.azurewebsites.net";

    private readonly string _scratch = Directory.CreateTempSubdirectory("careerbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string ZipPath => Path.Combine(_scratch, "careerbot-teams.zip");

    private string Unzipped => Path.Combine(_scratch, "package");

    [Fact]
    public async Task The_package_passes_the_official_validator_with_the_bots_app_id_and_domain_filled_in()
    {
        var (exit, stdout, stderr) = await TeamsPackage("--app-id", AppId, "--domain", Domain, "--version", "1.2.3");

        Assert.True(exit == 0, stderr);
        Assert.Equal(ZipPath, stdout.Trim());
        await using (var zip = await ZipFile.OpenReadAsync(ZipPath))
        {
            Assert.Equal(["manifest.json", "color.png", "outline.png", "zh-cn.json"], zip.Entries.Select(e => e.FullName));
        }

        var manifest = await UnzipAsync();
        var (validatorExit, problems, validatorErrors) = OfficialTools.Run("validate-manifest.mjs", Path.Combine(Unzipped, "manifest.json"));
        Assert.True(validatorExit == 0, $"package problems: {problems}\n{validatorErrors}");
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("zh-cn.json", (string?)manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
    }

    [Fact]
    public async Task Without_app_id_the_package_takes_MicrosoftAppId_as_the_bot_does_and_keeps_the_manifests_version()
    {
        var (exit, _, stderr) = await TeamsPackage(["--domain", Domain], new Dictionary<string, string> { ["MicrosoftAppId"] = AppId.ToUpperInvariant() });

        Assert.True(exit == 0, stderr);
        var manifest = await UnzipAsync();
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("1.0.0", (string?)manifest["version"]);
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--app-id: 'not-a-guid' is not a GUID")]
    [InlineData("--app-id", "00000000-0000-0000-0000-000000000000", "--app-id: the all-zero GUID is the manifest's placeholder")]
    [InlineData("--domain", "https://careerbot.example.com", "has a scheme")]
    [InlineData("--domain", "careerbot.example.com/api/messages", "has a path")]
    [InlineData("--domain", "careerbot.example.com:8443", "has a port")]
    [InlineData("--domain", "localhost", "is not a public host name")]
    [InlineData("--domain", "*.example.com", "is not a public host name")]
    [InlineData("--version", "1.0", "is not MAJOR.MINOR.PATCH")]
    public async Task A_setting_Teams_cannot_use_is_refused_with_the_reason_and_no_package(string option, string value, string reason)
    {
        var settings = new Dictionary<string, string> { ["--app-id"] = AppId, ["--domain"] = Domain, [option] = value };

        var (exit, stdout, stderr) = await TeamsPackage([.. settings.SelectMany(s => new[] { s.Key, s.Value })]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // a reason, not a stack trace
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Without_any_app_id_the_package_is_refused()
    {
        var (exit, _, stderr) = await TeamsPackage(["--domain", Domain], new Dictionary<string, string> { ["MicrosoftAppId"] = "" });

        Assert.Equal(2, exit);
        Assert.Contains("no app id: give --app-id, or set MicrosoftAppId", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Theory]
    [InlineData(null, "manifest.json names color.png, which is not in")]
    [InlineData("""{ "color": 5, "outline": "outline.png" }""", "must name both icons")]
    [InlineData("""{ "color": "../../secret.png", "outline": "outline.png" }""", "must be file names at the package's root")]
    public async Task A_manifest_folder_that_cannot_be_packaged_is_refused_and_leaves_no_package(string? icons, string reason)
    {
        var folder = Path.Combine(_scratch, "manifest");
        Directory.CreateDirectory(folder);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestFolder, "manifest.json")))!.AsObject();
        if (icons is not null)
        {
            manifest["icons"] = JsonNode.Parse(icons);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());

        var (exit, _, stderr) = await TeamsPackage("--app-id", AppId, "--domain", Domain, "--manifest", folder);

        Assert.Equal(2, exit);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task The_icons_are_what_Teams_asks_for_a_192_pixel_colour_icon_and_a_32_pixel_white_outline()
    {
        var (exit, _, stderr) = await TeamsPackage("--app-id", AppId, "--domain", Domain);
        Assert.True(exit == 0, stderr);
        await UnzipAsync();

        var color = PngImage.Decode(await File.ReadAllBytesAsync(Path.Combine(Unzipped, "color.png")));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(color.Pixels.Where(p => p.A > 0).Select(p => (p.R, p.G, p.B)).Distinct().Count() > 1, "the colour icon has one colour");

        var outline = PngImage.Decode(await File.ReadAllBytesAsync(Path.Combine(Unzipped, "outline.png")));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.All(outline.Pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"outline pixel {p} is neither transparent nor white"));
        Assert.Contains(outline.Pixels, p => p.A > 0);
        Assert.Contains(outline.Pixels, p => p.A == 0);
    }

    [Fact]
    public async Task Every_command_the_package_lists_is_one_the_bot_understands_in_English_and_in_Chinese()
    {
        var (exit, _, stderr) = await TeamsPackage("--app-id", AppId, "--domain", Domain);
        Assert.True(exit == 0, stderr);
        var commands = (await UnzipAsync())["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        var chinese = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Unzipped, "zh-cn.json")))!.AsObject();

        var english = commands.Select(c => (string)c!["title"]!).ToList();
        var translated = Enumerable.Range(0, commands.Count).Select(i => (string?)chinese[$"bots[0].commandLists[0].commands[{i}].title"]).ToList();
        Assert.Equal(["start", "help", "result", "my data", "1:1 prep", "skip", "back", "restart", "cancel", "中文"], english);
        Assert.Equal(["开始", "帮助", "结果", "我的数据", "准备1:1", "跳过", "上一步", "重新开始", "取消", "English"], translated);
        Assert.All(Enumerable.Range(0, commands.Count), i => Assert.False(string.IsNullOrWhiteSpace((string?)chinese[$"bots[0].commandLists[0].commands[{i}].description"])));

        var recognizer = CareerContent.Default.Commands;
        foreach (var title in english.Concat(translated))
        {
            Assert.True(recognizer.Recognize(new UserTurn(title)) is not null, $"the bot does not understand the command '{title}' the package lists");
        }

        // One slot switches language both ways: an English Teams offers 中文, a Chinese Teams offers English.
        Assert.Equal(new InterviewCommand(CommandKind.SwitchLanguage, Language.ZhCn), recognizer.Recognize(new UserTurn("中文")));
        Assert.Equal(new InterviewCommand(CommandKind.SwitchLanguage, Language.EnUs), recognizer.Recognize(new UserTurn("English")));
    }

    [Fact]
    public void The_validator_catches_a_broken_manifest_and_a_broken_localization_file()
    {
        Directory.CreateDirectory(Unzipped);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!.AsObject();
        manifest.Remove("name");
        File.WriteAllText(Path.Combine(Unzipped, "manifest.json"), manifest.ToJsonString());
        var strings = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "zh-cn.json")))!.AsObject();
        strings["bots[0].commandLists[0].commands[10].title"] = "第十一个";
        File.WriteAllText(Path.Combine(Unzipped, "zh-cn.json"), strings.ToJsonString());

        var (exitCode, stdout, _) = OfficialTools.Run("validate-manifest.mjs", Path.Combine(Unzipped, "manifest.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("'name'", stdout, StringComparison.Ordinal);
        Assert.Contains("zh-cn.json:", stdout, StringComparison.Ordinal);
        Assert.Contains("commands[10].title", stdout, StringComparison.Ordinal);
    }

    private static string ManifestFolder { get; } = Path.GetFullPath(Path.Combine(OfficialTools.Directory, "..", "..", "manifest", "teams"));

    /// <summary>Unpacks the package as Teams does, and returns its manifest.</summary>
    private async Task<JsonObject> UnzipAsync()
    {
        await ZipFile.ExtractToDirectoryAsync(ZipPath, Unzipped);
        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Unzipped, "manifest.json")))!.AsObject();
    }

    private Task<(int Exit, string Stdout, string Stderr)> TeamsPackage(params string[] args) => TeamsPackage(args, null);

    /// <summary>
    /// The CLI as package.sh runs it, writing into this test's folder; MicrosoftAppId is cleared unless given, so the
    /// machine's own setting never leaks in.
    /// </summary>
    private Task<(int Exit, string Stdout, string Stderr)> TeamsPackage(string[] args, Dictionary<string, string>? environment) =>
        CliProcess.RunAsync("", ["teams-package", .. args, "--out", ZipPath], environment ?? new() { ["MicrosoftAppId"] = "" });
}
