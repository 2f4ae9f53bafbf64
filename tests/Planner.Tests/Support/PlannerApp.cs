using Microsoft.Data.Sqlite;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Data;
using Planner.Demo;

namespace Planner.Tests.Support;

/// <summary>
/// The real Planner host, in process, on a real SQLite file in a fresh temporary folder
/// (deleted on dispose), or on a fresh database of the test run's PostgreSQL cluster (dropped on dispose).
/// Optionally loaded with the demo data; clients carry tokens of each role.
/// </summary>
public sealed class PlannerApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;
    private readonly bool _ownsDirectory;

    public PlannerApp(bool demo = true, IDictionary<string, string>? settings = null, TestDatabase database = TestDatabase.Sqlite)
    {
        Database = database;
        _settings = new(settings ?? new Dictionary<string, string>());
        _ownsDirectory = !_settings.ContainsKey("Planner:DataDirectory");
        DataDirectory = _settings.GetValueOrDefault("Planner:DataDirectory") ?? Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings["Planner:DataDirectory"] = DataDirectory;
        // Tests sign in often from one address; the rate limit has its own test, which sets its own figure.
        _settings.TryAdd("Planner:Web:SignInAttemptsPerMinute", "10000");
        if (database == TestDatabase.Postgres)
        {
            _settings["Planner:Database"] = PostgresConnectionString = PostgresCluster.Instance.CreateDatabase();
            // A shared database refuses to start without an SMTP server; a host whose test sends no mail gets one
            // that is never called (nothing dispatches on its own).
            if (!_settings.ContainsKey("Planner:Smtp:Host"))
            {
                _settings["Planner:Smtp:Host"] = "127.0.0.1";
                _settings["Planner:Smtp:Port"] = "9";
                _settings.TryAdd("Planner:Mail:AutoDispatch", "false");
            }
        }
        Demo = demo;
    }

    /// <summary>The database this host runs on.</summary>
    public TestDatabase Database { get; }

    /// <summary>The connection string of this host's PostgreSQL database; null on SQLite.</summary>
    public string? PostgresConnectionString { get; }

    public string DataDirectory { get; }

    public bool Demo { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "planner.db");

    /// <summary>Replaces services of the host (a fake clock), applied after Planner's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (TestServices is { } testServices)
            builder.ConfigureTestServices(testServices);
    }

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Role, string> _tokens = [];

    /// <summary>A client authenticated with a token of <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsync(Role role = Role.Planner)
    {
        var client = CreateClient();
        await _gate.WaitAsync();
        try
        {
            if (_tokens.Count == 0 && Demo)
                await Services.GetRequiredService<DemoData>().LoadAsync();
            if (!_tokens.TryGetValue(role, out var token))
                _tokens[role] = token = (await Services.GetRequiredService<TokenStore>().CreateAsync("test-" + role, role)).Token;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        finally
        {
            _gate.Release();
        }

        return client;
    }

    public Db Db => Services.GetRequiredService<Db>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _gate.Dispose();
            SqliteConnection.ClearAllPools();
            if (PostgresConnectionString is { } postgres)
                PostgresCluster.Instance.DropDatabase(postgres);
            try
            {
                if (_ownsDirectory)
                    Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Reading JSON responses in tests.</summary>
public static class Http
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text.Length == 0 ? "null" : text) ?? new JsonObject();
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url, int expectedStatus = 200) =>
        await (await client.GetAsync(url)).JsonAsync(expectedStatus);

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, object body, int expectedStatus) =>
        await (await client.PostAsJsonAsync(url, body, Options)).JsonAsync(expectedStatus);

    public static async Task<JsonNode> PutJsonAsync(this HttpClient client, string url, object body, int expectedStatus) =>
        await (await client.PutAsJsonAsync(url, body, Options)).JsonAsync(expectedStatus);

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The id of the demo party with <paramref name="code"/>.</summary>
    public static async Task<long> PartyIdAsync(this HttpClient client, string code) =>
        (await client.GetJsonAsync("/api/parties?q=" + code)).AsArray().Single(p => p!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<long>();

    /// <summary>The id of the demo event whose English title contains <paramref name="title"/>.</summary>
    public static async Task<long> EventIdAsync(this HttpClient client, string title) =>
        (await client.GetJsonAsync("/api/events")).AsArray().Single(e => e!["title"]!["en"]!.GetValue<string>().Contains(title, StringComparison.Ordinal))!["id"]!.GetValue<long>();
}
