using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerBot.Application.Documents;
using CareerBot.Storage;

// One "turn" is what the application core does against SQL storage: read the conversation's document, then write it
// back changed, conditional on the ETag it read. Rows rotate over many conversations, as under the load bench. Usage: [--turns N] [--callers 1,8] [--keep]
var turns = Option("--turns", 20_000);
var callerCounts = (Value("--callers") ?? "1,8").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
const int Conversations = 512;

var path = Path.Combine(Path.GetTempPath(), $"careerbot-storage-turn-{Guid.NewGuid():N}.db");
var storage = new SqliteDocumentStore("Data Source=" + path);
var json = StateJson(3_000);
var keys = Enumerable.Range(0, Conversations).Select(i => "msteams/conversations/a:" + i.ToString("D8", CultureInfo.InvariantCulture)).ToArray();

try
{
    // Steady state: every row exists, tiered compilation has finished, the WAL has been checkpointed a few times.
    var warming = Stopwatch.GetTimestamp();
    while (Stopwatch.GetElapsedTime(warming) < TimeSpan.FromSeconds(3))
    {
        await RunAsync(callers: 4, turns: 2_000).ConfigureAwait(false);
    }

    foreach (var callers in callerCounts)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var start = Stopwatch.GetTimestamp();
        await RunAsync(callers, turns).ConfigureAwait(false);
        var wall = Stopwatch.GetElapsedTime(start);
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"callers={callers} turns={turns} wall_us_per_turn={wall.TotalMicroseconds / turns:0.0} cpu_us_per_turn={cpuUsed.TotalMicroseconds / turns:0.0} bytes_per_turn={bytes / turns} gen0={GC.CollectionCount(0) - gen0}"));
    }
}
finally
{
    await storage.DisposeAsync().ConfigureAwait(false);

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (!args.Contains("--keep"))
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

return 0;

async Task RunAsync(int callers, int turns)
{
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
    {
        int turn;
        while ((turn = Interlocked.Increment(ref next)) < turns)
        {
            var key = keys[turn % Conversations];
            var read = await storage.ReadAsync([key], CancellationToken.None).ConfigureAwait(false);
            await storage.WriteAsync([DocumentWrite.Put(key, json, read.GetValueOrDefault(key)?.ETag)], CancellationToken.None).ConfigureAwait(false);
        }
    }))).ConfigureAwait(false);
}

// An interview's state: answers in Chinese and English, as the bot keeps them.
static string StateJson(int length)
{
    var text = new StringBuilder("{\"languageTag\":\"zh-CN\",\"step\":4,\"answers\":{");
    for (var i = 0; text.Length < length - 40; i++)
    {
        text.Append(CultureInfo.InvariantCulture, $"\"q{i}\":{{\"text\":\"我想在专业上做深，成为产品专家 lead a team {i}\",\"skipped\":false}},");
    }

    return text.Append("\"end\":null}}").ToString();
}

int Option(string name, int fallback) => Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
