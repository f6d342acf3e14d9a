using CareerBot.Application.Delivery;
using CareerBot.Application.Turns;
using CareerBot.Bot.Channels.Activities;
using CareerBot.Bot.Channels;
using CareerBot.Bot.Channels.BotFramework;
using CareerBot.Bot.Channels.DirectLine;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Bot.Storage;
using CareerBot.Bot.Telemetry;
using CareerBot.Domain.Analysis;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Microsoft.Extensions.Options;

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
builder.Services.AddSingleton(sp => new AnswerAnalyzer(sp.GetRequiredService<CareerContent>().Lexicon, sp.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<InterviewEngine>();
builder.Services.AddHostedService<StartupWarmUp>();   // builds the above while Kestrel starts, not in the first turn

// State: conversation and person documents with ETags (SQLite by default, Storage:Provider).
builder.Services.AddCareerBotStorage(builder.Configuration);

// The Bot Framework channel: every request's token is validated against MicrosoftAppId; without one, only a
// Development bot (replying to loopback only) or an operator's explicit Bot:AllowAnonymous starts at all.
BotAuthenticationOptions authentication;
try
{
    authentication = BotAuthenticationOptions.From(builder.Configuration, builder.Environment);
}
catch (InvalidOperationException e)
{
    await Console.Error.WriteLineAsync("careerbot: " + e.Message).ConfigureAwait(false);
    return 1;
}

builder.Services.AddSingleton(authentication);
builder.Services.AddSingleton(ServiceUrlPolicy.From(builder.Configuration, builder.Environment, authentication.LoopbackServiceUrlsOnly));

// Outgoing: every reply and proactive message goes through one sender (retries, then the outbox), over one HTTP pool.
var delivery = builder.Configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions();
delivery.Validate();
builder.Services.AddSingleton(delivery);
builder.Services.AddSingleton<Outbox>();
builder.Services.AddSingleton<IDeliveryReports>(sp => sp.GetRequiredService<BotTelemetry>());
builder.Services.AddSingleton<OutgoingDelivery>();
BotFrameworkHttpClients.AddTo(builder.Services, delivery);
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedConnectorAuthentication(
    new ConfigurationBotFrameworkAuthentication(
        sp.GetRequiredService<IConfiguration>(),
        httpClientFactory: sp.GetRequiredService<BotFrameworkHttpClients>(),
        logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
    sp.GetRequiredService<ServiceUrlPolicy>(),
    sp.GetRequiredService<OutgoingDelivery>()));
builder.Services.AddSingleton<TurnErrorReporter>();
builder.Services.AddSingleton<AdaptiveCardRenderer>();
builder.Services.AddSingleton<CareerBotAdapter>();
builder.Services.AddSingleton<ConversationTurns>();
var rateLimits = builder.Configuration.GetSection(TurnRateLimitOptions.Section).Get<TurnRateLimitOptions>() ?? new TurnRateLimitOptions();
rateLimits.Validate();
builder.Services.AddSingleton(rateLimits);
builder.Services.AddSingleton<TurnRateLimits>();
builder.Services.AddSingleton<TurnProcessor>();
builder.Services.AddTransient<IBot, CareerBotHandler>();

// Telemetry: the bot's own metrics and spans (System.Diagnostics, free while nobody listens), exported with
// OpenTelemetry over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; without an exporter the SDK would only cost time.
builder.Services.AddSingleton<BotTelemetry>();
builder.Services.AddSingleton<TelemetryMiddleware>();
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    builder.Services.AddOpenTelemetry()
        .ConfigureResource(resource => resource.AddService(BotTelemetry.Name))
        .WithTracing(tracing => tracing
            .AddSource(BotTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddOtlpExporter())
        .WithMetrics(metrics => metrics
            .AddMeter(BotTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddOtlpExporter());
}

// Health: alive is the process answering; ready is the state store answering too.
builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);

// The browser channel (Web Chat over Direct Line), served by this host: on in Development, elsewhere with a secret.
builder.Services.AddOptions<DirectLineOptions>()
    .Bind(builder.Configuration.GetSection(DirectLineOptions.Section))
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidation>();
builder.Services.AddSingleton<DirectLineTokens>();
builder.Services.AddSingleton<DirectLineConversations>();
builder.Services.AddSingleton<DirectLineAdapter>();
builder.Services.AddHostedService<DirectLineSweeper>();   // deletes idle conversations from the store, a slice at a time

var app = builder.Build();

// Never a stack trace, Development included: what no endpoint handled gets a short reason and a status (UnhandledErrors).
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnhandledErrors.WriteAsync });
authentication.LogAtStart(app.Logger);
app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
if (app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.IsEnabledIn(app.Environment))
{
    // The page at / (Web Chat, from wwwroot) and the Direct Line endpoint it talks to; unmapped (404) when off.
    app.UseDefaultFiles();
    app.UseStaticFiles();
    app.MapDirectLine();
}

await app.RunAsync().ConfigureAwait(false);
return Environment.ExitCode;   // 0, or 1 set by StartupWarmUp when the content did not load

public partial class Program;
