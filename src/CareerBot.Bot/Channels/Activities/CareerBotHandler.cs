using CareerBot.Application.Turns;
using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Bot.Telemetry;
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

    public CareerBotHandler(TurnProcessor turns, AdaptiveCardRenderer renderer, BotTelemetry telemetry)
    {
        _turns = turns;
        _renderer = renderer;
        _telemetry = telemetry;
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
            await turnContext.SendActivitiesAsync([.. ActivityMapping.ToActivities(result.Outcome.Views, _renderer, result.Language)], cancellationToken).ConfigureAwait(false);
        }
    }
}
