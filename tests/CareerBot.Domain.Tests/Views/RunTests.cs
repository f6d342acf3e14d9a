using CareerBot.Domain.Views;

namespace CareerBot.Domain.Tests.Views;

public sealed class RunTests
{
    [Fact]
    public void Fill_keeps_the_templates_text_as_plain_runs_and_puts_each_given_run_in_its_placeholder()
    {
        var runs = Run.Fill("{progress} {prompt}?", ("prompt", new PlainRun("Your plan")), ("progress", new EmphasisRun("3/8")));

        Assert.Equal<Run>([new EmphasisRun("3/8"), new PlainRun(" "), new PlainRun("Your plan"), new PlainRun("?")], runs);
    }

    [Fact]
    public void Fill_leaves_unknown_placeholders_and_a_values_own_braces_as_text()
    {
        var runs = Run.Fill("a {other} b {x}", ("x", new PlainRun("{x}")));

        Assert.Equal<Run>([new PlainRun("a {other} b "), new PlainRun("{x}")], runs);
    }
}
