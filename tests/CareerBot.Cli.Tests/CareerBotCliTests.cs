using System.CommandLine;

namespace CareerBot.Cli.Tests;

/// <summary>The command line itself: a mistake in it exits 2 and says why on stderr, never on stdout.</summary>
public sealed class CareerBotCliTests
{
    [Theory]
    [InlineData("", "Required command")]
    [InlineData("grade", "Unrecognized command or argument 'grade'")]
    [InlineData("assess --bogus", "Unrecognized command or argument '--bogus'")]
    [InlineData("assess --content", "Required argument missing for option: '--content'")]
    [InlineData("eval", "Required argument 'file' missing")]
    [InlineData("eval a.jsonl b.jsonl", "Unrecognized command or argument 'b.jsonl'")]
    [InlineData("eval a.jsonl --worst many", "--worst needs a number of mistakes, 0 or more, not 'many'")]
    [InlineData("eval a.jsonl --worst -1", "--worst needs a number of mistakes, 0 or more, not '-1'")]
    [InlineData("eval a.jsonl --targets speed=1", "unknown target 'speed=1'")]
    [InlineData("eval a.jsonl --targets level=2", "must be a number from 0 to 1")]
    [InlineData("eval a.jsonl --as-of someday", "--as-of needs a date such as 2026-11-15, not 'someday'")]
    [InlineData("export-corrections --db", "Required argument missing for option: '--db'")]
    public async Task A_command_line_it_cannot_use_exits_2_with_the_reason_on_stderr(string commandLine, string reason)
    {
        var (exit, output, error) = await Run(commandLine);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "export-corrections")]
    [InlineData("assess --help", "--content")]
    [InlineData("eval --help", "--targets")]
    [InlineData("export-corrections -h", "--Storage:Provider")]
    public async Task Help_goes_to_stdout_and_exits_0(string commandLine, string mentions)
    {
        var (exit, output, error) = await Run(commandLine);

        Assert.Equal(0, exit);
        Assert.Contains(mentions, output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_usage_error_for_eval_too()
    {
        var (exit, _, error) = await Run($"eval - --content {Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("N"))}");

        Assert.Equal(2, exit);
        Assert.Contains("eval: cannot load content", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> Run(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var exit = await CareerBotCli.RunAsync(args, new InvocationConfiguration { Output = output, Error = error });

        return (exit, output.ToString(), error.ToString());
    }
}
