using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dapper;
using Planner.Tests.Invitations;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.Hosting;

/// <summary>
/// Two real <c>planner serve</c> processes on one database, sending to one SMTP server that takes its time over
/// each message: both send at once, no message goes twice, and when one host is killed mid-send the other
/// finishes its work, sending again at most the one message the dead host was handing over.
/// </summary>
public sealed class MultiHostMailTests(ITestOutputHelper output)
{
    private const string Domain = "cluster.example";

    /// <summary>Parties added: 40 invited with both hosts alive, 200 with one killed.</summary>
    private const int Parties = 240;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_hosts_send_each_message_once_and_when_one_is_killed_the_other_sends_the_rest(string database)
    {
        await using var shared = await SharedDatabase.CreateAsync(database);
        await using var smtp = await SmtpServer.StartAsync();
        smtp.SlowSeconds = 0.05;
        using var folders = new TemporaryFolder();
        var clock = Stopwatch.StartNew();
        await using var pair = await HostPair.StartAsync(shared, smtp, folders);
        var (a, b, apiA, apiB) = (pair.A, pair.B, pair.ApiA, pair.ApiB);
        output.WriteLine($"{clock.Elapsed}: both hosts up");
        var eventId = await apiA.EventIdAsync("47th meeting");
        var parties = await AddPartiesAsync([apiA, apiB], eventId, Parties);

        output.WriteLine($"{clock.Elapsed}: {Parties} parties added");

        // Without a kill: each host queues half of 40 invitations and sends at once; every message arrives once, and
        // both hosts sent some.
        var first = ..40;
        await InviteAsync(apiA, apiB, eventId, parties[first], a, b);
        await WaitAsync(() => Received(smtp, first).Count == 40, TimeSpan.FromSeconds(60), "the first 40 messages", a, b);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(Received(smtp, first), r => Assert.Equal(1, r.Value));
        Assert.Equal(2, await SendersAsync(shared, parties[first]));
        output.WriteLine($"{clock.Elapsed}: 40 sent by both hosts");

        // With a kill: host A dies while the 200 messages go out. Every one arrives, at most one twice (the one A was
        // handing over), and host B has finished within 30 s of the kill.
        var second = 40..;
        await InviteAsync(apiA, apiB, eventId, parties[second], a, b);
        await WaitAsync(() => Received(smtp, second).Count >= 50, TimeSpan.FromSeconds(60), "50 of the 200 messages", a, b);
        output.WriteLine($"{clock.Elapsed}: 50 of 200 received, killing host A");
        await a.KillAsync();
        var killed = Stopwatch.StartNew();
        await WaitAsync(() => Received(smtp, second).Count == 200 && Unsent(shared, parties) == 0, TimeSpan.FromSeconds(30),
            "all 200 messages sent within 30 s of the kill", b);
        var finished = killed.Elapsed;
        output.WriteLine($"{clock.Elapsed}: host B finished {finished.TotalSeconds:F1} s after the kill");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var received = Received(smtp, second);
        Assert.Equal(200, received.Count);
        Assert.True(received.Count(r => r.Value > 1) <= 1 && received.Values.Max() <= 2,
            $"More than one message arrived twice: {string.Join(", ", received.Where(r => r.Value > 1).Select(r => $"{r.Key} ×{r.Value}"))}");
        Assert.True(finished < TimeSpan.FromSeconds(30), $"Host B finished {finished.TotalSeconds:F1} s after the kill.\n{b.Output}");
    }

    /// <summary>How many messages to <paramref name="parties"/> the outbox has not marked sent.</summary>
    private static long Unsent(SharedDatabase shared, IReadOnlyList<long> parties)
    {
        using var c = shared.OpenAsync().GetAwaiter().GetResult();
        return c.ExecuteScalar<long>(Planner.Data.Dialect.Of(c).Lists("SELECT COUNT(*) FROM outbox WHERE state <> 'sent' AND party_id IN @parties"), new { parties });
    }

    /// <summary>Invites <paramref name="parties"/>, half through each host, at the same time.</summary>
    private static async Task InviteAsync(HttpClient a, HttpClient b, long eventId, IReadOnlyList<long> parties, params PlannerProcess[] hosts)
    {
        var half = parties.Count / 2;
        var answers = await Task.WhenAll(
            a.PostAsJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = parties.Take(half) }),
            b.PostAsJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = parties.Skip(half) }));
        Assert.True(answers.All(r => r.IsSuccessStatusCode),
            string.Join("\n", answers.Select(r => r.StatusCode)) + "\n" + string.Join("\n", hosts.Select(h => $"--- {h.Name}:\n{h.Output}")));
    }

    /// <summary>How many messages each of the parties numbered <paramref name="numbers"/> received (by its contact address), for those that received any.</summary>
    private static Dictionary<string, int> Received(SmtpServer smtp, Range numbers)
    {
        var (offset, length) = numbers.GetOffsetAndLength(Parties);
        var wanted = Enumerable.Range(offset, length).Select(i => Address(string.Create(CultureInfo.InvariantCulture, $"CL-{i:000}"))).ToHashSet(StringComparer.Ordinal);
        return smtp.ArrivedSoFar().SelectMany(m => m.To.Mailboxes.Select(to => to.Address)).Where(wanted.Contains)
            .GroupBy(to => to, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>How many hosts sent the messages to <paramref name="parties"/> (the outbox keeps the claimant of each).</summary>
    private static async Task<long> SendersAsync(SharedDatabase shared, IReadOnlyList<long> parties)
    {
        await using var c = await shared.OpenAsync();
        return await c.ExecuteScalarAsync<long>(
            Planner.Data.Dialect.Of(c).Lists("SELECT COUNT(DISTINCT claimed_by) FROM outbox WHERE state = 'sent' AND party_id IN @parties"), new { parties });
    }

    private static string Address(string code) => code.ToLowerInvariant() + "@" + Domain;

    /// <summary>Adds <paramref name="count"/> organisations with a contact address each as guests of the event, through both hosts.</summary>
    private static async Task<List<long>> AddPartiesAsync(HttpClient[] hosts, long eventId, int count)
    {
        var ids = new long[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var api = hosts[i % hosts.Length];
            var code = string.Create(CultureInfo.InvariantCulture, $"CL-{i:000}");
            var party = await api.PostJsonAsync("/api/parties", new
            {
                code, kind = "organisation", name = new { en = "Cluster test organisation " + code }, contactEmails = new[] { Address(code) }, language = "en",
            }, 201);
            ids[i] = party["id"]!.GetValue<long>();
            await api.PostJsonAsync($"/api/events/{eventId}/participants?acceptConflicts=true", new { partyId = ids[i], role = "guest" }, 201);
        });
        return [.. ids];
    }

    internal static async Task WaitAsync(Func<bool> done, TimeSpan limit, string what, params PlannerProcess[] hosts)
    {
        var until = Stopwatch.StartNew();
        while (!done())
        {
            if (until.Elapsed > limit)
                Assert.Fail($"Waited {limit.TotalSeconds} s for {what}.\n" + string.Join("\n", hosts.Select(h => $"--- {h.Name}:\n{h.Output}")));
            await Task.Delay(100);
        }
    }
}

/// <summary>A folder for the test, deleted with what is in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
