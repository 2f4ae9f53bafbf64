using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Data;
using Planner.Hosting;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Benchmarks;

/// <summary>
/// Several hosts on one database (issue 16), each a whole Planner host with a data directory of its own, on one SQLite
/// file (each host's <c>planner.db</c> a symbolic link to it) or on one PostgreSQL database (a cluster of its own,
/// started as the tests start theirs: <see cref="PostgresCluster"/>): the outbox sent by one and by two senders at once, to
/// aiosmtpd answering each message after a delay (0: at once; 20: a server across a network), and the
/// API (<c>GET /api/events</c>, and <c>POST /api/events</c> at 16 venues, 16 clients at once) served by one and by two hosts.
/// <c>dotnet run -c Release --project tests/Planner.Benchmarks -- --filter '*MultiHost*'</c>; figures are per message or
/// per request, so messages/s or requests/s = 1 s / Mean. On one machine a second host adds no CPU: what the figures
/// show there is what sharing one database costs; on PostgreSQL with hosts on separate machines the same benchmark
/// (with <c>--Planner:Database</c>) measures scaling.
/// </summary>
public abstract class MultiHostBenchmarks
{
    public const int Messages = 200;
    public const int Requests = 2000;
    private string _folder = "";
    private string? _postgres;
    private Process? _smtp;
    private readonly List<WebApplication> _hosts = [];
    private readonly List<HttpClient> _clients = [];
    private long _eventId;

    [Params(1, 2)]
    public int Hosts { get; set; } = 1;

    /// <summary>The database the hosts share: <c>sqlite</c> or <c>postgres</c>.</summary>
    [Params("sqlite", "postgres")]
    public string Database { get; set; } = "sqlite";

    /// <summary>Milliseconds the SMTP server takes before its final reply to each message.</summary>
    protected int ServerDelayMs { get; set; }

    protected IReadOnlyList<WebApplication> Running => _hosts;

    protected IReadOnlyList<HttpClient> Clients => _clients;

