namespace CareerBot.Domain.Views;

/// <summary>The greeting for someone who just joined: what the bot does, how to start, and the language switch.</summary>
public sealed record WelcomeView : View;
