using System.CommandLine;
using CareerBot.Domain.Content;

namespace CareerBot.Cli;

/// <summary>The <c>--content</c> option every analysing verb shares, and loading what it names.</summary>
internal static class CliContent
{
    public static Option<string?> CreateOption() => new("--content")
    {
        Description = "A folder with your organisation's own content files (default: the shipped content).",
        HelpName = "folder",
    };

    /// <summary>
    /// The shipped content, or an organisation's folder; null after telling <paramref name="error"/> why it cannot be
    /// loaded, so a verb can exit with its usage code instead of a stack trace.
    /// </summary>
    public static async Task<CareerContent?> LoadAsync(string? folder, string verb, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return folder is null ? CareerContent.Default : CareerContent.Load(folder);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{verb}: cannot load content: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
