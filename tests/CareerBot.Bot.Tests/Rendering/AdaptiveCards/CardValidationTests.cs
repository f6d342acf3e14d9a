using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Bot.Tests.Support;
using CareerBot.Domain.Content;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

/// <summary>
/// Every card the bot can send passes the official tools: the adaptivecards JS renderer (parse, validate, render),
/// the @microsoft/teams.cards types (tsc) and the Adaptive Cards 1.5 JSON schema (ajv). tests/card-validation is installed by this project's build (npm ci).
/// </summary>
public class CardValidationTests
{
    [Fact]
    public void Every_card_passes_the_official_renderer_and_Teams_card_types()
    {
        var cards = CardSamples.All(CareerContent.Default).ToList();
        Assert.True(cards.Count >= 40, $"only {cards.Count} sample cards");
        Assert.Equal(cards.Count, cards.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());

        // CAREERBOT_CARDS_OUT keeps the cards for a look (render.mjs turns them into HTML).
        var keep = Environment.GetEnvironmentVariable("CAREERBOT_CARDS_OUT");
        var dir = string.IsNullOrEmpty(keep) ? Directory.CreateTempSubdirectory("careerbot-cards-") : Directory.CreateDirectory(keep);
        try
        {
            foreach (var (name, card) in cards)
            {
                File.WriteAllText(Path.Combine(dir.FullName, name + ".json"), AdaptiveCardJson.Serialize(card, indented: true));
            }

            var (exitCode, stdout, stderr) = RunValidator(dir.FullName);
            JsonObject report;
            try
            {
                report = JsonNode.Parse(stdout)!.AsObject();
            }
            catch (JsonException e)
            {
                throw new Xunit.Sdk.XunitException($"validate.mjs printed no JSON report (exit {exitCode}): {e.Message}\nstdout: {stdout}\nstderr: {stderr}");
            }

            var problems = report["problems"]!.AsArray();
            Assert.True(
                problems.Count == 0 && exitCode == 0,
                $"{problems.Count} problem(s) in {cards.Count} cards (exit {exitCode}):\n{problems.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}\nstderr: {stderr}");
            Assert.Equal(cards.Count, (int)report["cards"]!);
        }
        finally
        {
            if (string.IsNullOrEmpty(keep))
            {
                dir.Delete(recursive: true);
            }
        }
    }

    [Fact]
    public void Validator_reports_a_broken_card()
    {
        var dir = Directory.CreateTempSubdirectory("careerbot-cards-");
        try
        {
            // Hand-written broken JSON: an unknown size, an input without id, an OpenUrl without url, and a TextBlock
            // without text (which only the schema and the types catch).
            File.WriteAllText(
                Path.Combine(dir.FullName, "broken.json"),
                """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"},{"type":"Input.ChoiceSet","choices":[]}],"actions":[{"type":"Action.OpenUrl","title":"x"}]}""");
            File.WriteAllText(
                Path.Combine(dir.FullName, "no-text.json"),
                """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","wrap":true}]}""");

            var (exitCode, stdout, _) = RunValidator(dir.FullName);
            var problems = JsonNode.Parse(stdout)!["problems"]!.AsArray();

            Assert.Equal(1, exitCode);
            Assert.Contains(problems, p => (string)p!["tool"]! == "adaptivecards.parse");
            Assert.Contains(problems, p => (string)p!["tool"]! == "adaptivecards.validate");
            Assert.Contains(problems, p => (string)p!["tool"]! == "tsc");
            Assert.Contains(problems, p => (string)p!["tool"]! == "schema" && ((string)p!["message"]!).Contains("'text'", StringComparison.Ordinal));
            Assert.Contains(problems, p => (string)p!["file"]! == "no-text.json" && (string)p!["tool"]! == "tsc");
            Assert.DoesNotContain(problems, p => (string)p!["file"]! == "no-text.json" && ((string)p!["tool"]!).StartsWith("adaptivecards", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) RunValidator(string cardDirectory) =>
        OfficialTools.Run("validate.mjs", cardDirectory);
}
