using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Fuzzing;

/// <summary>
/// Keeps the host's first few errors (with their exceptions) to explain a failing fuzz run, and nothing else: a run
/// sends thousands of requests and measures memory, so scopes and lesser levels are not kept at all.
/// </summary>
internal sealed class FirstErrorsLogger : ILoggerProvider, ILogger
{
    private const int Kept = 10;

    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && _errors.Count < Kept;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _errors.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }

    public void Dispose()
    {
    }
}
