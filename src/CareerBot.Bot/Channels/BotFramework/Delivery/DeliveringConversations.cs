using System.Globalization;
using System.Net;
using System.Text.Json;
using CareerBot.Application.Delivery;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace CareerBot.Bot.Channels.BotFramework.Delivery;

/// <summary>
/// The Connector REST client's conversation operations as every turn and proactive message sees them: sending,
/// replying and updating go through the one sender (<see cref="OutgoingDelivery"/>: retries, the outbox, one copy per
/// message); everything else goes straight to the channel.
/// </summary>
/// <remarks>
/// A message the sender keeps in the outbox answers the SDK like a delivery without an id, so the turn goes on and
/// saves what the user said; the outbox and telemetry carry the failure.
/// </remarks>
internal sealed class DeliveringConversations(IConversations inner, OutgoingDelivery delivery, BotFrameworkDestination destination) : IConversations
{
    public const string Channel = "botframework";

    public Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(string conversationId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        DeliverAsync(
            new BotFrameworkOutboxPayload(destination, conversationId, ReplyToId: null, ActivityId: null, activity),
            token => inner.SendToConversationWithHttpMessagesAsync(conversationId, activity, customHeaders, token),
            conversationId,
            cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        DeliverAsync(
            new BotFrameworkOutboxPayload(destination, conversationId, ReplyToId: activityId, ActivityId: null, activity),
            token => inner.ReplyToActivityWithHttpMessagesAsync(conversationId, activityId, activity, customHeaders, token),
            conversationId,
            cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        DeliverAsync(
            new BotFrameworkOutboxPayload(destination, conversationId, ReplyToId: null, ActivityId: activityId, activity),
            token => inner.UpdateActivityWithHttpMessagesAsync(conversationId, activityId, activity, customHeaders, token),
            conversationId: null,   // an update replaces in place: a retry never makes a second copy
            cancellationToken);

    private async Task<HttpOperationResponse<ResourceResponse>> DeliverAsync(
        BotFrameworkOutboxPayload payload,
        Func<CancellationToken, Task<HttpOperationResponse<ResourceResponse>>> send,
        string? conversationId,
        CancellationToken cancellationToken)
    {
        var call = new OutgoingCall(
            Channel,
            token => AttemptAsync(send, token),
            conversationId is null ? null : (copy, token) => RetractAsync(conversationId, copy, token),
            payload.ToJson);
        var result = await delivery.DeliverAsync(call, cancellationToken).ConfigureAwait(false);
        var id = result is DeliveryResult.Delivered delivered ? delivered.MessageId : null;
        return new HttpOperationResponse<ResourceResponse> { Body = new ResourceResponse(id) };
    }

    private async Task RetractAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await inner.DeleteActivityWithHttpMessagesAsync(conversationId, activityId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One try, classified: Teams asks for retries of 429, 412, 502 and 504 (and 503 is a busy gateway too).</summary>
    internal static async Task<AttemptOutcome> AttemptAsync(Func<CancellationToken, Task<HttpOperationResponse<ResourceResponse>>> send, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send(cancellationToken).ConfigureAwait(false);
            return new AttemptOutcome.Delivered(response.Body?.Id);
        }
        catch (ErrorResponseException e) when (e.Response is not null)
        {
            return Classify(e.Response);
        }
        catch (HttpOperationException e) when (e.Response is not null)
        {
            return Classify(e.Response);
        }
        catch (HttpRequestException e)
        {
            // Refused, reset or unresolvable: nothing was taken; a later try may find the channel back.
            return new AttemptOutcome.Transient("connection failed: " + (e.HttpRequestError.ToString()));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return new AttemptOutcome.Transient("timed out");
        }
        catch (Exception e) when (e is ValidationException or ArgumentException or UriFormatException or FormatException or InvalidOperationException or JsonException or Newtonsoft.Json.JsonException)
        {
            // The request itself cannot be made (an id the connector's URL cannot carry, a malformed activity).
            return new AttemptOutcome.Refused("request not sendable: " + e.GetType().Name);
        }
    }

    private static AttemptOutcome Classify(HttpResponseMessageWrapper response)
    {
        var status = (int)response.StatusCode;
        var reason = status.ToString(CultureInfo.InvariantCulture) + " " + response.StatusCode;
        return response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            ? new AttemptOutcome.Transient(reason, RetryAfter(response))
            : new AttemptOutcome.Refused(reason);
    }

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessageWrapper response)
    {
        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (header is null)
        {
            return null;
        }

        if (int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow
            : null;
    }

    // Everything else is a read or a rarely used write that the SDK or a test calls directly: straight to the channel.
    public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.GetConversationsWithHttpMessagesAsync(continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(ConversationParameters parameters, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.CreateConversationWithHttpMessagesAsync(parameters, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(string conversationId, Transcript transcript, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.SendConversationHistoryWithHttpMessagesAsync(conversationId, transcript, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.DeleteActivityWithHttpMessagesAsync(conversationId, activityId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(string conversationId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.GetConversationMembersWithHttpMessagesAsync(conversationId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(string conversationId, int? pageSize = null, string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.GetConversationPagedMembersWithHttpMessagesAsync(conversationId, pageSize, continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(string conversationId, string memberId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.DeleteConversationMemberWithHttpMessagesAsync(conversationId, memberId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.GetActivityMembersWithHttpMessagesAsync(conversationId, activityId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(string conversationId, AttachmentData attachmentUpload, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        inner.UploadAttachmentWithHttpMessagesAsync(conversationId, attachmentUpload, customHeaders, cancellationToken);
}
