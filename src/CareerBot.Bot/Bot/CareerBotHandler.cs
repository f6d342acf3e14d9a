using CareerBot.Bot.Rendering.AdaptiveCards;
using CareerBot.Bot.Telemetry;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace CareerBot.Bot.Bot;

/// <summary>
/// The one bot every channel drives. It only translates: activity in, <see cref="InterviewEngine"/> turn, views
/// rendered out; state is read once and written once per turn (<see cref="TurnState"/>).
/// </summary>
public sealed class CareerBotHandler : TeamsActivityHandler
{
    /// <summary>The user-state property holding the <see cref="UserProfile"/> (exports read it back by this name).</summary>
    public const string ProfileProperty = "profile";

    /// <summary>The conversation-state property holding the <see cref="InterviewState"/>.</summary>
    public const string InterviewProperty = "interview";

    private readonly InterviewEngine _engine;
    private readonly AdaptiveCardRenderer _renderer;
    private readonly BotTelemetry _telemetry;
    private readonly IStorage _storage;
    private readonly ConversationTurns _turns;

    public CareerBotHandler(InterviewEngine engine, AdaptiveCardRenderer renderer, IStorage storage, ConversationTurns turns, BotTelemetry telemetry)
    {
        _telemetry = telemetry;
        _engine = engine;
        _renderer = renderer;
        _storage = storage;
        _turns = turns;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = new TurnState(_storage, turnContext.Activity);
        using (await _turns.EnterAsync(state.InterviewKey, cancellationToken).ConfigureAwait(false))
        {
            turnContext.TurnState.Set(state);
            await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await state.SaveAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turnState = turnContext.TurnState.Get<TurnState>();
        var state = await turnState.InterviewAsync(cancellationToken).ConfigureAwait(false);
        var outcome = _engine.Handle(state, ActivityMapping.ToUserTurn((Activity)turnContext.Activity));
        if (outcome.Completed is not null || outcome.Correction is not null)
        {
            var profile = await turnState.ProfileAsync(cancellationToken).ConfigureAwait(false);
            profile.Keep(outcome);
            ReportResults(outcome);
        }

        await SendAsync(turnContext, outcome.Views, state, cancellationToken).ConfigureAwait(false);
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

        var state = await turnContext.TurnState.Get<TurnState>().InterviewAsync(cancellationToken).ConfigureAwait(false);
        await SendAsync(turnContext, InterviewEngine.Welcome(), state, cancellationToken).ConfigureAwait(false);
    }

    private void ReportResults(TurnOutcome outcome)
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

    private async Task SendAsync(ITurnContext turnContext, IReadOnlyList<View> views, InterviewState state, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(state.LanguageTag) ?? Languages.FromLocale(turnContext.Activity.Locale) ?? Language.EnUs;
        await turnContext.SendActivitiesAsync([.. ActivityMapping.ToActivities(views, _renderer, language)], cancellationToken).ConfigureAwait(false);
    }
}
