using System.Net;
using Dapper;
using Planner.Access;
using Planner.Events;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The list of events (<c>/events</c>): search, filters, paging, deleting and cancelling.</summary>
public sealed class EventListPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private static string[] Titles(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<tr data-event=\"\\d+\">.*?<a href=\"/events/\\d+\">([^<]+)</a>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    [Fact]
    public async Task Events_are_found_by_a_title_in_any_language_a_party_or_a_venue_and_filtered_by_kind_year_and_status()
    {
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        var all = Titles(await viewer.GetStringAsync("/events"));
        Assert.Contains("47th meeting of the RATS SCO Council", all);

        Assert.Equal(["40th meeting of the RATS SCO Council", "44th meeting of the RATS SCO Council", "47th meeting of the RATS SCO Council"],
            Titles(await viewer.GetStringAsync("/events?q=" + Uri.EscapeDataString("заседание Совета"))));
        Assert.Equal(2, Titles(await viewer.GetStringAsync("/events?q=tashkent&kind=conference")).Length); // the two conferences at the Tashkent venue
        Assert.Equal(["Joint anti-terrorist command-staff exercise \"Norak-Antiterror 2009\""],
            Titles(await viewer.GetStringAsync("/events?q=" + Uri.EscapeDataString("Посольство Франции")))); // a party taking part
        Assert.Equal(["5th scientific-practical conference of the RATS SCO: Fighting Terrorism — Cooperation without Borders"],
            Titles(await viewer.GetStringAsync("/events?kind=conference&year=2017")));
        Assert.Equal(["47th meeting of the RATS SCO Council"], Titles(await viewer.GetStringAsync("/events?kind=council&status=planned")));
        var none = await viewer.GetStringAsync("/events?q=" + Uri.EscapeDataString("100%_"));
        Assert.Empty(Titles(none));
        Assert.Contains("0 events found.", none, StringComparison.Ordinal);
        Assert.DoesNotContain("data-delete", await viewer.GetStringAsync("/events"), StringComparison.Ordinal); // a viewer gets no buttons
    }

    [Fact]
    public async Task Pages_of_the_list_follow_one_another_in_date_order()
    {
        var all = await App.Db.ReadAsync(c => EventListStore.SearchAsync(c, new EventFilter(null, null, null, null, 1, 100)));
        var second = await App.Db.ReadAsync(c => EventListStore.SearchAsync(c, new EventFilter(null, null, null, null, 2, 2)));
        var beyond = await App.Db.ReadAsync(c => EventListStore.SearchAsync(c, new EventFilter(null, null, null, null, 99, 2)));
        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Events.Skip(2).Take(2).Select(e => e.Event.Id), second.Events.Select(e => e.Event.Id));
        Assert.Equal(second.Pages, beyond.Page); // a page past the end shows the last
        Assert.Equal(all.Events.Select(e => e.Event.StartAt).Order(), all.Events.Select(e => e.Event.StartAt));
    }

    [Fact]
    public async Task An_event_nothing_was_sent_for_is_deleted_and_one_with_invitations_is_only_cancelled()
    {
        var api = await App.ClientAsync(Role.Planner);
        async Task<long> Workshop(string title, string day) => (await api.PostJsonAsync("/api/events", new
        {
            kind = "workshop", title = new { en = title }, venueId = 1, start = day + "T10:00", end = day + "T17:00", status = "planned",
        }, 201))["id"]!.GetValue<long>();
        var quiet = await Workshop("Workshop on nothing sent", "2027-10-05");
        var invited = await Workshop("Workshop with invitations out", "2027-10-06");
        await api.PostJsonAsync($"/api/events/{invited}/participants", new { partyId = await api.PartyIdAsync("KAZ"), role = "member" }, 201);
        await api.PostJsonAsync($"/api/events/{invited}/invitations", new { }, 200);

        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var list = await planner.GetStringAsync("/events?q=Workshop");
        Assert.Contains($"data-delete=\"{quiet}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-delete=\"{invited}\"", list, StringComparison.Ordinal);

        var deleted = await planner.PostFormAsync("/events", "/events?handler=Delete&q=Workshop", new() { ["eventId"] = $"{quiet}", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/events?q=Workshop", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE id = @quiet", new { quiet })));

        // Deleting the invited one anyway is refused, on the page in its words and through the API with the code.
        var version = (await api.GetJsonAsync($"/api/events/{invited}"))["version"]!.GetValue<long>();
        var refused = await planner.PostFormAsync("/events", "/events?handler=Delete", new() { ["eventId"] = $"{invited}", ["version"] = $"{version}" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Invitations were sent for this event, so it cannot be deleted; cancel it instead.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var apiRefused = await api.DeleteAsync($"/api/events/{invited}?version={version}");
        Assert.Equal("event.sent", (await apiRefused.JsonAsync(409))["code"]!.GetValue<string>());

        var stale = await planner.PostFormAsync("/events", "/events?handler=Cancel", new() { ["eventId"] = $"{invited}", ["version"] = "7" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var cancelled = await planner.PostFormAsync("/events", "/events?handler=Cancel", new() { ["eventId"] = $"{invited}", ["version"] = $"{version}" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal("cancelled", (await api.GetJsonAsync($"/api/events/{invited}"))["status"]!.GetValue<string>());

        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync("/events", "/events?handler=Delete", new() { ["eventId"] = $"{invited}", ["version"] = $"{version + 1}" })).StatusCode);
    }
}
