using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The subset of Direct Line 3.0 that Web Chat's own client uses with polling (<c>webSocket: false</c>): open a
/// conversation, post activities, poll them by watermark, mint and refresh tokens. Every activity goes through
/// <see cref="DirectLineAdapter"/> to the same bot as every other channel; conversations, activities and the token key
/// live in the state store (<see cref="DirectLineConversations"/>), so any instance serves any conversation. Bad input
/// is a 400/401/403/404/413/429 with a reason in <c>{"error": …}</c>.
/// </summary>
internal static partial class DirectLineEndpoints
{
    /// <summary>A typed answer of thousands of characters fits many times over; a flood does not.</summary>
    public const int MaxActivityBytes = 64 * 1024;

    /// <summary>A token request carries at most a user id and a locale.</summary>
    private const int MaxTokenRequestBytes = 4 * 1024;

    private static readonly HashSet<string> AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public static void MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var directLine = endpoints.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", GenerateTokenAsync);
        directLine.MapPost("/tokens/refresh", RefreshTokenAsync);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", GetConversationAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
    }

    /// <summary><c>POST /tokens/generate</c>: a new conversation and its token, for a page to hand to Web Chat.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var bearer = Bearer(http.Request);
        if (options.Value.HasSecret && !IsSecret(bearer, options.Value))
        {
            return bearer is null
                ? Error(StatusCodes.Status401Unauthorized, "Minting a token needs Authorization: Bearer <DirectLine secret>.")
                : Error(StatusCodes.Status403Forbidden, "The secret is not valid.");
        }

        var request = await ReadTokenRequestAsync(http.Request, trustedCaller: options.Value.HasSecret).ConfigureAwait(false);
        if (request.Error is not null)
        {
            return request.Error;
        }

        var opened = await conversations.OpenAsync(request.UserId, request.Locale, started: false, http.RequestAborted).ConfigureAwait(false);
        return opened.Conversation is not null
            ? Results.Json(TokenBody(opened.Conversation, opened.Token, conversations.Now))
            : TooManyConversations(http, opened.RetryAfter);
    }

    /// <summary>
    /// <c>POST /tokens/refresh</c>, as in Direct Line 3.0: the Bearer is a token that has not expired yet; the answer is
    /// a new one for the same conversation, with a full lifetime. The old one stays valid until its own expiry.
    /// </summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineConversations conversations)
    {
        if (Bearer(http.Request) is not { } bearer)
        {
            return MissingToken();
        }

        var (token, problem) = await conversations.Tokens.ReadAsync(bearer, conversations.Now, http.RequestAborted).ConfigureAwait(false);
        if (token is null)
        {
            return Refused(problem);
        }

        if (await conversations.FindAsync(token.ConversationId, http.RequestAborted).ConfigureAwait(false) is not { } conversation)
        {
            return ConversationGone();
        }

        await conversations.TouchAsync(conversation, http.RequestAborted).ConfigureAwait(false);
        var refreshed = await conversations.RefreshAsync(token, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(TokenBody(conversation, refreshed, conversations.Now));
    }

    /// <summary>
    /// <c>POST /conversations</c>: with a token from <c>tokens/generate</c>, starts that conversation; with the secret
    /// (or with none configured), opens a new one. Starting sends the bot a conversationUpdate — Web Chat never does —
    /// so the welcome is waiting at the first poll.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineConversations conversations, DirectLineAdapter adapter, IBot bot, IOptions<DirectLineOptions> options)
    {
        var bearer = Bearer(http.Request);
        DirectLineConversation conversation;
        DirectLineToken? token;
        if (bearer is not null && !IsSecret(bearer, options.Value))
        {
            var (found, problem) = await conversations.Tokens.ReadAsync(bearer, conversations.Now, http.RequestAborted).ConfigureAwait(false);
            if (found is null)
            {
                return Refused(problem);
            }

            if (await conversations.FindAsync(found.ConversationId, http.RequestAborted).ConfigureAwait(false) is not { } existing)
            {
                return ConversationGone();
            }

            (conversation, token) = (existing, found);
            if (!await conversations.TryMarkStartedAsync(conversation, http.RequestAborted).ConfigureAwait(false))
            {
                return Results.Json(TokenBody(conversation, token, conversations.Now));
            }
        }
        else
        {
            if (options.Value.HasSecret && bearer is null)
            {
                return Error(StatusCodes.Status401Unauthorized, "Opening a conversation needs Authorization: Bearer <DirectLine secret or token>.");
            }

            var request = await ReadTokenRequestAsync(http.Request, trustedCaller: options.Value.HasSecret).ConfigureAwait(false);
            if (request.Error is not null)
            {
                return request.Error;
            }

            var opened = await conversations.OpenAsync(request.UserId, request.Locale, started: true, http.RequestAborted).ConfigureAwait(false);
            if (opened.Conversation is null)
            {
                return TooManyConversations(http, opened.RetryAfter);
            }

            (conversation, token) = (opened.Conversation, opened.Token);
        }

        await adapter.RunTurnAsync(conversation, WelcomeActivity(conversation, http.Request, conversations.Now), bot, echo: false, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(TokenBody(conversation, token, conversations.Now), statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>GET /conversations/{id}</c>: what Web Chat asks when it resumes a conversation it knows.</summary>
    private static async Task<IResult> GetConversationAsync(string conversationId, HttpContext http, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var access = await AuthorizeAsync(http, conversationId, conversations, options.Value).ConfigureAwait(false);
        return access.Error ?? Results.Json(TokenBody(access.Conversation!, access.Token, conversations.Now));
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: the user's activity, echoed to the conversation, then the bot's turn.</summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext http, DirectLineConversations conversations, DirectLineAdapter adapter, IBot bot, IOptions<DirectLineOptions> options)
    {
        var access = await AuthorizeAsync(http, conversationId, conversations, options.Value).ConfigureAwait(false);
        if (access.Error is not null)
        {
            return access.Error;
        }

        var conversation = access.Conversation!;
        var body = await BoundedBody.ReadAsync(http.Request, MaxActivityBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {MaxActivityBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(Encoding.UTF8.GetString(body), HttpHelper.BotMessageSerializerSettings);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return Error(StatusCodes.Status400BadRequest, "The body is not a JSON activity: " + e.Message);
        }

        if (activity?.Type is null || !AcceptedTypes.Contains(activity.Type))
        {
            return Error(StatusCodes.Status400BadRequest, "Direct Line accepts activities of type message, event or typing.");
        }

        FromUser(activity, conversation, http.Request, conversations.Now);
        var id = await adapter.RunTurnAsync(conversation, activity, bot, echo: true, http.RequestAborted).ConfigureAwait(false);
        return id is null ? ConversationGone() : Results.Json(new { id });
    }

    /// <summary>
    /// <c>GET /conversations/{id}/activities?watermark=N</c>: the activities after N, and the new watermark. Web Chat
    /// polls this twice a second; with nothing newer it costs one read of the conversation's small head.
    /// </summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpContext http, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        long? after = null;
        if (!string.IsNullOrEmpty(watermark))
        {
            if (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Error(StatusCodes.Status400BadRequest, "The watermark is not one this endpoint gave out.");
            }

            after = parsed;
        }

        var access = await AuthorizeAsync(http, conversationId, conversations, options.Value).ConfigureAwait(false);
        if (access.Error is not null)
        {
            return access.Error;
        }

        var conversation = access.Conversation!;
        await conversations.TouchAsync(conversation, http.RequestAborted).ConfigureAwait(false);
        var set = await conversations.ActivitySetAsync(conversation, after, http.RequestAborted).ConfigureAwait(false);
        return Results.Bytes(set, "application/json; charset=utf-8");
    }

    /// <summary>What the client may not choose: who it is, where it is, and when. The rest (text, value, locale,
    /// channelData with Web Chat's clientActivityID) is kept, so Web Chat matches the echo to what it sent.</summary>
    private static void FromUser(Activity activity, DirectLineConversation conversation, HttpRequest request, DateTimeOffset now)
    {
        activity.Id = null;
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.ServiceUrl = ServiceUrl(request);
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(conversation.UserId, Truncate(activity.From?.Name, 100), RoleTypes.User);
        activity.Recipient = DirectLineAdapter.BotAccount;
        activity.Timestamp = now;
        activity.Locale = ValidLocale(activity.Locale) ?? conversation.Locale;
    }

    private static Activity WelcomeActivity(DirectLineConversation conversation, HttpRequest request, DateTimeOffset now)
    {
        var user = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        return new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineAdapter.ChannelId,
            ServiceUrl = ServiceUrl(request),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = DirectLineAdapter.BotAccount,
            MembersAdded = [DirectLineAdapter.BotAccount, user],
            Locale = conversation.Locale,
            Timestamp = now,
        };
    }

    private readonly record struct Access(DirectLineConversation? Conversation, DirectLineToken? Token, IResult? Error);

    /// <summary>
    /// A conversation's token (or the secret) is the only key to it: no token is 401; a token that is not ours, was
    /// altered, has expired or belongs to another conversation is 403, each with its reason.
    /// </summary>
    private static async Task<Access> AuthorizeAsync(HttpContext http, string conversationId, DirectLineConversations conversations, DirectLineOptions options)
    {
        if (Bearer(http.Request) is not { } bearer)
        {
            return new(null, null, MissingToken());
        }

        DirectLineToken? token = null;
        if (!IsSecret(bearer, options))
        {
            (token, var problem) = await conversations.Tokens.ReadAsync(bearer, conversations.Now, http.RequestAborted).ConfigureAwait(false);
            if (token is null)
            {
                return new(null, null, Refused(problem));
            }

            if (!string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
            {
                return new(null, null, Error(StatusCodes.Status403Forbidden, "The token belongs to another conversation."));
            }
        }

        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return new(null, null, token is null
                ? Error(StatusCodes.Status404NotFound, "There is no such conversation (or it expired).")
                : ConversationGone());
        }

        // Signed together with the conversation id, so this only fails for a conversation id used twice: never give
        // one user's conversation to another's token.
        return token is not null && !string.Equals(token.UserId, conversation.UserId, StringComparison.Ordinal)
            ? new(null, null, Error(StatusCodes.Status403Forbidden, "The token belongs to another user."))
            : new(conversation, token, null);
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }

    /// <summary>Constant-time, so the secret cannot be guessed a character at a time from response times.</summary>
    private static bool IsSecret(string? bearer, DirectLineOptions options) =>
        bearer is not null && options.HasSecret &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), SHA256.HashData(Encoding.UTF8.GetBytes(options.Secret!)));

    private readonly record struct TokenRequest(string? UserId, string? Locale, IResult? Error);

    /// <summary>
    /// The optional body of <c>tokens/generate</c> and <c>conversations</c>: <c>{"user": {"id"}, "locale"}</c>. The
    /// user id is honoured only from a caller holding the secret (a site's server); a page cannot pick who it is.
    /// <c>locale</c> is our addition: Web Chat's conversationUpdate carries none, and the welcome needs a language.
    /// </summary>
    private static async Task<TokenRequest> ReadTokenRequestAsync(HttpRequest request, bool trustedCaller)
    {
        var body = await BoundedBody.ReadAsync(request, MaxTokenRequestBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return new(null, null, Error(StatusCodes.Status413PayloadTooLarge, $"A token request may be at most {MaxTokenRequestBytes} bytes."));
        }

        if (body.Length == 0)
        {
            return new(null, null, null);
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            return new(null, null, Error(StatusCodes.Status400BadRequest, "The body is not JSON: " + e.Message));
        }

        if (json is not JsonObject fields)
        {
            return new(null, null, Error(StatusCodes.Status400BadRequest, "The body must be a JSON object like {\"locale\": \"zh-CN\"}."));
        }

        var locale = fields["locale"] is JsonValue localeValue && localeValue.TryGetValue<string>(out var text) ? text : null;
        if (locale is not null && ValidLocale(locale) is null)
        {
            return new(null, null, Error(StatusCodes.Status400BadRequest, "The locale must be a language tag such as zh-CN or en-US."));
        }

        // Indexing a JsonNode that is not an object throws: {"user": true} is a bad request, not a 500.
        var userId = trustedCaller && fields["user"] is JsonObject user && user["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) ? Truncate(id, 100) : null;
        return new(string.IsNullOrWhiteSpace(userId) ? null : userId, locale, null);
    }

    private static object TokenBody(DirectLineConversation conversation, DirectLineToken? token, DateTimeOffset now) => new
    {
        conversationId = conversation.Id,
        token = token?.Value,
        expires_in = token is null ? 0 : (int)Math.Max(0, (token.ExpiresAt - now).TotalSeconds),
        // Not part of Azure's answer: the id this conversation's activities are from, so the page can give it to Web Chat.
        userId = conversation.UserId,
    };

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}/v3/directline/";

    private static string? ValidLocale(string? locale) =>
        locale is { Length: > 0 and <= 35 } && LocalePattern().IsMatch(locale) ? locale : null;

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static IResult MissingToken() => Error(StatusCodes.Status401Unauthorized, "Send the conversation's token as Authorization: Bearer <token>.");

    private static IResult Refused(DirectLineTokenProblem problem) => Error(
        StatusCodes.Status403Forbidden,
        problem == DirectLineTokenProblem.Expired
            ? "The token has expired; refresh a token (tokens/refresh) before it expires, or get a new one."
            : "The token is not valid: it was not issued by this service, or it was altered.");

    private static IResult ConversationGone() =>
        Error(StatusCodes.Status403Forbidden, "The token's conversation has ended (it was idle too long); start a new one.");

    /// <summary>429 with <c>Retry-After</c>: when the first open conversation may go idle and make room (at least 1 s).</summary>
    private static IResult TooManyConversations(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = retryAfter == TimeSpan.MaxValue ? 60 : Math.Clamp((long)Math.Ceiling(retryAfter.TotalSeconds), 1, 24 * 3600);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "Too many open conversations; try again after Retry-After seconds.");
    }

    private static IResult Error(int status, string reason) => Results.Json(new { error = reason }, statusCode: status);

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LocalePattern();
}
