using System.Text.RegularExpressions;
using CareerBot.Application.Documents;
using CareerBot.Domain.Content;
using CareerBot.Domain.Interview;
using CareerBot.Domain.Localization;
using CareerBot.Domain.Views;

namespace CareerBot.Application.Turns;

/// <summary>
/// The application core: takes a channel-neutral <see cref="Turn"/>, loads the conversation's document (and the
/// person's, when the turn finishes or corrects an assessment), runs the interview engine, saves every changed
/// document in one conditional write, and hands the outcome back for the channel to render and send. A write that
/// finds a document changed since it was read (another instance, or another conversation of the same person) reloads
/// and runs the turn again on what is stored now, so no write is ever lost.
/// </summary>
public sealed class TurnProcessor
{
    /// <summary>Runs of one turn before a conflict is given up on; each conflict means another writer made progress.</summary>
    public const int MaxAttempts = 8;

    /// <summary>Runs of one turn whose answer analysis timed out before the time-out is taken as the pattern's fault.</summary>
    public const int MaxAnalysisAttempts = 3;

    /// <summary>
    /// Message ids remembered per conversation: far more than a channel redelivers (Teams and Slack retry within
    /// seconds), few enough to keep the document small.
    /// </summary>
    public const int RememberedActivities = 32;

    private readonly InterviewEngine _engine;
    private readonly IDocumentStore _documents;
    private readonly ConversationTurns _turns;
    private readonly DocumentFormats _formats;
    private readonly TurnRateLimits? _limits;
    private readonly StringTable _strings;

    /// <param name="limits">Per-person and per-conversation limits; none where every turn is trusted (the CLI, tests).</param>
    public TurnProcessor(InterviewEngine engine, CareerContent content, IDocumentStore documents, ConversationTurns turns, TurnRateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _engine = engine;
        _documents = documents;
        _turns = turns;
        _limits = limits;
        _strings = content.Strings;
        _formats = new DocumentFormats(content.Questions);
    }

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_limits is not null && _limits.Admit(turn) is var decision && decision != TurnRateLimits.Decision.Run)
        {
            // Refused before it waits for the conversation or reads anything: a flood costs the others nothing.
            var language = turn.Input.LocaleLanguage ?? Languages.Detect(turn.Input.Text);
            IReadOnlyList<View> notice = decision == TurnRateLimits.Decision.RefuseAndTell
                ? [new MessageView(new RichText([new Paragraph([new PlainRun(_strings.Get("interview.slowDown", language))])]))]
                : [];
            return new TurnResult(new TurnOutcome(notice), language) { RateLimited = true };
        }

        // Turns of one conversation in this process wait for each other instead of conflicting; between processes
        // (and between one person's conversations) the conditional write keeps every change.
        using (await _turns.EnterAsync(turn.Conversation.DocumentKey, cancellationToken).ConfigureAwait(false))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await RunOnceAsync(turn, cancellationToken).ConfigureAwait(false);
                }
                catch (DocumentConflictException) when (attempt < MaxAttempts)
                {
                    // Jittered, growing pauses: writers that collided once do not collide again in lockstep.
                    var pause = Random.Shared.Next(1, 5 << Math.Min(attempt, 6));
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                }
                catch (RegexMatchTimeoutException) when (attempt < MaxAnalysisAttempts)
                {
                    // The analyzer's patterns are bounded by a time-out that guards against a pathological pattern in
                    // an organisation's lexicon; on a starved machine a sound pattern can run past it too. Nothing was
                    // saved yet: running the turn again keeps the answer instead of apologising for losing it.
                }
            }
        }
    }

    private async Task<TurnResult> RunOnceAsync(Turn turn, CancellationToken cancellationToken)
    {
        var conversation = await DocumentSlot<ConversationDocument>.LoadAsync(
            _documents, turn.Conversation.DocumentKey, turn.Conversation.LegacyKey, _formats.Conversation, cancellationToken).ConfigureAwait(false);
        var interview = conversation.Value.Interview;
        if (IsRedelivery(turn, conversation.Value))
        {
            // Processed already (its effect is saved): acknowledged, not answered twice; a card replaced in place gets
            // what the first delivery made of it.
            var again = turn.Input.CardInPlace ? _engine.CardAsItIs(interview, turn.Input) : new TurnOutcome([]);
            return new TurnResult(again, Languages.FromLocale(interview.LanguageTag) ?? Language.EnUs);
        }

        var outcome = turn.Kind == TurnKind.Joined
            ? new TurnOutcome(InterviewEngine.Welcome())
            : _engine.Handle(interview, turn.Input);

        if (turn.Kind == TurnKind.Message && turn.ActivityId is { } activityId)
        {
            var processed = conversation.Value.ProcessedActivityIds;
            processed.Add(activityId);
            if (processed.Count > RememberedActivities)
            {
                processed.RemoveRange(0, processed.Count - RememberedActivities);
            }
        }

        var writes = new List<DocumentWrite>(3);
        conversation.CollectWrites(writes);
        if (outcome.Completed is not null || outcome.Correction is not null)
        {
            var person = await DocumentSlot<PersonDocument>.LoadAsync(
                _documents, turn.Person.DocumentKey, turn.Person.LegacyKey, _formats.Person, cancellationToken).ConfigureAwait(false);
            person.Value.Profile.Keep(outcome);
            person.CollectWrites(writes);
        }

        if (writes.Count > 0)
        {
            await _documents.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        }

        var language = Languages.FromLocale(interview.LanguageTag) ?? turn.Input.LocaleLanguage ?? Language.EnUs;
        return new TurnResult(outcome, language);
    }

    private static bool IsRedelivery(Turn turn, ConversationDocument conversation) =>
        turn.Kind == TurnKind.Message && turn.ActivityId is { } id && conversation.ProcessedActivityIds.Contains(id);
}
