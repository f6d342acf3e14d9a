using System.CommandLine;
using System.CommandLine.Invocation;
using CareerBot.Cli.Assess;
using CareerBot.Cli.Corrections;
using CareerBot.Cli.Eval;
using CareerBot.Cli.Teams;

namespace CareerBot.Cli;

/// <summary>The CLI's verbs, and how a command line becomes an exit code.</summary>
internal static class CareerBotCli
{
    public static RootCommand Create() => new("CareerBot's batch tools: the bot's analysis without a chat channel, its evaluation, and the Teams app package.")
    {
        AssessCommand.Create(),
        EvalCommand.Create(),
        ExportCorrectionsCommand.Create(),
        TeamsPackageCommand.Create(),
    };

    /// <summary>
    /// Runs <paramref name="args"/>. A command line that cannot be parsed exits with <see cref="ExitCodes.UsageError"/>
    /// after saying why on the error writer — never help on stdout, where a pipeline expects results.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = Create().Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            var verb = parseResult.CommandResult.Command;
            foreach (var error in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync($"{verb.Name}: {error.Message}").ConfigureAwait(false);
            }

            var root = parseResult.RootCommandResult.Command;
            var helpCommand = verb == root ? root.Name : $"{root.Name} {verb.Name}";
            await configuration.Error.WriteLineAsync($"See '{helpCommand} --help'.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
