using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Support;

/// <summary>
/// A local stand-in for the Bot Framework connector service (the activity's <c>serviceUrl</c>): a real HTTP server on
/// 127.0.0.1 that accepts the Connector REST calls the bot makes and records every activity it sends.
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SentActivity> _sent = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<string> _deleted = new();
    private int _refused;

    private ConnectorStub(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<SentActivity> Sent => _sent;

    /// <summary>Activities the bot deleted (a copy it retracted).</summary>
    public IReadOnlyCollection<string> Deleted => _deleted;

    /// <summary>Sends the stub answered with a failure instead of taking them.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>The next <paramref name="count"/> sends are answered with <paramref name="status"/> (and Retry-After) instead of taken.</summary>
    public void FailNext(int count, int status, string? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, JsonObject activity, HttpRequest request) =>
            stub.Record(conversationId, replyToId, activity, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, JsonObject activity, HttpRequest request) =>
            stub.Record(conversationId, null, activity, request));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) =>
        {
            stub._deleted.Enqueue(activityId);
            return Results.Ok();
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string userId) =>
            Results.Json(new { id = userId, name = "Test User", aadObjectId = Guid.Empty, userPrincipalName = "user@example.test" }));
        await app.StartAsync();
        stub.ServiceUrl = app.Urls.Single() + "/";
        return stub;
    }

    /// <summary>Off: activities are answered but not kept (a fuzz run sends thousands and measures memory).</summary>
    public bool Recording { get; set; } = true;

    private IResult Record(string conversationId, string? replyToId, JsonObject activity, HttpRequest request)
    {
        if (_failures.TryDequeue(out var failure))
        {
            Interlocked.Increment(ref _refused);
            if (failure.RetryAfter is not null)
            {
                request.HttpContext.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = "Failure", message = "scripted" } }, statusCode: failure.Status);
        }

        if (!Recording)
        {
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }

        _sent.Enqueue(new SentActivity(conversationId, replyToId, activity, request.Headers.Authorization.ToString()));
        _arrived.Release();
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <summary>Waits until at least <paramref name="count"/> activities have arrived in total.</summary>
    public async Task<IReadOnlyList<SentActivity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_sent.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                break;
            }
        }

        return [.. _sent];
    }

    /// <summary>
    /// Waits for a reply in <paramref name="conversationId"/> whose text contains <paramref name="fragment"/>; returns
    /// its text, or every text sent to that conversation when none did in time (for the assertion to show).
    /// </summary>
    public async Task<string> WaitForReplyAsync(string conversationId, string fragment, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var texts = _sent.Where(s => s.ConversationId == conversationId).Select(s => s.Text ?? string.Empty).ToList();
            if (texts.FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal)) is { } reply)
            {
                return reply;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return string.Join("\n---\n", texts);
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}

internal sealed record SentActivity(string ConversationId, string? ReplyToId, JsonObject Activity, string Authorization)
{
    public string? Text => (string?)Activity["text"];

    public JsonObject? Card => Activity["attachments"]?[0]?["content"]?.AsObject();
}
