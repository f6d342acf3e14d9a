using System.Text.RegularExpressions;
using CareerBot.Domain.Analysis;

namespace CareerBot.Domain.Tests.Analysis;

public class RequiredTextTests
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"(?<![a-z]){n}\s+(direct\s+)?reports(?![a-z])", "reports")]
    [InlineData(@"(?<![a-z])(lead|leading|manage|managing)\s+\d+", "lead|manage|managing")]
    [InlineData(@"带领?[^，。]{0,12}团队", "团队")]
    [InlineData(@"(?<=负责)[^，。]{1,8}业务(?!能力)", "业务")]
    [InlineData(@"self[- ]?host(?:ed|ing)?", "self-host|self host|selfhost")]
    [InlineData(@"ab(?=c)d", "abd")]
    [InlineData(@"a[bc]d?e", "abde|abe|acde|ace")]
    [InlineData(@"(?:x|y)+z", "z")]
    [InlineData(@"a{2}b", "aab")]
    [InlineData(@"(?<name>ab)c", "abc")]
    [InlineData(@"\u4e00\.x", "一.x")]
    public void Strings_every_match_contains_are_read_from_the_pattern(string pattern, string expected)
    {
        var strings = RequiredText.Of(pattern.Replace("{n}", @"(?:\d+|[一二三]+)", StringComparison.Ordinal), Options);

        Assert.NotNull(strings);
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), strings.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(@"\d+\s*(个|名)?")] // everything required is optional
    [InlineData(@"(a|)b?")]
    [InlineData(@"[^a]+")]
    [InlineData(@"(?i)abc")] // inline options
    [InlineData(@"(a)\1")] // back-reference
    [InlineData(@"(?>ab)")] // atomic group
    [InlineData(@"(?(a)b|c)")] // conditional
    [InlineData(@"[a-z-[aeiou]]")] // class subtraction
    [InlineData(@"a{,2}")] // a literal brace in .NET
    [InlineData(@"\qa")] // unknown escape
    public void No_strings_when_none_are_required_or_the_syntax_is_not_understood(string pattern) =>
        Assert.Null(RequiredText.Of(pattern, Options));

    [Fact]
    public void Ignoring_case_is_not_modelled() =>
        Assert.Null(RequiredText.Of("reports", Options | RegexOptions.IgnoreCase));

    [Theory]
    [InlineData(@"(?<![a-z])(?:\d+|two)\s+(direct\s+)?reports(?![a-z])", "i have 5 direct reports and two reports")]
    [InlineData(@"(?<=负责)[^，。]{1,8}业务(?!能力)", "我负责支付核心业务，也负责风控业务能力")]
    [InlineData(@"(?:做了|做过)[^，。]{0,20}(?:ai|大模型)[^，。]{0,10}(?:功能|助手)", "做过大模型客服助手，做了ai写作功能")]
    public void Every_match_contains_a_required_string(string pattern, string text)
    {
        var strings = RequiredText.Of(pattern, Options);
        var matches = Regex.Matches(text, pattern, Options);

        Assert.NotNull(strings);
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Contains(strings, s => m.Value.Contains(s, StringComparison.Ordinal)));
    }
}
