using CareerBot.Cli.Tests.Assess;
using CareerBot.Domain.Localization;
using CareerBot.Testing;

namespace CareerBot.Cli.Tests;

/// <summary>The real entry point, as scripts and evaluations run it: <c>dotnet CareerBot.Cli.dll assess</c> (and <c>eval</c>).</summary>
public sealed class AssessProcessTests
{
    [Fact]
    public async Task Dotnet_CareerBot_Cli_dll_assess_reads_stdin_and_writes_a_line_per_interview()
    {
        var input =
            """{"id":"p1","locale":"zh-CN","answers":{"plan":"三年内带团队","experience":"两年半","scope":"module","team":"mentor","ai":"用过ChatGPT写周报"},"expect":{"track":"management"}}""" + "\n" +
            "\n" +
            """{"id":"p2","answers":{"plan":"Become a product expert","experience":"6 years"}}""" + "\n" +
            """{"id":"p3","answers":{"plan":42}}""" + "\n";

        // Run from elsewhere: the content folder must be found beside the dll, not in the working directory.
        var (exit, stdout, stderr) = await RunCli(input, "assess");

        Assert.True(exit == 1, $"exit {exit}; stderr: {stderr}");
        var lines = AssessOutput.Parse(stdout);
        Assert.Equal(3, lines.Length);
        AssessOutput.AssertResult(lines[0], "p1", Language.ZhCn);
        AssessOutput.AssertResult(lines[1], "p2", Language.EnUs);
        Assert.Contains("answer 'plan' must be a string", AssessOutput.AssertError(lines[2], "p3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_lines_assessed_exits_zero()
    {
        var (exit, stdout, stderr) = await RunCli("""{"id":"ok","answers":{}}""" + "\n", "assess");

        Assert.True(exit == 0, $"exit {exit}; stderr: {stderr}");
        AssessOutput.AssertResult(Assert.Single(AssessOutput.Parse(stdout)), "ok", Language.EnUs);
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_usage_error_on_stderr()
    {
        var (exit, stdout, stderr) = await RunCli("", "assess", "--content", Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("cannot load content", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_CareerBot_Cli_dll_eval_scores_a_file_and_exits_by_the_targets()
    {
        var file = Path.Combine(Path.GetTempPath(), "careerbot-eval-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllTextAsync(file, """{"id":"e1","answers":{"plan":"三年内带团队","team":"lead","ai":"builder"},"expect":{"track":"management","level":3,"learningStage":"L3"}}""" + "\n");
        try
        {
            var (exit, stdout, stderr) = await RunCli("", "eval", file);
            var (below, _, _) = await RunCli("", "eval", file, "--targets", "level=1");
            var (missing, _, missingErr) = await RunCli("", "eval", file + ".missing");

            Assert.True(exit == 0, $"exit {exit}; stdout: {stdout}; stderr: {stderr}");
            Assert.StartsWith("PASS 1/1 answered", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
            Assert.Equal(0, below);
            Assert.Equal(2, missing);
            Assert.Contains("cannot read", missingErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunCli(string stdin, params string[] args) => CliProcess.RunAsync(stdin, args);
}
