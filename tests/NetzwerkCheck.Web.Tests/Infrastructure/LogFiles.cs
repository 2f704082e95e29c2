namespace NetzwerkCheck.Web.Tests.Infrastructure;

/// <summary>The test host's log files as they stand (Serilog still has them open).</summary>
public static class LogFiles
{
    public static string Read(NetzwerkCheckFactory factory) =>
        Directory.Exists(factory.LogFolder) ? string.Join("\n", Directory.GetFiles(factory.LogFolder, "*.log").Order().Select(ReadShared)) : "";

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
