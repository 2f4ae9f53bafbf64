using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Planner.Tests.Invitations;
using Planner.Tests.Support;
using Xunit.Abstractions;

namespace Planner.Tests.Hosting;

/// <summary>
/// Two real <c>planner serve</c> processes on one PostgreSQL database (clustered Quartz): a scheduled run happens on
/// one host per trigger. The run is counted where each host says it runs a job (Quartz's own line, at Debug), and its
/// effect where the parties see it: one reminder each.
/// </summary>
public sealed class MultiHostScheduleTests(ITestOutputHelper output)
{
    private const string Domain = "schedule.example";

    private const int Parties = 3;

    [Fact]
    public async Task Two_hosts_on_PostgreSQL_fire_a_reminder_trigger_once_and_each_party_gets_one_reminder()
    {
        await using var shared = await SharedDatabase.CreateAsync("postgres");
        await using var smtp = await SmtpServer.StartAsync();
        using var folders = new TemporaryFolder();
        var clock = Stopwatch.StartNew();
        await using var pair = await HostPair.StartAsync(shared, smtp, folders, "--Logging:LogLevel:Quartz.Core.JobRunShell=Debug");
        var (a, b, apiA, apiB) = (pair.A, pair.B, pair.ApiA, pair.ApiB);
        output.WriteLine($"{clock.Elapsed}: both hosts up");

        var eventId = await apiA.EventIdAsync("47th meeting");
        var parties = new List<long>();
        for (var i = 0; i < Parties; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"SC-{i}");
            var party = await apiB.PostJsonAsync("/api/parties", new
            {
                code, kind = "organisation", name = new { en = "Schedule test organisation " + code }, contactEmails = new[] { Address(i) }, language = "en",
            }, 201);
            parties.Add(party["id"]!.GetValue<long>());
            await apiB.PostJsonAsync($"/api/events/{eventId}/participants?acceptConflicts=true", new { partyId = parties[^1], role = "guest" }, 201);
        }

        await apiA.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = parties }, 200);
        // One reminder to the unanswered, a day before a deadline a day and a few seconds away: its trigger, stored in
        // the database by host B, fires a few seconds from now on whichever host takes it.
        var settings = await apiB.GetJsonAsync($"/api/events/{eventId}/invitations/settings");
        var deadline = DateTimeOffset.UtcNow.AddDays(1).AddSeconds(6);
        await apiB.PutJsonAsync($"/api/events/{eventId}/invitations/settings", new
        {
            deadline = deadline.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), quota = settings["quota"]!.GetValue<int>(),
            remindUnansweredDays = new[] { 1 }, remindConfirmedDays = Array.Empty<int>(), version = settings["version"]!.GetValue<long>(),
        }, 200);

        await MultiHostMailTests.WaitAsync(() => Reminders(smtp).Count == Parties, TimeSpan.FromSeconds(60), "a reminder to each party", a, b);
        output.WriteLine($"{clock.Elapsed}: reminders received");
        // A second run (the other host firing the same trigger) would come at the same moment: give it time to show.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.All(Reminders(smtp), r => Assert.Equal(1, r.Value));
        var runs = new[] { a, b }.Select(h => Regex.Count(h.Output, @"Calling Execute on job planner\.mail-reminders\b")).ToArray();
        output.WriteLine($"runs of the reminder job: host A {runs[0]}, host B {runs[1]}");
        Assert.True(runs.Sum() == 1, $"The reminder trigger ran {runs[0]} time(s) on host A and {runs[1]} on host B.\n--- host A:\n{a.Output}\n--- host B:\n{b.Output}");
    }

    private static string Address(int i) => string.Create(CultureInfo.InvariantCulture, $"sc-{i}@{Domain}");

    /// <summary>How many reminders each party received (by its contact address), for those that received any.</summary>
    private static Dictionary<string, int> Reminders(SmtpServer smtp) =>
        smtp.ArrivedSoFar().Where(m => m.Subject?.StartsWith("Reminder:", StringComparison.Ordinal) == true)
            .SelectMany(m => m.To.Mailboxes.Select(to => to.Address)).Where(to => to.EndsWith("@" + Domain, StringComparison.Ordinal))
            .GroupBy(to => to, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
