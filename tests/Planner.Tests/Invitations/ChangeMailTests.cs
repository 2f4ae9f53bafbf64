using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public sealed class ChangeMailTests
{
    /// <summary>An upcoming event whose parties were invited and mailed; the calendar UID Kazakhstan received.</summary>
    private static async Task<(HttpClient Client, long EventId, string Uid)> InvitedAsync(MailHost host)
    {
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();
        return (client, eventId, InvitationMailTests.CalendarOf(host.MailTo("protocol@kaz.mfa.example").Single()).Calendar.Events.Single().Uid!);
    }

    [Fact]
    public async Task A_new_time_sends_an_update_with_a_higher_sequence_and_a_cancellation_cancels()
    {
        await using var host = await MailHost.StartAsync();
        var (client, eventId, uid) = await InvitedAsync(host);

        await InvitationMailTests.MoveAsync(client, eventId, e =>
        {
            e["start"] = "2027-04-16T10:00";
            e["end"] = "2027-04-16T17:00";
        });
        Assert.Equal(11, (await host.RunMailAsync()).Sent);
        Assert.Equal(0, (await host.RunMailAsync()).Sent);

        var update = host.MailTo("protocol@kaz.mfa.example")[1];
        Assert.StartsWith("Изменение", update.Subject, StringComparison.Ordinal);
        var (calendar, method) = InvitationMailTests.CalendarOf(update);
        Assert.Equal("REQUEST", method);
        var e = calendar.Events.Single();
        Assert.Equal(uid, e.Uid);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(new DateTime(2027, 4, 16, 7, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.StartsWith("Changed", host.MailTo("protocol@ind.mfa.example")[1].Subject, StringComparison.Ordinal);

        // A change that is not of time or venue (the title) announces nothing.
        await InvitationMailTests.MoveAsync(client, eventId, e => e["title"]!["en"] = "47th meeting of the RATS SCO Council (Moscow)");
        Assert.Equal(0, (await host.RunMailAsync()).Sent);

        await InvitationMailTests.MoveAsync(client, eventId, e => e["status"] = "cancelled");
        Assert.Equal(11, (await host.RunMailAsync()).Sent);
        var cancel = host.MailTo("protocol@chn.mfa.example")[2];
        Assert.StartsWith("取消通知", cancel.Subject, StringComparison.Ordinal);
        var (cancelled, cancelMethod) = InvitationMailTests.CalendarOf(cancel);
        Assert.Equal("CANCEL", cancelMethod);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(2, cancelled.Events.Single().Sequence);
        Assert.Equal("CANCELLED", cancelled.Events.Single().Status);
        Assert.Equal(uid, cancelled.Events.Single().Uid);
        Assert.Equal(2, (await client.GetJsonAsync($"/api/events/{eventId}/invitations/settings"))["sequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_party_removed_from_the_event_alone_gets_a_cancellation_queued_with_the_removal()
    {
        await using var host = await MailHost.StartAsync();
        var (client, eventId, uid) = await InvitedAsync(host);

        var kazakhstan = await client.PartyIdAsync("KAZ");
        var participant = (await client.GetJsonAsync($"/api/events/{eventId}/participants")).AsArray()
            .SelectMany(g => g!["parties"]!.AsArray()).Single(p => p!["partyId"]!.GetValue<long>() == kazakhstan)!;
        var removed = await client.DeleteAsync($"/api/events/{eventId}/participants/{kazakhstan}?version={participant["version"]!.GetValue<long>()}");
        Assert.Equal(System.Net.HttpStatusCode.NoContent, removed.StatusCode);

        // Queued by the removal itself: the next pass sends it, to Kazakhstan only.
        Assert.Equal(1, (await host.RunMailAsync()).Sent);
        var cancel = host.MailTo("protocol@kaz.mfa.example")[1];
        var (calendar, method) = InvitationMailTests.CalendarOf(cancel);
        Assert.Equal("CANCEL", method);
        Assert.Equal(uid, calendar.Events.Single().Uid);
        Assert.Equal(1, calendar.Events.Single().Sequence);
        Assert.Single(host.MailTo("protocol@ind.mfa.example"));
    }
}
