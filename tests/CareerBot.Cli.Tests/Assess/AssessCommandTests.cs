using System.Text.Json;
using CareerBot.Cli.Assess;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;

namespace CareerBot.Cli.Tests.Assess;

public sealed class AssessCommandTests
{
    private const string FullEnglish =
        """{"id":"en-1","locale":"en-US","answers":{"plan":"Grow into a principal PM","goal":"Own the payments module","approach":"Ship and learn","threeYear":"Become a principal product manager","experience":"4 years","scope":"module","team":"none","ai":"I built features on LLM APIs"}}""";

    private const string FullChinese =
        """{"id":"zh-1","locale":"zh-CN","answers":{"plan":"成为产品专家","goal":"负责支付核心业务线","approach":"多做项目","threeYear":"三年内成为资深产品经理","experience":"五年","scope":"businessLine","team":"mentor","ai":"用过ChatGPT写周报"}}""";

    [Fact]
    public async Task A_full_interview_gives_one_well_formed_result()
    {
        var (exit, lines) = await Run(FullEnglish);

        Assert.Equal(0, exit);
        AssessOutput.AssertResult(Assert.Single(lines), "en-1", Language.EnUs);
    }

    [Fact]
    public async Task The_level_title_is_in_the_lines_locale()
    {
        var (exit, lines) = await Run(FullChinese, FullEnglish.Replace("\"en-US\"", "\"zh-CN\"", StringComparison.Ordinal));

        Assert.Equal(0, exit);
        AssessOutput.AssertResult(lines[0], "zh-1", Language.ZhCn);
        AssessOutput.AssertResult(lines[1], "en-1", Language.ZhCn);
    }

    [Theory]
    [InlineData("""{"id":"d","answers":{"plan":"我想带团队"}}""", Language.ZhCn)]
    [InlineData("""{"id":"d","answers":{"plan":"I want to lead a team"}}""", Language.EnUs)]
    [InlineData("""{"id":"d","answers":{}}""", Language.EnUs)]
    [InlineData("""{"id":"d","locale":null,"answers":{"scope":"module","ai":"用过ChatGPT"}}""", Language.ZhCn)]
    [InlineData("""{"id":"d","locale":"en-GB","answers":{"plan":"我想带团队"}}""", Language.EnUs)]
    [InlineData("""{"id":"d","locale":"zh-Hans","answers":{"plan":"lead"}}""", Language.ZhCn)]
    public async Task Without_a_locale_the_language_is_detected_from_the_answers(string line, Language language)
    {
        var (exit, lines) = await Run(line);

        Assert.Equal(0, exit);
        AssessOutput.AssertResult(Assert.Single(lines), "d", language);
    }

    [Theory]
    [InlineData("""{"id":"m"}""")]
    [InlineData("""{"id":"m","answers":null}""")]
    [InlineData("""{"id":"m","answers":{"experience":"2 years"}}""")]
    [InlineData("""{"id":"m","answers":{"plan":null,"goal":"","ai":"none"}}""")]
    public async Task Missing_skipped_or_empty_answers_are_still_assessed(string line)
    {
        var (exit, lines) = await Run(line);

        Assert.Equal(0, exit);
        AssessOutput.AssertResult(Assert.Single(lines), "m", Language.EnUs);
    }

    [Fact]
    public async Task Unknown_top_level_keys_such_as_expect_are_ignored_and_the_id_is_optional()
    {
        var (exit, lines) = await Run("""{"expect":{"level":3,"track":"professional"},"answers":{"plan":"grow"},"note":[1,{"x":null}]}""");

        Assert.Equal(0, exit);
        AssessOutput.AssertResult(Assert.Single(lines), null, Language.EnUs);
    }

