using CareerBot.Bot.Rendering.AdaptiveCards;

namespace CareerBot.Bot.Tests.Rendering.AdaptiveCards;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("**bold** _it_", @"\*\*bold\*\* \_it\_")]
    [InlineData("[click](https://evil.example)", "\\[click\\](https:\u200B//evil.example)")]
    [InlineData("![img](x.png)", @"!\[img\](x.png)")]
    [InlineData("<https://evil.example>", "\\<https:\u200B//evil.example\\>")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("`code` ~~strike~~", @"\`code\` \~\~strike\~\~")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("### heading", @"\### heading")]
    [InlineData("- item", @"\- item")]
    [InlineData("  + item", @"  \+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("---", @"\---")]
    [InlineData("===", @"\===")]
    [InlineData("12. numbered", @"12\. numbered")]
    [InlineData("3) numbered", @"3\) numbered")]
    [InlineData("> quote", @"\> quote")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("see www.evil.example", "see www\u200B.evil.example")]
    [InlineData("a\u202Ereversed\u2066", "areversed")]
    public void Escape_neutralises_markdown(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("我做了五年，负责支付核心业务线，带3个人")]
    [InlineData("2.5 years as a PM, team of 3 - mostly B2B")]
    [InlineData("“curly quotes” and 'single' and \"double\"")]
    [InlineData("🚀 emoji 👩‍💻")]
    [InlineData("#1 priority: -5% churn (Q3) & A|B {x}!")]
    [InlineData("-5% churn")]
    public void Escape_leaves_ordinary_text_alone(string text) =>
        Assert.Equal(text, MarkdownText.Escape(text));

    [Fact]
    public void Escape_keeps_lines_as_paragraphs_and_escapes_each_line_start()
    {
        Assert.Equal("a\n\n\\- b\n\n1\\. c", MarkdownText.Escape("a\r\n- b\n1. c"));
    }

    [Fact]
    public void Escape_drops_control_characters()
    {
        Assert.Equal(@"ab\[31mc", MarkdownText.Escape("a\u0000b\u001b[31mc"));
        Assert.DoesNotContain('\u0000', MarkdownText.Escape("x\u0000y"));
    }

    [Fact]
    public void Quote_collapses_whitespace_and_escapes()
    {
        Assert.Equal(@"one two \*three\*", MarkdownText.Quote("one\n  two\t*three*  "));
    }

    [Fact]
    public void Quote_shortens_long_text_without_splitting_emoji()
    {
        var text = string.Concat(Enumerable.Repeat("👩‍💻", 200));
        var quoted = MarkdownText.Quote(text, 10);

        Assert.EndsWith("…", quoted, StringComparison.Ordinal);
        Assert.Equal(string.Concat(Enumerable.Repeat("👩‍💻", 9)) + "…", quoted);
        Assert.True(MarkdownText.Quote(new string('x', 5000)).Length <= MarkdownText.DefaultMaxQuoteLength);
    }
}
