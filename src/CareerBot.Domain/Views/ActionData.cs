namespace CareerBot.Domain.Views;

/// <summary>
/// The tap protocol every channel shares: the keys and values a tapped button or submitted form sends back (an
/// Adaptive Card's Action.Submit data arrives as the message activity's <c>value</c>; a Slack renderer would put the
/// same pairs in its action payload). Inputs are merged in under their ids (a fact question's choices are keyed by
/// the question id). The engine reads these; renderers write them.
/// </summary>
public static class ActionData
{
    /// <summary>Names an interview command: one of <see cref="Commands"/>.</summary>
    public const string Command = "command";

    /// <summary>Names the question a submitted input answers.</summary>
    public const string AnswerTo = "answerTo";

    /// <summary>With <see cref="AnswerTo"/>: the suggested value the user confirmed with one tap.</summary>
    public const string Confirm = "confirm";

    /// <summary>With the language command: the language tag to switch to ("zh-CN", "en-US").</summary>
    public const string Language = "language";

    /// <summary>With the correct command: the id of the kept assessment the user corrects.</summary>
    public const string AssessmentId = "assessmentId";

    /// <summary>The correction form's input: the level the user says is theirs, as "track:level" ("management:3").</summary>
    public const string CorrectedLevel = "correctedLevel";

    public static class Commands
    {
        public const string Start = "start";
        public const string Restart = "restart";
        public const string Help = "help";
        public const string Skip = "skip";
        public const string Back = "back";
        public const string Cancel = "cancel";
        public const string Language = "language";
        public const string Correct = "correct";

        /// <summary>
        /// The card asks what it should show now (Teams refreshes a live card when its owner looks at it): answered
        /// or not, the interview moved on or not. Changes nothing.
        /// </summary>
        public const string Refresh = "refresh";

        /// <summary>The result card shows its evidence in place of the summary (channels that update cards in place).</summary>
        public const string ShowEvidence = "showEvidence";

        /// <summary>The result card goes back from its evidence to the summary.</summary>
        public const string HideEvidence = "hideEvidence";
    }
}
