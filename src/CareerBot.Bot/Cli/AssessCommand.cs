using CareerBot.Domain.Content;

namespace CareerBot.Bot.Cli;

/// <summary>`assess`: JSON Lines interviews on stdin, one result line per input on stdout. PLACEHOLDER.</summary>
internal static class AssessCommand
{
    public static Task<int> RunAsync(TextReader input, TextWriter output, CareerContent content) =>
        Task.FromResult(input is null || output is null || content is null ? 2 : 0);
}
