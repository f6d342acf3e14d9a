using Microsoft.Playwright;

namespace CareerBot.BrowserTests.Support;

/// <summary>
/// Debian's Chromium (apt-get install chromium fonts-wqy-microhei) driven by Playwright. Playwright's own browser
/// download cannot work here (no internet at run time), so it is never called. Without Chromium a test is skipped
/// with the reason — and fails under CI=true, where a skipped browser test would hide a broken set-up.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>Skips (or under CI fails) when Chromium is not installed.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        const string Reason = $"Browser tests need Debian's Chromium at {ExecutablePath}: apt-get install -y chromium fonts-wqy-microhei";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason + " (CI=true: a browser test may not be skipped).");
        }

        Skip.If(true, Reason);
    }

    /// <summary>A fresh headless browser with its own profile in a temporary folder, removed on dispose.</summary>
    public static async Task<Chromium> LaunchAsync(string locale = "en-US")
    {
        Require();
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("careerbot-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 },
        });
        return new Chromium(playwright, context, profile);
    }

    public async Task<IPage> NewPageAsync() => Context.Pages.Count > 0 && Context.Pages[0].Url == "about:blank"
        ? Context.Pages[0]
        : await Context.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it exits; a leftover temp folder is harmless.
        }
    }
}