    [Theory]
    [InlineData("""{"id":"x","answers":{"plan":"a"}""", "invalid JSON")]
    [InlineData("not json", "invalid JSON")]
    [InlineData("""{"id":"x","answers":{"plan":"a"}} trailing""", "invalid JSON")]
    [InlineData("""["id","x"]""", "JSON object")]
    [InlineData("42", "JSON object")]
    [InlineData("\"text\"", "JSON object")]
    [InlineData("null", "JSON object")]
    [InlineData("""{"id":7,"answers":{}}""", "id must be a string")]
    [InlineData("""{"id":"a","id":"b","answers":{}}""", "duplicate key 'id'")]
    [InlineData("""{"id":"\ud800","answers":{}}""", "invalid text")]
    [InlineData("""{"id":"x","answers":{"plan":"a"},"\udc00":1}""", "invalid text")]
    public async Task A_line_it_cannot_read_gives_an_error_without_an_id(string line, string reason)
    {
        var (exit, lines) = await Run(line);

        Assert.Equal(1, exit);
        Assert.Contains(reason, AssessOutput.AssertError(Assert.Single(lines), null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"answers":{"plan":1},"id":"e"}""", "answer 'plan' must be a string")]
    [InlineData("""{"id":"e","answers":{"team":["lead"]}}""", "answer 'team' must be a string")]
    [InlineData("""{"id":"e","answers":{"ai":{"level":"user"}}}""", "answer 'ai' must be a string")]
    [InlineData("""{"id":"e","answers":{"ai":true}}""", "answer 'ai' must be a string")]
    [InlineData("""{"id":"e","answers":["plan"]}""", "answers must be an object")]
    [InlineData("""{"id":"e","answers":"plan"}""", "answers must be an object")]
    [InlineData("""{"id":"e","answers":{"Plan":"x"}}""", "unknown answer key 'Plan'")]
    [InlineData("""{"id":"e","answers":{"salary":"x"}}""", "unknown answer key 'salary'")]
    [InlineData("""{"id":"e","answers":{"plan":"a","plan":"b"}}""", "duplicate answer 'plan'")]
    [InlineData("""{"id":"e","answers":{"plan":null,"plan":"b"}}""", "duplicate answer 'plan'")]
    [InlineData("""{"id":"e","answers":{"plan":"half a pair \ud800 of surrogates"}}""", "invalid text")]
    [InlineData("""{"id":"e","answers":{},"answers":{}}""", "duplicate key 'answers'")]
    [InlineData("""{"id":"e","locale":"fr-FR","answers":{}}""", "unsupported locale 'fr-FR'")]
    [InlineData("""{"id":"e","locale":5,"answers":{}}""", "locale must be a string")]
    public async Task A_line_with_wrong_content_gives_an_error_naming_its_id(string line, string reason)
    {
        var (exit, lines) = await Run(line);

        Assert.Equal(1, exit);
        Assert.Contains(reason, AssessOutput.AssertError(Assert.Single(lines), "e"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_over_ten_thousand_characters_is_refused_and_one_at_the_limit_is_not()
    {
        var atLimit = JsonSerializer.Serialize(new { id = "ok", answers = new { plan = new string('a', InterviewLineReader.MaxAnswerLength) } });
        var over = JsonSerializer.Serialize(new { id = "long", answers = new { plan = new string('a', InterviewLineReader.MaxAnswerLength + 1) } });

        var (exit, lines) = await Run(atLimit, over);

        Assert.Equal(1, exit);
        AssessOutput.AssertResult(lines[0], "ok", Language.EnUs);
        Assert.Contains("longer than 10000 characters", AssessOutput.AssertError(lines[1], "long"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_over_the_length_limit_is_refused_without_parsing()
    {
        var line = "{\"id\":\"big\",\"answers\":{},\"padding\":\"" + new string('x', InterviewLineReader.MaxLineLength) + "\"}";

        var (exit, lines) = await Run(line, """{"id":"next"}""");

        Assert.Equal(1, exit);
        Assert.Contains("line is longer than", AssessOutput.AssertError(lines[0], null), StringComparison.Ordinal);
        AssessOutput.AssertResult(lines[1], "next", Language.EnUs);
    }

    [Fact]
    public async Task Results_come_in_input_order_blank_lines_are_skipped_and_errors_do_not_stop_the_rest()
    {
        var input = string.Join(
            "\n",
            """{"id":"1","answers":{"plan":"grow"}}""",
            "",
            "   ",
            "{broken",
            """{"id":"3","answers":{"bogus":"x"}}""",
            FullChinese,
            "\t",
            """{"id":"5","answers":{"scope":"feature"}}""") + "\n\n";

        var (exit, lines) = await RunText(input);

        Assert.Equal(1, exit);
        Assert.Equal(5, lines.Length);
        AssessOutput.AssertResult(lines[0], "1", Language.EnUs);
        AssessOutput.AssertError(lines[1], null);
        AssessOutput.AssertError(lines[2], "3");
        AssessOutput.AssertResult(lines[3], "zh-1", Language.ZhCn);
        AssessOutput.AssertResult(lines[4], "5", Language.EnUs);
    }

    [Fact]
    public async Task Many_lines_each_get_exactly_one_result_in_order()
    {
        var input = Enumerable.Range(0, 500).Select(i => JsonSerializer.Serialize(new { id = $"n{i}", answers = new { experience = $"{i % 12} years" } }));

        var (exit, lines) = await RunText(string.Join("\r\n", input));

        Assert.Equal(0, exit);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"n{i}"), lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Empty_input_gives_no_output_and_succeeds()
    {
        using var output = new StringWriter();

        var exit = await AssessCommand.RunAsync(new StringReader(""), output, CareerContent.Default);

        Assert.Equal(0, exit);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Output_is_one_compact_line_per_result_with_readable_chinese()
    {
        using var output = new StringWriter { NewLine = "\n" };

        await AssessCommand.RunAsync(new StringReader(FullChinese), output, CareerContent.Default);

        var text = output.ToString();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(CareerContent.Default.Ladders.Professional.Levels[0].Title[Language.ZhCn][..1], text, StringComparison.Ordinal);
    }

    private static Task<(int Exit, JsonElement[] Lines)> Run(params string[] lines) => RunText(string.Join("\n", lines));

    private static async Task<(int Exit, JsonElement[] Lines)> RunText(string input)
    {
        using var output = new StringWriter();
        var exit = await AssessCommand.RunAsync(new StringReader(input), output, CareerContent.Default);
        return (exit, AssessOutput.Parse(output.ToString()));
    }
}
