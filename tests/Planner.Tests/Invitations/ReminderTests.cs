using System.Net.Http.Headers;
using NodaTime;
using Planner.Invitations;
using Planner.Tests.Support;
using Quartz;

namespace Planner.Tests.Invitations;

public class ReminderTests
{
    /// <summary>The database the hosts of these tests run on.</summary>
    protected virtual TestDatabase Database => TestDatabase.Sqlite;

    private static readonly Instant SevenDaysBefore = Instant.FromUtc(2027, 3, 25, 0, 0);
    private static readonly Instant TwoDaysBefore = Instant.FromUtc(2027, 3, 30, 0, 0);
    private static readonly Instant ThreeDaysBeforeEvent = Instant.FromUtc(2027, 4, 12, 6, 0);

    private async Task<(MailHost Host, HttpClient Api, long EventId)> InvitedAsync()
    {
        var host = await MailHost.StartAsync(database: Database);
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);
        await host.RunMailAsync();
        return (host, api, eventId);
    }

    private static async Task AcceptAsync(MailHost host, string address)
    {
        var rsvp = host.App.CreateClient();
        rsvp.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        await rsvp.PostJsonAsync($"/rsvp/{MailHost.RsvpToken(host.MailTo(address)[0])}", new { answer = "accept", head = new { name = "Head" } }, 200);
    }

    private static int Reminders(MailHost host) => host.Smtp.Messages().Select(m => m.Subject ?? "").Count(s => s.StartsWith("Reminder", StringComparison.Ordinal)
        || s.StartsWith("Напоминание", StringComparison.Ordinal) || s.StartsWith("提醒", StringComparison.Ordinal));

    [Fact]
    public async Task Reminder_triggers_are_stored_in_quartz_at_the_configured_instants()
    {
        var (host, _, eventId) = await InvitedAsync();
        await using var _ = host;
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();

        foreach (var (kind, days, at) in new[] { ("unanswered", 7, SevenDaysBefore), ("unanswered", 2, TwoDaysBefore), ("confirmed", 3, ThreeDaysBeforeEvent) })
        {
            var trigger = await scheduler.GetTrigger(Planner.Invitations.Reminders.Key(eventId, kind, days));
            Assert.NotNull(trigger);
            Assert.Equal(at.ToDateTimeOffset(), trigger!.NextFireTimeUtc);
            Assert.Equal(ReminderJob.Key, trigger.JobKey);
        }
    }

    [Fact]
    public async Task Parties_that_have_not_answered_are_reminded_once_at_each_instant()
    {
        var (host, _, _) = await InvitedAsync();
        await using var _ = host;
        await AcceptAsync(host, "protocol@kaz.mfa.example");

        host.Clock.Now = SevenDaysBefore - Duration.FromSeconds(1);
        await host.RunMailAsync();
        Assert.Equal(0, Reminders(host));

        host.Clock.Now = SevenDaysBefore;
        await host.RunMailAsync();
        Assert.Equal(10, Reminders(host));
        Assert.DoesNotContain(host.MailTo("protocol@kaz.mfa.example"), m => (m.Subject ?? "").StartsWith("Напоминание", StringComparison.Ordinal));
        var chinese = host.MailTo("protocol@chn.mfa.example").Last();
        Assert.StartsWith("提醒", chinese.Subject, StringComparison.Ordinal);
        Assert.Contains("http://localhost/rsvp/", chinese.TextBody, StringComparison.Ordinal);

        host.Clock.Advance(Duration.FromHours(1));
        await host.RunMailAsync();
        Assert.Equal(10, Reminders(host));

        host.Clock.Now = TwoDaysBefore;
        await host.RunMailAsync();
        Assert.Equal(20, Reminders(host));
    }

    [Fact]
    public async Task A_service_down_over_two_reminder_instants_reminds_once_when_back()
    {
        var (host, _, _) = await InvitedAsync();
        await using var _ = host;

        host.Clock.Now = TwoDaysBefore + Duration.FromHours(5);
        await host.RunMailAsync();
        Assert.Equal(11, Reminders(host));
        await host.RunMailAsync();
        Assert.Equal(11, Reminders(host));
    }

    [Fact]
    public async Task Delegations_that_accepted_are_reminded_before_the_event_with_their_names()
    {
        var (host, _, _) = await InvitedAsync();
        await using var _ = host;
        await AcceptAsync(host, "protocol@ind.mfa.example");
        host.Clock.Now = Instant.FromUtc(2027, 4, 5, 0, 0); // after the deadline: no more reminders to answer
        await host.RunMailAsync();
        var before = Reminders(host);

        host.Clock.Now = ThreeDaysBeforeEvent;
        await host.RunMailAsync();
        Assert.Equal(before + 1, Reminders(host));
        var reminder = host.MailTo("protocol@ind.mfa.example").Last();
        Assert.StartsWith("Reminder", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("Head (head of delegation)", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminder_job_fired_by_quartz_sends_what_is_due()
    {
        var (host, _, _) = await InvitedAsync();
        await using var _ = host;
        host.Clock.Now = SevenDaysBefore;
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(ReminderJob.Key);

        for (var i = 0; i < 100 && Reminders(host) < 11; i++)
            await Task.Delay(100);
        Assert.Equal(11, Reminders(host));
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ReminderTestsOnPostgres : ReminderTests
{
    protected override TestDatabase Database => TestDatabase.Postgres;
}
