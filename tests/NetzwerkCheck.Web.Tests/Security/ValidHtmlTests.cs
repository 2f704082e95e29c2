using System.Diagnostics;
using NetzwerkCheck.Web.Tests.Infrastructure;

namespace NetzwerkCheck.Web.Tests.Security;

/// <summary>
/// Every kind of page, in the states a user sees, is valid HTML according to the Nu validator (vnu).
/// The validator comes from npm (vnu-jar, installed by .ci/run) and runs on Java; the pages are
/// written to files first because vnu refuses localhost URLs.
/// </summary>
public sealed class ValidHtmlTests(NetzwerkCheckFactory factory) : IClassFixture<NetzwerkCheckFactory>
{
    private static string? FindValidator()
    {
        var configured = Environment.GetEnvironmentVariable("NC_VNU_JAR");
        if (configured is not null && File.Exists(configured))
        {
            return configured;
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ".ci", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    [Fact]
    public async Task EveryPageIsValidHtml()
    {
        var jar = FindValidator();
        if (jar is null)
        {
            const string reason = "vnu.jar fehlt – npm install --prefix .ci/tools vnu-jar (macht .ci/run) oder NC_VNU_JAR setzen.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }
            Assert.Skip(reason);
        }

        var folder = Directory.CreateTempSubdirectory("nc-html-");
        foreach (var page in await PageTour.VisitAsync(factory))
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, page.Name + ".html"), page.Html, TestContext.Current.CancellationToken);
        }

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "text" }.Concat(Directory.GetFiles(folder.FullName, "*.html").Order()))
        {
            start.ArgumentList.Add(argument);
        }
        using var validator = Process.Start(start)!;
        var errors = await validator.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await validator.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await validator.WaitForExitAsync(TestContext.Current.CancellationToken);
        folder.Delete(recursive: true);

        Assert.True(validator.ExitCode == 0, $"vnu found errors:\n{errors}\n{output}");
    }
}
