using System.Reflection;

namespace CareerBot.BrowserTests.Support;

/// <summary>Where the tests keep what a person would look at (screenshots), and where the npm tools are.</summary>
internal static class Artifacts
{
    /// <summary>TestResults/screenshots under the test output folder: kept after the run, printed by each test.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    /// <summary>This project's folder (package.json, node_modules), recorded at build time.</summary>
    public static string NpmDirectory { get; } = typeof(Artifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NpmProjectDirectory").Value!;

    public static string ScreenshotPath(string name) => Path.Combine(Screenshots, name + ".png");
}