    /// <summary>Forgets the invitations and queues them again on the first host.</summary>
    protected async Task QueueAsync()
    {
        await _hosts[0].Services.GetRequiredService<Db>().WriteAsync(async (c, tx) =>
        {
            await c.ExecuteAsync("DELETE FROM outbox; DELETE FROM invitation;", transaction: tx);
            return 0;
        });
        var invited = await _hosts[0].Services.GetRequiredService<InvitationService>().InviteAsync(_eventId, null);
        if (invited.Invited.Count != Messages)
            throw new InvalidOperationException($"Invited {invited.Invited.Count}, expected {Messages}.");
    }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "planner-bench", Guid.NewGuid().ToString("N"));
        var mail = Path.Combine(_folder, "smtp");
        Directory.CreateDirectory(mail);
        if (ServerDelayMs > 0)
            await File.WriteAllTextAsync(Path.Combine(mail, ".slow"), (ServerDelayMs / 1000.0).ToString(CultureInfo.InvariantCulture));
        var info = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "smtp_server.py"), mail, "0" })
            info.ArgumentList.Add(arg);
        _smtp = Process.Start(info)!;
        var port = int.Parse((await _smtp.StandardOutput.ReadLineAsync())![5..], CultureInfo.InvariantCulture);

        string token = "";
        if (Database == "postgres")
            _postgres = PostgresCluster.Instance.CreateDatabase();
        for (var i = 0; i < Hosts; i++)
        {
            var data = Path.Combine(_folder, "host" + i);
            Directory.CreateDirectory(data);
            if (i > 0 && _postgres is null)
                File.CreateSymbolicLink(Path.Combine(data, "planner.db"), Path.Combine(_folder, "host0", "planner.db"));
            var address = $"http://127.0.0.1:{FreePort()}";
            var host = PlannerHost.Build(
            [
                "--urls", address, "--Planner:DataDirectory=" + data, "--Planner:Database=" + (_postgres ?? ""), "--Planner:SeedDemo=" + (i == 0 ? "true" : "false"),
                "--Planner:Smtp:Host=127.0.0.1", "--Planner:Smtp:Port=" + port, "--Planner:Smtp:Tls=none", "--Planner:Mail:AutoDispatch=false",
                "--Logging:LogLevel:Default=Warning",
            ], cli: false);
            await host.StartAsync();
            _hosts.Add(host);
            if (i == 0)
                token = (await host.Services.GetRequiredService<TokenStore>().CreateAsync("bench", Role.Planner)).Token;
            var client = new HttpClient { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            _clients.Add(client);
        }

        var db = _hosts[0].Services.GetRequiredService<Db>();
        _eventId = await db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT id FROM event WHERE title_en LIKE '47th%'"));
        await db.WriteAsync(async (c, tx) =>
        {
            await c.ExecuteAsync("DELETE FROM participation WHERE event_id = @_eventId", new { _eventId }, tx);
            for (var i = 0; i < Messages; i++)
            {
                var partyId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO party (code, kind, name_en, name_ru, name_zh, contact_emails, language)
                    VALUES (@code, 'organisation', @en, @en, @en, @emails, 'en') RETURNING id
                    """, new { code = $"M{i:D4}", en = $"Multi-host party {i}", emails = $"[\"protocol@m{i}.example\"]" }, tx);
                await c.ExecuteAsync("INSERT INTO participation (event_id, party_id, role) VALUES (@_eventId, @partyId, 'guest')", new { _eventId, partyId }, tx);
            }

            return 0;
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var client in _clients)
            client.Dispose();
        foreach (var host in _hosts)
        {
            host.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)host).Dispose();
        }

        _hosts.Clear();
        _clients.Clear();
        _smtp?.Kill(entireProcessTree: true);
        _smtp?.Dispose();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
            PostgresCluster.Instance.DropDatabase(_postgres);
        _postgres = null;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The outbox sent by one and by two hosts at once. <c>--filter '*MultiHostDispatch*'</c></summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MultiHostDispatchBenchmarks : MultiHostBenchmarks
{
    [Params(0, 20)]
    public int ServerMs
    {
        get => ServerDelayMs;
        set => ServerDelayMs = value;
    }

    /// <summary>Forgets the invitations and queues them again: <see cref="MultiHostBenchmarks.Messages"/> messages due.</summary>
    [IterationSetup(Target = nameof(Dispatch))]
    public void Queue() => QueueAsync().GetAwaiter().GetResult();

    /// <summary>The queued messages sent by <see cref="MultiHostBenchmarks.Hosts"/> dispatchers at once, each over its own connection.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task Dispatch()
    {
        var results = await Task.WhenAll(Running.Select(h => h.Services.GetRequiredService<MailDispatcher>().RunAsync()));
        if (results.Sum(r => r.Sent) != Messages)
            throw new InvalidOperationException($"Sent {results.Sum(r => r.Sent)}, expected {Messages}.");
    }
}

/// <summary>The API served by one and by two hosts. <c>--filter '*MultiHostApi*'</c></summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MultiHostApiBenchmarks : MultiHostBenchmarks
{
    /// <summary>Events each run of <see cref="Api_writes"/> creates.</summary>
    public const int Writes = 400;

    private readonly List<long> _venues = [];
    private int _written;

    /// <summary>Adds the 16 venues the writes book (each client its own).</summary>
    [GlobalSetup(Target = nameof(Api_writes))]
    public void SetupWrites()
    {
        Setup();
        for (var i = 0; i < 16; i++)
        {
            using var response = Clients[0].PostAsJsonAsync("/api/venues",
                new { name = $"Bench hall {i}", city = $"Bench city {i}", country = "UZ", timeZone = "Asia/Tashkent" }).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            _venues.Add(System.Text.Json.JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.GetProperty("id").GetInt64());
        }
    }

    /// <summary><see cref="MultiHostBenchmarks.Requests"/> reads of <c>/api/events</c> by 16 clients at once, spread over the hosts in turn.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public async Task Api_requests()
    {
        var next = -1;
        await Parallel.ForAsync(0, 16, async (_, ct) =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Requests)
            {
                using var response = await Clients[i % Clients.Count].GetAsync("/api/events", ct);
                response.EnsureSuccessStatusCode();
            }
        });
    }

    /// <summary>
    /// <see cref="Writes"/> events created by 16 clients at once, each at a venue of its own on days of its own (a conflict
    /// check each, none refused), spread over the hosts in turn: writes that share nothing, so on PostgreSQL none waits for another.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Writes)]
    public async Task Api_writes()
    {
        await Parallel.ForAsync(0, 16, async (client, ct) =>
        {
            for (var k = 0; k < Writes / 16; k++)
            {
                var day = new DateOnly(2040, 1, 1).AddDays(Interlocked.Increment(ref _written));
                using var response = await Clients[(client + k) % Clients.Count].PostAsJsonAsync("/api/events", new
                {
                    kind = "workshop", title = new { en = "Bench workshop" }, venueId = _venues[client],
                    start = $"{day:yyyy-MM-dd}T09:00", end = $"{day:yyyy-MM-dd}T12:00",
                }, ct);
                response.EnsureSuccessStatusCode();
            }
        });
    }
}

/// <summary>
/// <c>dotnet run -c Release --project tests/Planner.Benchmarks -- multihost</c>: the same benchmarks without
/// BenchmarkDotNet's separate build (which a heavily loaded machine may not finish in its timeout), one warm-up and
/// three timed runs each, printed as messages or requests per second (best and median of the three).
/// </summary>
public static class MultiHostFigures
{
    /// <param name="only">The names of the figures to measure start with this (<c>dispatch</c>, <c>GET</c>, <c>POST</c>); all when null.</param>
    public static void Run(string? only = null)
    {
        foreach (var database in new[] { "sqlite", "postgres" })
        {
            foreach (var hosts in new[] { 1, 2 })
            {
                var api = new MultiHostApiBenchmarks { Hosts = hosts, Database = database };
                Measure($"GET /api/events, {database}, {hosts} host(s), 16 clients", "requests/s", MultiHostBenchmarks.Requests, api.Setup, () => { },
                    () => api.Api_requests().GetAwaiter().GetResult(), api.Cleanup, only);
                var writes = new MultiHostApiBenchmarks { Hosts = hosts, Database = database };
                Measure($"POST /api/events, {database}, {hosts} host(s), 16 clients", "requests/s", MultiHostApiBenchmarks.Writes, writes.SetupWrites, () => { },
                    () => writes.Api_writes().GetAwaiter().GetResult(), writes.Cleanup, only);
                foreach (var serverMs in new[] { 0, 20 })
                {
                    var bench = new MultiHostDispatchBenchmarks { Hosts = hosts, ServerMs = serverMs, Database = database };
                    Measure($"dispatch, {database}, {hosts} sender(s), server {serverMs} ms", "messages/s", MultiHostBenchmarks.Messages, bench.Setup, bench.Queue,
                        () => bench.Dispatch().GetAwaiter().GetResult(), bench.Cleanup, only);
                }
            }
        }
    }

    private static void Measure(string name, string unit, int operations, Action setup, Action before, Action run, Action cleanup, string? only)
    {
        if (only is not null && !name.StartsWith(only, StringComparison.OrdinalIgnoreCase))
            return;
        setup();
        try
        {
            var rates = new List<double>();
            for (var i = 0; i < 4; i++)
            {
                before();
                var clock = Stopwatch.StartNew();
                run();
                if (i > 0)
                    rates.Add(operations / clock.Elapsed.TotalSeconds);
            }

            rates.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {rates[1]:F0} {unit} (median of 3; best {rates[2]:F0})"));
        }
        finally
        {
            cleanup();
        }
    }
}
