using System.Text;
using CareerBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace CareerBot.Bot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework channel (Teams, Azure Bot Service, Emulator). Each request body is
/// read once, bounded, and parsed once; malformed input gets a 400/413 with a reason instead of reaching the bot, and
/// a missing, malformed or unverifiable token a 401, before any turn runs.
/// </summary>
internal static partial class MessagesEndpoint
{
    /// <summary>Far above any real activity (Teams caps messages at about 28 KB) and far below what could hurt.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static async Task HandleAsync(
        HttpContext http, CareerBotAdapter adapter, IBot bot, ServiceUrlPolicy serviceUrls, BotAuthenticationOptions identity, ILogger<CareerBotAdapter> logger)
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

        // Authentication first and on its own: only what it throws means "not authorized", and nothing it refuses
        // reaches a turn (no state read or written, no reply).
        AuthenticateRequestResult authentication;
        try
        {
            // A bot without an app id authenticates nobody, so a token means nothing to it; handing one to the SDK
            // would only make it fetch signing keys from the internet for an anonymous caller.
            var authorization = identity.Anonymous ? null : request.Headers.Authorization.ToString();
            authentication = await adapter.AuthenticateAsync(authorization, activity, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRefusedToken(e))
        {
            // The exception's type only: its message can quote claims from the token, which the caller wrote.
            Log.Unauthorized(logger, e.GetType().Name);
            await RejectAsync(http, StatusCodes.Status401Unauthorized, "The request is not authorized for this bot.").ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The token could not be checked at all (SigningKeysUnavailableException: the identity provider's keys
            // unreachable): not the caller's fault, and a channel retries a 503 (a redelivery is recognised).
            Log.AuthenticationUnavailable(logger, e.GetType().Name);
            http.Response.Headers.RetryAfter = "10";
            await RejectAsync(http, StatusCodes.Status503ServiceUnavailable, "The bot cannot check tokens right now; try again later.").ConfigureAwait(false);
            return;
        }

        // Once read and authenticated, the turn runs to its end even if the caller hangs up: stopping between a reply
        // and the state write would forget an answer the user was already thanked for.
        var invokeResponse = await adapter.ProcessAsync(authentication, activity, bot, CancellationToken.None).ConfigureAwait(false);
        if (invokeResponse is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await HttpHelper.WriteResponseAsync(http.Response, invokeResponse).ConfigureAwait(false);
    }

    /// <summary>
    /// What the SDK throws for a token it does not accept: its own refusals (missing header, audience, issuer, service
    /// URL, endorsement, algorithm), the token library's validation failures (signature, unknown key, lifetime), and a
    /// header that is not a JWT at all (the SDK parses it before validating, and that throws an ArgumentException).
    /// </summary>
    private static bool IsRefusedToken(Exception e) =>
        e is UnauthorizedAccessException or SecurityTokenException or ArgumentException;

    private static Task RejectAsync(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = reason }, http.RequestAborted);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Rejected an unauthorized request: {Reason}")]
        public static partial void Unauthorized(ILogger logger, string reason);

        [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Could not check a request's token: {Reason}")]
        public static partial void AuthenticationUnavailable(ILogger logger, string reason);
    }
}
