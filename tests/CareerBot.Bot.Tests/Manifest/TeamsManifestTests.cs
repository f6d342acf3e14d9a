using System.Text.Json.Nodes;
using CareerBot.Bot.Tests.Support;

namespace CareerBot.Bot.Tests.Manifest;

/// <summary>manifest/teams is what an admin uploads to Teams: Microsoft's own validator must accept it.</summary>
public sealed class TeamsManifestTests : IDisposable
{
    private static readonly string ManifestFolder = Path.GetFullPath(Path.Combine(OfficialTools.Directory, "..", "..", "manifest", "teams"));

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"careerbot-manifest-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_scratch);

    [Fact]
    public void The_teams_manifest_passes_the_official_validator_and_ships_its_icons()
    {
        var (exitCode, stdout, stderr) = OfficialTools.Run("validate-manifest.mjs", Path.Combine(ManifestFolder, "manifest.json"));

        Assert.True(exitCode == 0, $"manifest problems: {stdout}\n{stderr}");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!;
        Assert.True(File.Exists(Path.Combine(ManifestFolder, (string)manifest["icons"]!["color"]!)));
        Assert.True(File.Exists(Path.Combine(ManifestFolder, (string)manifest["icons"]!["outline"]!)));
        Assert.Equal((string?)manifest["id"], (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void The_validator_catches_a_broken_manifest()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder, "manifest.json")))!.AsObject();
        manifest.Remove("name");
        File.WriteAllText(_scratch, manifest.ToJsonString());

        var (exitCode, stdout, _) = OfficialTools.Run("validate-manifest.mjs", _scratch);

        Assert.Equal(1, exitCode);
        Assert.Contains("name", stdout, StringComparison.Ordinal);
    }
}
