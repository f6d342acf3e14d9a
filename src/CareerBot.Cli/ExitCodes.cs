namespace CareerBot.Cli;

/// <summary>What every verb's exit code means, so scripts can tell a bad input line from a bad command line.</summary>
internal static class ExitCodes
{
    /// <summary>Every line was handled (and, for <c>eval</c>, every target met).</summary>
    public const int Success = 0;

    /// <summary>The run finished, but a line failed or a target was missed.</summary>
    public const int Failed = 1;

    /// <summary>Nothing was run: the command line, a file or the content could not be used.</summary>
    public const int UsageError = 2;
}
