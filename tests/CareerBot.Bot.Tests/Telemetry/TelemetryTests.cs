using CareerBot.Application.Documents;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.Bot.Telemetry;
using CareerBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace CareerBot.Bot.Tests.Telemetry;

/// <summary>Health endpoints, metrics a platform team can graph, and logs that never carry what a user said.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private JsonObject Message(string conversationId, string? text, JsonObject? value = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["from"] = new JsonObject { ["id"] = "29:user1" },
        ["recipient"] = new JsonObject { ["id"] = "28:careerbot" },
        ["locale"] = "en-US",
        ["text"] = text,
        ["value"] = value,
    };

    /// <summary>Start, four open answers carrying <paramref name="secret"/>, four taps: a finished interview.</summary>
    private async Task InterviewAsync(HttpClient client, string secret)
    {
        foreach (var text in new[] { "start", $"lead a team {secret}", $"goal {secret}", $"approach {secret}", $"team lead in three years {secret}" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", Message("conv-telemetry", text))).StatusCode);
        }

        foreach (var (question, value) in new[] { ("experience", "4"), ("scope", "module"), ("team", "mentor"), ("ai", "user") })
        {
            var tap = Message("conv-telemetry", null, new JsonObject { ["answerTo"] = question, [question] = value });
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", tap)).StatusCode);
        }
    }

    [Fact]
    public async Task Healthz_says_alive_and_readyz_checks_storage()
    {
        await using var host = new BotHost();
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Readyz_is_503_when_storage_does_not_answer()
    {
        var broken = new Mock<IDocumentStore>();
        broken.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk gone"));
        await using var host = new BotHost(services: s => s.AddSingleton(broken.Object));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Turns_replies_and_assessments_are_measured()
    {
        await using var host = new BotHost();
        using var client = host.CreateClient();
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Enqueue((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Enqueue((i.Name, v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        await InterviewAsync(client, "x");

        Assert.Equal(9, measured.Count(m => m.Instrument == "careerbot.turns" && (string?)m.Tags["channel"] == "msteams"));
        Assert.Equal(9, measured.Count(m => m.Instrument == "careerbot.turn.duration"));
        Assert.True(measured.Count(m => m.Instrument == "careerbot.outgoing.duration") >= 9);
        Assert.DoesNotContain(measured, m => m.Instrument == "careerbot.outgoing.failures");
        var assessment = Assert.Single(measured, m => m.Instrument == "careerbot.assessments");
        Assert.Equal("Management", assessment.Tags["track"]);
        Assert.Equal(2, assessment.Tags["level"]);
        Assert.Equal("L2", assessment.Tags["learning_stage"]);
    }

    [Fact]
    public async Task Made_up_channel_ids_and_activity_types_are_reported_as_other()
    {
        await using var host = new BotHost();
        using var client = host.CreateClient();
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var tags = new ConcurrentQueue<(object? Channel, object? Type)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "careerbot.turns" && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, measured, _) =>
        {
            var all = measured.ToArray().ToDictionary(t => t.Key, t => t.Value);
            tags.Enqueue((all["channel"], all["activity.type"]));
        });
        listener.Start();

        // A line break would forge a log line, and every new value a new metric series.
        var forged = Message("conv-forged", "start");
        forged["channelId"] = "msteams\nERROR forged line";
        forged["type"] = "message-" + Guid.NewGuid().ToString("N");
        await client.PostAsJsonAsync("/api/messages", forged);

        Assert.Equal(("other", "other"), Assert.Single(tags));
    }

    [Fact]
    public async Task Logs_never_contain_answer_text_even_at_trace_level()
    {
        const string secret = "ZEBRA-SECRET-4711";
        var logs = new CapturingLoggerProvider();
        await using var host = new BotHost(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();

        await InterviewAsync(client, secret);

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_bot_exports_and_still_answers()
    {
        // Nothing listens there: export fails quietly in the background, turns are unaffected.
        await using var host = new BotHost(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" });
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Message("conv-otlp", "start"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await _connector.WaitForAsync(2));
        Assert.NotNull(host.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }
}
