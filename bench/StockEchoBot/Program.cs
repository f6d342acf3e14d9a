using CareerBot.Bench.StockEchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The stock SDK echo bot, as the Bot Framework samples build it, with the adapter constructed explicitly:
// anonymous without MicrosoftAppId, one text reply per message, sent to the activity's serviceUrl.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(app.Configuration),
    app.Services.GetRequiredService<ILogger<CloudAdapter>>());
IBot bot = new EchoBot();

app.MapPost("/api/messages", (HttpRequest request, HttpResponse response) => adapter.ProcessAsync(request, response, bot));

await app.RunAsync().ConfigureAwait(false);
