using System.Text;
using CareerBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework channel (Teams, Azure Bot Service, Emulator). Each request body is
/// read once, bounded, and parsed once; malformed input gets a 400/413 with a reason instead of reaching the bot, and
/// a bad or missing token a 401 from the SDK's authentication.
/// </summary>
internal static partial class MessagesEndpoint
{
    /// <summary>Far above any real activity (Teams caps messages at about 28 KB) and far below what could hurt.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static async Task HandleAsync(
        HttpContext http, CareerBotAdapter adapter, IBot bot, ServiceUrlPolicy serviceUrls, BotAuthenticationOptions authentication, ILogger<CareerBotAdapter> logger)
    {
        var request = http.Request;
        var body = await BoundedBody.ReadAsync(request, MaxActivityBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await RejectAsync(http, StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {MaxActivityBytes} bytes.").ConfigureAwait(false);
            return;
        }

        Activity? activity;
        try
        {
            // The SDK's own serializer instance (its settings, its contract cache), straight from the bytes.
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body, writable: false), Encoding.UTF8));
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (JsonException e)
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, "The body is not a JSON activity: " + e.Message).ConfigureAwait(false);
            return;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, "The activity has no type.").ConfigureAwait(false);
            return;
        }

        // A turn is keyed by channel, conversation and sender: without them it could only fail inside the bot.
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.From?.Id)
            || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            await RejectAsync(http, StatusCodes.Status400BadRequest, "The activity needs channelId, conversation.id, from.id and serviceUrl.").ConfigureAwait(false);
            return;
        }

        if (!serviceUrls.Trusts(activity.ServiceUrl))
        {
            // The bot must not be a way to make this machine post to other hosts: refused before any turn or call.
            await RejectAsync(http, StatusCodes.Status403Forbidden, "The serviceUrl is not one this bot replies to (Bot:TrustedServiceHosts; an anonymous development bot replies only to loopback).").ConfigureAwait(false);
            return;
        }

        InvokeResponse? invokeResponse;
        try
        {
            // Once read, the turn runs to its end even if the caller hangs up: stopping between a reply and the state
            // write would forget an answer the user was already thanked for.
            // A bot without an app id authenticates nobody, so a token means nothing to it; handing one to the SDK
            // would only make it fetch signing keys from the internet for an anonymous caller.
            var authorization = authentication.Anonymous ? null : request.Headers.Authorization.ToString();
            invokeResponse = await adapter.ProcessAsync(authorization, activity, bot, CancellationToken.None).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException e)
        {
            Log.Unauthorized(logger, e.Message);
            await RejectAsync(http, StatusCodes.Status401Unauthorized, "The request is not authorized for this bot.").ConfigureAwait(false);
            return;
        }
        catch (SigningKeysUnavailableException e)
        {
            // Not the caller's fault and not ours: the channel retries (and a redelivery is recognised).
            Log.SigningKeysUnavailable(logger, e.InnerException?.GetType().Name ?? string.Empty);
            http.Response.Headers.RetryAfter = "5";
            await RejectAsync(http, StatusCodes.Status503ServiceUnavailable, "The bot cannot verify tokens right now; try again shortly.").ConfigureAwait(false);
            return;
        }

        if (invokeResponse is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await HttpHelper.WriteResponseAsync(http.Response, invokeResponse).ConfigureAwait(false);
    }

    private static Task RejectAsync(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = reason }, http.RequestAborted);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Rejected an unauthorized request: {Reason}")]
        public static partial void Unauthorized(ILogger logger, string reason);

        [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Could not fetch the keys that sign channel tokens ({Failure}); answered 503")]
        public static partial void SigningKeysUnavailable(ILogger logger, string failure);
    }
}
