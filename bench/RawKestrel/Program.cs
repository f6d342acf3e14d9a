using System.Text.Json;

// The ceiling of the load bench: what Kestrel does with POST /api/messages when the "bot" only parses the activity
// JSON (and reads its conversation id, so the parse is not dead code) and answers 200, replying to nobody.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

app.MapPost("/api/messages", async (HttpContext http) =>
{
    using var activity = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
    var root = activity.RootElement;
    var hasConversation = root.TryGetProperty("conversation", out var conversation)
        && conversation.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 };
    return root.TryGetProperty("type", out _) && hasConversation ? Results.Ok() : Results.BadRequest();
});

await app.RunAsync().ConfigureAwait(false);
