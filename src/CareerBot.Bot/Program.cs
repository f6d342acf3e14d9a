using CareerBot.Bot.Bot;
using CareerBot.Bot.Channels.BotFramework;
using CareerBot.Bot.Cli;
using CareerBot.Bot.Storage;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Cards;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The CLI verbs run the same domain as the bot, without starting a web host.
if (args.Length > 0 && args[0] == "assess")
{
    return await AssessCommand.RunConsoleAsync(args[1..]).ConfigureAwait(false);
}

if (args.Length > 0 && args[0] == "eval")
{
    return await EvalCommand.RunConsoleAsync(args[1..]).ConfigureAwait(false);
}

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    // The Bot Framework's conventional local port, so the Emulator and tunnels find the bot where they expect it.
    builder.WebHost.UseUrls("http://localhost:3978");
}

// The domain: content loaded once, pure services shared by every turn.
builder.Services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>()["Content:Path"] is { Length: > 0 } path
    ? CareerContent.Load(path)
    : CareerContent.Default);
builder.Services.AddSingleton(sp => new AnswerAnalyzer(sp.GetRequiredService<CareerContent>().Lexicon));
builder.Services.AddSingleton<CardComposer>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<InterviewEngine>();

// State: conversation and user state through IStorage (SQLite by default, Storage:Provider).
builder.Services.AddCareerBotStorage(builder.Configuration);

// The Bot Framework channel: anonymous without MicrosoftAppId, otherwise every request's token is validated.
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
    sp.GetRequiredService<IConfiguration>(),
    logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
builder.Services.AddSingleton<CareerBotAdapter>();
builder.Services.AddTransient<IBot, CareerBotHandler>();

var app = builder.Build();
app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
await app.RunAsync().ConfigureAwait(false);
return 0;

public partial class Program;
