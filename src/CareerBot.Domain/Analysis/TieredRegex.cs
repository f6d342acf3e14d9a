using System.Text.RegularExpressions;

namespace CareerBot.Domain.Analysis;

/// <summary>
/// A regular expression tiered like the JIT: interpreted from the start, compiled to IL in the background once it
/// has been used <see cref="CompileAfter"/> times. Compiled matching is about twice as fast per answer (English
/// interview: 0.53 against 1.2 ms, bench/Analysis --latency), but compiling and JIT-compiling the lexicon's 43
/// patterns up front took 1.0-1.6 s of the first request's wait after a process start (the JIT of the emitted
/// methods, always fully optimised, was most of it; the interpreter builds all of them in about 0.1 s). So a
/// fresh process answers at once, and a busy one gets the compiled matchers a few turns later; the pattern is run
/// once in the background before the swap so that no answer's match time-out includes the JIT.
/// </summary>
internal sealed class TieredRegex
{
    private const int CompileAfter = 64;
    private const string WarmUpText = "我做了3年产品 i've been a pm for 3 years";

    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private Regex _current;
    private int _uses;

    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _options = options;
        _timeout = timeout;
        _current = new Regex(pattern, options, timeout);
        Pattern = pattern;
    }

    public string Pattern { get; }

    public RegexOptions Options => _options;

    /// <summary>The regex to match with now: interpreted until its compiled twin is ready. Thread-safe.</summary>
    public Regex Current
    {
        get
        {
            if (_uses < CompileAfter && Interlocked.Increment(ref _uses) == CompileAfter)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.Compile(), this, preferLocal: false);
            }

            return Volatile.Read(ref _current);
        }
    }

    private void Compile()
    {
        var interpreted = Volatile.Read(ref _current);
        var compiled = new Regex(interpreted.ToString(), _options | RegexOptions.Compiled, _timeout);
        try
        {
            compiled.IsMatch(WarmUpText);
        }
        catch (RegexMatchTimeoutException)
        {
            // A starved machine can stretch the warm-up past the time-out; the JIT has still happened.
        }

        Volatile.Write(ref _current, compiled);
    }
}
