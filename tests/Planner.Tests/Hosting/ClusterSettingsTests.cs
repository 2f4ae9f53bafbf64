using Planner.Hosting;

namespace Planner.Tests.Hosting;

/// <summary>Settings that cannot work on several hosts are refused when the service starts, not found out later.</summary>
public sealed class ClusterSettingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("mail dispatch")]
    public async Task A_shared_database_without_an_smtp_server_is_refused_at_start_with_the_reason(string verb)
    {
        var (code, output, error) = await CommandLineTests.RunWithInputAsync("",
        [
            .. verb.Split(' '), $"--Planner:DataDirectory={_folder}", "--urls", "http://127.0.0.1:0",
            "--Planner:Database=Host=127.0.0.1;Port=1;Database=planner;Username=planner;Password=unused",
        ]);
        Assert.Equal(Cli.Misconfigured, code);
        Assert.Empty(output);
        Assert.Contains("Planner:Smtp:Host is not set", error, StringComparison.Ordinal);
        Assert.Contains("one host's disk", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "outbox")));
    }
}
