using System.Net;
using Ical.Net;
using Planner.Access;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Feeds;

/// <summary>Calendar feeds as a calendar client subscribes to them: by URL, with no other credential.</summary>
public sealed class FeedTests
{
    private static async Task<Calendar> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task An_admin_makes_a_feed_that_serves_the_programme_a_party_or_one_event_with_the_invitations_uids()
    {
        await using var host = await MailHost.StartAsync();
        var admin = await host.App.ClientAsync(Role.Admin);
        var planner = await host.App.ClientAsync(Role.Planner);
        await (await planner.PostAsync("/api/feeds", System.Net.Http.Json.JsonContent.Create(new { name = "x" }))).JsonAsync(403);
        var created = await admin.PostJsonAsync("/api/feeds", new { name = "Kazakhstan's protocol office" }, 201);
        var url = new Uri(created["url"]!.GetValue<string>()).PathAndQuery;
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}\\.ics$", url);
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/feeds")).ToJsonString(), url[10..^4], StringComparison.Ordinal);

        var eventId = await host.UpcomingEventAsync(planner);
        await MailHost.InviteAsync(planner, eventId);
        await host.RunMailAsync();
        var invitation = InvitationMailTests.CalendarOf(host.MailTo("protocol@kaz.mfa.example").Single()).Calendar.Events.Single();

        var anonymous = host.App.CreateClient();
        var programme = await ReadAsync(anonymous, url);
        Assert.True(programme.Events.Count >= 5, $"{programme.Events.Count} events");
        Assert.Null(programme.Method);
        var meeting = programme.Events.Single(e => e.Uid == invitation.Uid);
        Assert.Equal("Europe/Moscow", meeting.DtStart!.TzId);
        Assert.Equal(invitation.DtStart!.AsUtc, meeting.DtStart.AsUtc);
        Assert.Contains(programme.TimeZones, z => z.TzId == "Europe/Moscow");
        Assert.Equal(0, meeting.Sequence);

        var kaz = await ReadAsync(anonymous, url + "?party=KAZ");
        Assert.Contains(kaz.Events, e => e.Uid == invitation.Uid);
        Assert.All(kaz.Events, e => Assert.Contains(programme.Events, p => p.Uid == e.Uid));
        var one = await ReadAsync(anonymous, $"{url}?event={eventId}");
        Assert.Equal(invitation.Uid, Assert.Single(one.Events).Uid);

        // A change of time is announced to the invited parties, and the feed's SEQUENCE rises with it.
        await InvitationMailTests.MoveAsync(planner, eventId, e =>
        {
            e["start"] = "2027-04-16T10:00";
            e["end"] = "2027-04-16T17:00";
        });
        await host.RunMailAsync();
        var moved = Assert.Single((await ReadAsync(anonymous, $"{url}?event={eventId}")).Events);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(new DateTime(2027, 4, 16, 7, 0, 0, DateTimeKind.Utc), moved.DtStart!.AsUtc);
    }

    [Fact]
    public async Task A_feed_token_opens_nothing_else_and_a_revoked_feed_is_gone()
    {
        using var app = new PlannerApp();
        var admin = await app.ClientAsync(Role.Admin);
        var created = await admin.PostJsonAsync("/api/feeds", new { name = "press office" }, 201);
        var url = new Uri(created["url"]!.GetValue<string>()).PathAndQuery;
        var secret = url["/calendar/".Length..^".ics".Length];

        var withFeedToken = app.CreateClient();
        withFeedToken.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withFeedToken.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/calendar/not-a-feed.ics")).StatusCode);
        var apiToken = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/calendar/{apiToken}.ics")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/feeds/{created["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
    }
}
