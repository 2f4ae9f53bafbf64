using Microsoft.Data.Sqlite;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dapper;
using Microsoft.AspNetCore.Builder;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;
using Planner.Data;
using Planner.Demo;
using Planner.Hosting;
using Planner.Invitations;

namespace Planner.Benchmarks;

/// <summary>
/// Dispatch of 1,000 invitations to a local SMTP server (aiosmtpd, discarding what it receives): queueing
/// (template, calendar part, the event's real agenda PDF in the party's language, outbox rows in one transaction) and sending over one
/// connection with the outbox marks, against a bare MailKit loop sending one pre-built message as often.
/// <c>dotnet run -c Release --project tests/Planner.Benchmarks -- --filter '*InvitationDispatch*'</c>;
/// figures are per message, so messages/s = 1 s / Mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class InvitationDispatchBenchmarks
{
    private const int Messages = 1000;
    private string _folder = "";
    private Process? _smtp;
    private int _port;
    private WebApplication? _host;
    private MailQueue? _queue;
    private long _eventId;
    private MimeMessage[] _prebuilt = [];

    /// <summary>
    /// The database's journal: Planner's own (<c>wal</c>, set by the migrator), or <c>delete</c>, where a durable
    /// commit costs several fsyncs instead of one — the dispatcher commits once per message.
    /// </summary>
    [Params("wal", "delete")]
    public string Journal { get; set; } = "wal";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "planner-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var info = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "smtp_server.py"), _folder, "0", "discard" })
            info.ArgumentList.Add(arg);
        _smtp = Process.Start(info)!;
        _port = int.Parse((await _smtp.StandardOutput.ReadLineAsync())![5..], CultureInfo.InvariantCulture);

        _host = PlannerHost.Build(
        [
            "--Planner:DataDirectory=" + _folder, "--Planner:Smtp:Host=127.0.0.1", "--Planner:Smtp:Port=" + _port,
            "--Planner:Smtp:Tls=none", "--Planner:Mail:AutoDispatch=false",
        ], cli: true);
        _host.Services.GetRequiredService<Migrator>().Upgrade();
        await _host.Services.GetRequiredService<DemoData>().LoadAsync();
        await using (var connection = await _host.Services.GetRequiredService<Db>().OpenAsync())
            await connection.ExecuteAsync($"PRAGMA journal_mode = {(Journal == "wal" ? "WAL" : "DELETE")}");
        _queue = _host.Services.GetRequiredService<MailQueue>();
        var db = _host.Services.GetRequiredService<Db>();
        _eventId = await db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT id FROM event WHERE title_en LIKE '47th%'"));
        await db.WriteAsync(async (c, tx) =>
        {
            for (var i = 0; i < Messages; i++)
            {
                var partyId = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO party (code, kind, name_en, name_ru, name_zh, contact_emails, language)
                    VALUES (@code, 'organisation', @en, @en, @en, @emails, @language) RETURNING id
                    """,
                    new { code = $"B{i:D4}", en = $"Bench party {i}", emails = $"[\"protocol@b{i}.example\"]", language = new[] { "en", "ru", "zh" }[i % 3] }, tx);
                await c.ExecuteAsync("INSERT INTO participation (event_id, party_id, role) VALUES (@_eventId, @partyId, 'guest')", new { _eventId, partyId }, tx);
            }

            await c.ExecuteAsync("DELETE FROM participation WHERE event_id = @_eventId AND party_id NOT IN (SELECT id FROM party WHERE code GLOB 'B[0-9][0-9][0-9][0-9]')", new { _eventId }, tx);
            return 0;
        });
        await QueueAsync();
        // One pre-built invitation per language, as the parties' languages alternate: the agendas differ in size
        // (the Chinese one carries its CJK glyphs), so the bare loop sends the same mix as the dispatcher.
        _prebuilt = await db.ReadAsync(async c =>
        {
            var messages = new List<MimeMessage>();
            foreach (var id in await c.QueryAsync<long>("SELECT MIN(id) FROM outbox GROUP BY language ORDER BY MIN(id)"))
                messages.Add(await SharedParts.LoadAsync(c, id, new Dictionary<string, byte[]>()));
            return messages.ToArray();
        });
    }

    /// <summary>Forgets the invitations, so the next invocation invites everyone again.</summary>
    private Task ResetAsync() => _host!.Services.GetRequiredService<Db>().WriteAsync(async (c, tx) =>
    {
        await c.ExecuteAsync("DELETE FROM outbox; DELETE FROM invitation;", transaction: tx);
        return 0;
    });

    private async Task QueueAsync()
    {
        await ResetAsync();
        var invited = await _host!.Services.GetRequiredService<InvitationService>().InviteAsync(_eventId, null);
        if (invited.Invited.Count != Messages)
            throw new InvalidOperationException($"Invited {invited.Invited.Count}, expected {Messages}.");
    }

    [IterationSetup(Target = nameof(Dispatch_invitations))]
    public void ResetInvitations() => ResetAsync().GetAwaiter().GetResult();

    /// <summary>Queue (render, calendar, attachment) and send 1,000 invitations through the outbox.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task Dispatch_invitations()
    {
        await QueueAsync();
        var result = await _host!.Services.GetRequiredService<MailDispatcher>().RunAsync();
        if (result.Sent != Messages)
            throw new InvalidOperationException($"Sent {result.Sent}, expected {Messages}.");
    }

    /// <summary>Only the queueing part: render, calendar, agenda PDF (once per language) and outbox rows for 1,000 invitations.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public Task Queue_invitations() => QueueAsync();

    /// <summary>Pre-built invitations (with their agendas, one per language in turn) sent 1,000 times over one MailKit connection.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public async Task Bare_mailkit_loop()
    {
        using var client = new SmtpClient();
        // The same socket as the dispatcher's (Nagle off); with MailKit's own socket both run at ~21 messages/s.
        await client.ConnectAsync(await SmtpTransport.OpenSocketAsync("127.0.0.1", _port, default), "127.0.0.1", _port, SecureSocketOptions.None);
        for (var i = 0; i < Messages; i++)
            await client.SendAsync(_prebuilt[i % _prebuilt.Length]);
        await client.DisconnectAsync(true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _smtp?.Kill(entireProcessTree: true);
        _smtp?.Dispose();
        (_host as IDisposable)?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
