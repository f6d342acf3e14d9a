using System.Text.Json.Nodes;
using CareerBot.Bot.Rendering.AdaptiveCards;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

public class AdaptiveCardJsonTests
{
    private static AdaptiveCard Sample() => new()
    {
        FallbackText = "fallback",
        Body =
        [
            new TextBlock("你好 <b>") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true, Spacing = Spacing.Medium },
            new Container([new FactSet([new Fact("t", "v")])]) { Style = ContainerStyle.Emphasis, Id = "box" },
            new ColumnSet([new Column([new TextBlock("c")]) { Width = ColumnWidth.Auto }, new Column([new RichTextBlock([new TextRun("r") { Italic = true }])]) { Width = ColumnWidth.Weight(2) }]),
            new ChoiceSetInput("scope", [new InputChoice("A module", "module")]) { Style = ChoiceInputStyle.Expanded, IsRequired = true },
            new ActionSet([new OpenUrlAction(new Uri("https://example.com/a?b=c&d=e")) { Title = "link" }]),
        ],
        Actions =
        [
            new SubmitAction { Title = "Next", Data = new JsonObject { ["answerTo"] = "scope" }, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None },
            new ShowCardAction(new AdaptiveCard { Schema = null, Body = [new TextBlock("inner")] }) { Title = "Why" },
            new ToggleVisibilityAction(["box"]) { Title = "Toggle" },
        ],
    };

    [Fact]
    public void Card_serializes_to_wire_json_with_type_first_and_no_nulls()
    {
        var json = AdaptiveCardJson.ToJsonObject(Sample());

        Assert.Equal("AdaptiveCard", (string)json["type"]!);
        Assert.Equal("1.5", (string)json["version"]!);
        Assert.Equal(AdaptiveCard.SchemaUrl, (string)json["$schema"]!);
        Assert.False(json.ContainsKey("lang"));
        foreach (var node in Descendants(json))
        {
            if (node.ContainsKey("type"))
            {
                Assert.Equal("type", node.First().Key);
            }

            Assert.All(node, p => Assert.NotNull(p.Value));
        }
    }

    [Fact]
    public void Properties_are_camelCase_and_enums_use_schema_names()
    {
        var json = AdaptiveCardJson.ToJsonObject(Sample());
        var text = json["body"]![0]!.AsObject();
        var choice = json["body"]![3]!.AsObject();
        var submit = json["actions"]![0]!.AsObject();

        Assert.Equal("TextBlock", (string)text["type"]!);
        Assert.Equal("ExtraLarge", (string)text["size"]!);
        Assert.Equal("Bolder", (string)text["weight"]!);
        Assert.Equal("Good", (string)text["color"]!);
        Assert.Equal("Medium", (string)text["spacing"]!);
        Assert.True((bool)text["wrap"]!);
        Assert.Equal("emphasis", (string)json["body"]![1]!["style"]!);
        Assert.Equal("Input.ChoiceSet", (string)choice["type"]!);
        Assert.Equal("scope", (string)choice["id"]!);
        Assert.Equal("expanded", (string)choice["style"]!);
        Assert.True((bool)choice["isRequired"]!);
        Assert.Equal("Column", (string)json["body"]![2]!["columns"]![0]!["type"]!);
        Assert.Equal("auto", (string)json["body"]![2]!["columns"]![0]!["width"]!);
        Assert.Equal("2", (string)json["body"]![2]!["columns"]![1]!["width"]!);
        Assert.Equal("TextRun", (string)json["body"]![2]!["columns"]![1]!["items"]![0]!["inlines"]![0]!["type"]!);
        Assert.Equal("https://example.com/a?b=c&d=e", (string)json["body"]![4]!["actions"]![0]!["url"]!);
        Assert.Equal("Action.Submit", (string)submit["type"]!);
        Assert.Equal("positive", (string)submit["style"]!);
        Assert.Equal("none", (string)submit["associatedInputs"]!);
        Assert.Equal("""{"answerTo":"scope"}""", submit["data"]!.ToJsonString());
        Assert.Equal("Action.ShowCard", (string)json["actions"]![1]!["type"]!);
        Assert.False(json["actions"]![1]!["card"]!.AsObject().ContainsKey("$schema"));
        Assert.Equal("box", (string)json["actions"]![2]!["targetElements"]![0]!);
    }

    [Fact]
    public void Serialize_and_ToJsonObject_agree_and_keep_Chinese_readable()
    {
        var card = Sample();
        var text = AdaptiveCardJson.Serialize(card);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), AdaptiveCardJson.ToJsonObject(card)));
        Assert.Contains("你好", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":""", text, StringComparison.Ordinal);
        Assert.Contains("\n", AdaptiveCardJson.Serialize(card, indented: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_data_can_be_shared_between_cards()
    {
        var data = new JsonObject { ["command"] = "start" };
        var card = new AdaptiveCard { Actions = [new SubmitAction { Data = data }] };

        var first = AdaptiveCardJson.ToJsonObject(card);
        var second = AdaptiveCardJson.ToJsonObject(card);

        Assert.True(JsonNode.DeepEquals(first, second));
    }

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, value) in o)
                {
                    foreach (var d in Descendants(value))
                    {
                        yield return d;
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var d in Descendants(item))
                    {
                        yield return d;
                    }
                }

                break;
        }
    }
}
