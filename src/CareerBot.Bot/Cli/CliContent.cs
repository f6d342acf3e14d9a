using CareerBot.Domain.Content;

namespace CareerBot.Bot.Cli;

internal static class CliContent
{
    /// <summary>
    /// The shipped content, or an organisation's folder (--content); null after telling stderr why it cannot be
    /// loaded, so a verb can exit with its usage code instead of a stack trace.
    /// </summary>
    public static async Task<CareerContent?> LoadAsync(string? folder, string verb)
    {
        try
        {
            return folder is null ? CareerContent.Default : CareerContent.Load(folder);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{verb}: cannot load content: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
