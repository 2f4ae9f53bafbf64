using Microsoft.Data.Sqlite;
using System.Diagnostics;
using System.Net;
using Dapper;
using Planner.Hosting;
using Planner.Tests.Support;

namespace Planner.Tests.Hosting;

/// <summary>The <c>planner</c> executable run as a process, as an operator would.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs the planner command line with <paramref name="input"/> on its standard input.</summary>
    internal static async Task<(int Code, string Out, string Err)> RunWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "planner.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Token_create_prints_only_the_token_and_the_token_opens_the_API()
    {
        var (code, output, error) = await RunAsync("token", "create", "--name", "ops", $"--Planner:DataDirectory={_folder}", "--role", "admin");
        Assert.True(code == 0, error);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("pl_", token, StringComparison.Ordinal);

        using var app = new PlannerApp(demo: false, new Dictionary<string, string> { ["Planner:DataDirectory"] = _folder });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tokens")).StatusCode);
    }

    [Fact]
    public async Task Bad_arguments_are_explained_on_standard_error()
    {
        var (code, output, error) = await RunAsync("token", "create", "--name", "ops", "--role", "king", $"--Planner:DataDirectory={_folder}");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("role", error, StringComparison.Ordinal);
        var unknown = await RunAsync("frobnicate", $"--Planner:DataDirectory={_folder}");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("Unknown command", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_demo_twice_changes_nothing_the_second_time()
    {
        var first = await RunAsync("seed", "demo", $"--Planner:DataDirectory={_folder}");
        Assert.True(first.Code == 0, first.Err);
        var db = new Planner.Data.Db(Path.Combine(_folder, "planner.db"));
        async Task<long[]> CountsAsync()
        {
            await using var c = await db.OpenAsync();
            string[] tables = ["party", "party_status", "person", "venue", "series", "event", "participation", "delegate", "agenda_session", "agenda_item", "blackout", "booking"];
            var counts = new List<long>();
            foreach (var t in tables)
                counts.Add(await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {t}"));
            return counts.ToArray();
        }

        var before = await CountsAsync();
        Assert.True(before[0] > 20);
        var second = await RunAsync("seed", "demo", $"--Planner:DataDirectory={_folder}");
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("0 records added", second.Err, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public void Verb_options_and_configuration_arguments_mix_in_any_order()
    {
        var verbs = new Dictionary<string, string[]> { ["token create"] = ["name", "role"] };
        var line = CommandLine.Parse(["--Planner:DataDirectory=/srv/planner", "token", "--role", "admin", "create", "--urls", "http://127.0.0.1:1", "--name", "ops"], verbs);
        Assert.Equal("token create", line.Verb);
        Assert.Equal("admin", line.Options["role"]);
        Assert.Equal("ops", line.Options["name"]);
        Assert.Equal(["--Planner:DataDirectory=/srv/planner", "--urls", "http://127.0.0.1:1"], line.ConfigurationArgs);
    }

    [Fact]
    public async Task The_background_job_trigger_is_kept_in_the_database_across_restarts()
    {
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string> { ["Planner:DataDirectory"] = _folder };
        var seen = new List<string[]>();
        for (var run = 0; run < 2; run++)
        {
            using var app = new PlannerApp(demo: false, settings);
            _ = app.CreateClient();
            await using var c = await app.Db.OpenAsync();
            seen.Add((await c.QueryAsync<string>("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS ORDER BY TRIGGER_NAME")).ToArray());
        }

        Assert.Single(seen[0], "advance-event-status-hourly");
        Assert.Equal(seen[0], seen[1]);
    }
}
