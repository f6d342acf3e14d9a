using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using System.Text.RegularExpressions;

namespace CareerBot.Bot.Tests.Fuzzing;

/// <summary>A Direct Line conversation the fuzzed requests are about: its id and its token.</summary>
internal sealed record DirectLineSlot(string ConversationId, string Token);

/// <summary>A request that got a 5xx, a stack trace, or no answer at all.</summary>
internal sealed record FuzzFailure(FuzzRequest Request, int Status, string Response);

/// <summary>What a run of fuzzed requests got back.</summary>
internal sealed class FuzzReport
{
    public int Sent { get; set; }

    public TimeSpan Duration { get; set; }

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public ConcurrentQueue<FuzzFailure> Failures { get; } = new();

    private int _unimplementedInvokes;

    /// <summary>501s for invokes: the Bot Framework's answer to an invoke the bot does not implement.</summary>
    public int UnimplementedInvokes => _unimplementedInvokes;

    public void CountUnimplementedInvoke() => Interlocked.Increment(ref _unimplementedInvokes);

    private int _unverifiableTokens;

    /// <summary>503s for tokens whose signing keys could not be fetched (the test runs offline: see the app id test).</summary>
    public int UnverifiableTokens => _unverifiableTokens;

    public void CountUnverifiableToken() => Interlocked.Increment(ref _unverifiableTokens);

    /// <summary>Every 5xx but the two that are the right answer (<see cref="UnimplementedInvokes"/>, <see cref="UnverifiableTokens"/>).</summary>
    public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value) - UnimplementedInvokes - UnverifiableTokens;

    public string StatusSummary => string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));

    /// <summary>The first few failures, each with how its request was made, what it sent and what came back.</summary>
    public string DescribeFailures(int seed, int count = 5) =>
        $"{Failures.Count} failing requests (seed {seed}; set CAREERBOT_FUZZ_SEED={seed} to replay). The first {Math.Min(count, Failures.Count)}:\n"
        + string.Join("\n", Failures.OrderBy(f => f.Request.Number).Take(count).Select(f =>
            $"#{f.Request.Number} {f.Request.Method} {Shorten(f.Request.Path)} [{f.Request.Endpoint}] content-type {f.Request.ContentType ?? "(none)"} → {f.Status}\n"
            + $"  made by: {f.Request.Mutations}\n  body: {f.Request.Preview()}\n  response: {Shorten(f.Response)}"));

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}

/// <summary>
/// Sends fuzzed requests to a host concurrently and records every status. A failure is a 5xx, an exception out of
/// the host, or a response body that shows a stack trace or an exception's type.
/// </summary>
internal static partial class FuzzRunner
{
    private const int Batch = 200;

    /// <summary>The reason /api/messages gives with its 503 when the keys that sign channel tokens are out of reach.</summary>
    private const string SigningKeysUnreachable = "cannot check tokens right now";

    /// <summary>
    /// Sends the next <paramref name="count"/> requests of <paramref name="payloads"/>, a batch at a time.
    /// <paramref name="offline"/>: the host's token keys are out of reach, so a well-formed token of a trusted issuer
    /// rightly gets a 503 (try again), counted apart.
    /// </summary>
    public static async Task<FuzzReport> RunAsync(
        HttpClient client, FuzzPayloads payloads, int count, IReadOnlyList<DirectLineSlot> slots, string? directLineSecret, bool offline = false, FuzzReport? report = null)
    {
        report ??= new FuzzReport();
        var watch = Stopwatch.StartNew();
        for (var sent = 0; sent < count; sent += Batch)
        {
            var requests = payloads.Generate(Math.Min(Batch, count - sent));
            await SendAsync(client, requests, slots, directLineSecret, offline, report);
            report.Sent += requests.Count;
        }

        report.Duration += watch.Elapsed;
        return report;
    }

    private static async Task SendAsync(HttpClient client, IReadOnlyList<FuzzRequest> requests, IReadOnlyList<DirectLineSlot> slots, string? directLineSecret, bool offline, FuzzReport report)
    {
        const int Parallelism = 16;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (fuzzed, cancellationToken) =>
        {
            using var request = Build(fuzzed, slots, directLineSecret);
            int status;
            string body;
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                status = (int)response.StatusCode;
                body = await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException or InvalidDataException)
            {
                // The in-memory server hands an exception that escaped the app to the client: Kestrel would send a 500.
                status = 599;
                body = e.ToString();
            }

            report.Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status == StatusCodes.Status501NotImplemented && IsInvoke(fuzzed.Body))
            {
                // The Bot Framework's answer to an invoke a bot does not implement (CareerBot's cards submit messages,
                // so it implements none): the protocol's word, not a failure. Counted apart.
                report.CountUnimplementedInvoke();
            }
            else if (status == StatusCodes.Status503ServiceUnavailable && offline && body.Contains(SigningKeysUnreachable, StringComparison.Ordinal))
            {
                report.CountUnverifiableToken();
            }
            else if (status >= 500 || ShowsInternals(body))
            {
                report.Failures.Enqueue(new FuzzFailure(fuzzed, status, body));
            }
        });
    }

    /// <summary>Whether the body names the invoke type: as text, since the SDK's reader accepts more than strict JSON.</summary>
    private static bool IsInvoke(byte[]? body) =>
        body is not null && Encoding.UTF8.GetString(body).Contains("\"type\":\"invoke\"", StringComparison.Ordinal);

    /// <summary>A stack frame ("   at Namespace.Type.Method(") or an exception type's name in a response body.</summary>
    public static bool ShowsInternals(string body) => StackTrace().IsMatch(body);

    private static HttpRequestMessage Build(FuzzRequest fuzzed, IReadOnlyList<DirectLineSlot> slots, string? secret)
    {
        var slot = slots.Count > 0 ? slots[fuzzed.Slot % slots.Count] : null;
        var path = slot is null ? fuzzed.Path : fuzzed.Path.Replace(FuzzRequest.ConversationPlaceholder, slot.ConversationId, StringComparison.Ordinal);
        var request = new HttpRequestMessage(fuzzed.Method, path);
        var authorization = fuzzed.Credential switch
        {
            FuzzCredential.OwnToken when slot is not null => "Bearer " + slot.Token,
            FuzzCredential.OtherToken when slots.Count > 1 => "Bearer " + slots[(fuzzed.Slot + 1) % slots.Count].Token,
            FuzzCredential.Secret when secret is not null => "Bearer " + secret,
            FuzzCredential.AsWritten => fuzzed.Authorization,
            _ => null,
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (fuzzed.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzzed.Body);
            request.Content.Headers.ContentType = null;
            if (fuzzed.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzzed.ContentType);
            }

            request.Content.Headers.ContentLength = fuzzed.Body.Length;
        }

        return request;
    }

    [GeneratedRegex(@"\s+at [\w.`<>]+\(|\b\w+Exception\b|\bat System\.|\bat Microsoft\.")]
    private static partial Regex StackTrace();
}

/// <summary>The seed and count a fuzz run uses: fixed, so CI is repeatable, unless the environment replays another.</summary>
internal static class FuzzSettings
{
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("CAREERBOT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20261204;

    public static int Count(int standard) =>
        int.TryParse(Environment.GetEnvironmentVariable("CAREERBOT_FUZZ_COUNT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : standard;

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
