using CareerBot.Application.Turns;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Bot.Telemetry;
using CareerBot.Domain.Content;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CareerBot.Bot.Channels.Activities;

/// <summary>
/// The Bot Framework edge of the one application core: an activity becomes a channel-neutral <see cref="Turn"/>, the
/// <see cref="TurnProcessor"/> runs and saves it, and its views go back rendered as activities. Both activity channels (the
/// Bot Framework's and our Direct Line) drive this one handler.
/// </summary>
public sealed class CareerBotHandler : TeamsActivityHandler
{
    private readonly TurnProcessor _turns;
    private readonly AdaptiveCardRenderer _renderer;
    private readonly BotTelemetry _telemetry;
    private readonly StringTable _strings;

    public CareerBotHandler(TurnProcessor turns, AdaptiveCardRenderer renderer, BotTelemetry telemetry, CareerContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _turns = turns;
        _renderer = renderer;
        _telemetry = telemetry;
        _strings = content.Strings;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = await _turns.HandleAsync(ActivityTurns.ToTurn((Activity)turnContext.Activity, TurnKind.Message), cancellationToken).ConfigureAwait(false);
        if (result.RateLimited)
        {
            _telemetry.RateLimited(ReportedNames.Channel(turnContext.Activity.ChannelId));
        }

        ReportResults(result.Outcome);
        await SendAsync(turnContext, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Universal Actions (Teams' Action.Execute): the tap runs as a turn like any other, and the invoke's answer is
    /// what the tapped card shows from now on (a question in its answered form, the result with its evidence); what
    /// follows (the next question) arrives as new messages. A tap on a card made for someone else changes nothing.
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(invokeValue);
        var activity = (Activity)turnContext.Activity;
        var input = ActivityMapping.ToCardActionTurn(activity, invokeValue);
        if (input.DataValue(ActionData.Command) is null && input.DataValue(ActionData.AnswerTo) is null)
        {
            // None of our cards sends this: not a turn (it would start or answer an interview by accident).
            return new AdaptiveCardInvokeResponse
            {
                StatusCode = 400,
                Type = "application/vnd.microsoft.error",
                Value = new Error { Code = "BadRequest", Message = "The card action names no command and no question." },
            };
        }

        if (input.DataValue(CardActions.OwnerKey) is { } owner && owner != activity.From?.Id)
        {
            return MessageResponse(_strings.Get("card.action.notYours", input.LocaleLanguage ?? Language.EnUs));
        }

        // A refresh is the card asking, not the person: it is not remembered as a message (nothing is written).
        var refresh = input.DataValue(ActionData.Command) == ActionData.Commands.Refresh;
        var turn = ActivityTurns.ToTurn(activity, TurnKind.Message) with { Input = input, ActivityId = refresh ? null : activity.Id };
        var result = await _turns.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        if (result.RateLimited)
        {
            _telemetry.RateLimited(ReportedNames.Channel(activity.ChannelId));
        }

        ReportResults(result.Outcome);
        var actions = ActivityMapping.CardActionsFor(activity);
        if (result.Outcome.Replacement is { } replacement && _renderer.Render(replacement, result.Language, actions) is RenderedCard card)
        {
            await SendAsync(turnContext, result, cancellationToken).ConfigureAwait(false);
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCardJson.ContentType, Value = ActivityMapping.CardJson(card) };
        }

        // The card stays as it is: what the turn said comes back as the invoke's message (Teams shows it by the
        // card), and any card it showed follows as a message.
        var said = result.Outcome.Views.OfType<MessageView>().Select(m => m.Text.ToPlainText()).ToList();
        var rest = result with { Outcome = result.Outcome with { Views = [.. result.Outcome.Views.Where(v => v is not MessageView)] } };
        await SendAsync(turnContext, rest, cancellationToken).ConfigureAwait(false);
        return MessageResponse(said.Count > 0 ? string.Join("\n", said) : _strings.Get("card.action.done", result.Language));
    }

    private static AdaptiveCardInvokeResponse MessageResponse(string text) =>
        new() { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = text };

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        if (!membersAdded.Any(m => m.Id != botId))
        {
            return;
        }

        var result = await _turns.HandleAsync(ActivityTurns.ToTurn((Activity)turnContext.Activity, TurnKind.Joined), cancellationToken).ConfigureAwait(false);
        await SendAsync(turnContext, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Teams: the welcome needs nobody's profile, so members are not looked up one call each as the SDK would
    /// (<c>TeamsInfo.GetMemberAsync</c>, which also expects the SDK's own connector client, not the one that sends
    /// through <see cref="Application.Delivery.OutgoingDelivery"/>, and failed every Teams welcome on it).
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    private void ReportResults(Domain.Interview.TurnOutcome outcome)
    {
        if (outcome.Completed is not null)
        {
            _telemetry.AssessmentCompleted(outcome.Completed.Result);
        }

        if (outcome.Correction is not null)
        {
            _telemetry.AssessmentCorrected(outcome.Correction.Result);
        }
    }

    private async Task SendAsync(ITurnContext turnContext, TurnResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome.Views.Count > 0)
        {
            var actions = ActivityMapping.CardActionsFor((Activity)turnContext.Activity);
            await turnContext.SendActivitiesAsync([.. ActivityMapping.ToActivities(result.Outcome.Views, _renderer, result.Language, actions)], cancellationToken).ConfigureAwait(false);
        }
    }
}
