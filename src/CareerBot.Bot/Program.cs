using CareerBot.Bot.Cli;
using CareerBot.Domain.Content;

// The CLI verbs run the same domain as the bot, without starting a web host.
if (args.Length > 0 && args[0] == "assess")
{
    return await AssessCommand.RunConsoleAsync(args[1..]).ConfigureAwait(false);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "CareerBot");
await app.RunAsync().ConfigureAwait(false);
return 0;

public partial class Program;
