using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The event page's agenda and participant buttons, and what the dashboard gathers, over HTTP.</summary>
public sealed class EventPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private static string Id(JsonNode? node) => node!["id"]!.ToString();

    private static async Task<JsonArray> SessionsAsync(HttpClient api, long id) =>
        (await api.GetJsonAsync($"/api/events/{id}/agenda"))["days"]!.AsArray().SelectMany(d => d!["sessions"]!.AsArray()).Select(s => s!.DeepClone()).Aggregate(new JsonArray(), (a, s) => { a.Add(s); return a; });

    private static string[] Titles(JsonNode session) => session["items"]!.AsArray().Select(i => i!["title"]!["en"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_planner_moves_agenda_items_within_and_between_sessions_and_deletes_a_session()
    {
        var api = await App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var page = $"/events/{id}";
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var (opening, plenary) = (await SessionsAsync(api, id)) switch { var s => (s[0]!, s[1]!) };
        var first = Titles(opening);

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=MoveItem", new()
        {
            ["sessionId"] = Id(opening), ["version"] = opening["version"]!.ToString(), ["position"] = "2", ["to"] = "up",
        })).StatusCode);
        opening = (await SessionsAsync(api, id))[0]!;
        Assert.Equal([first[1], first[0], first[2]], Titles(opening));

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=MoveItem", new()
        {
            ["sessionId"] = Id(opening), ["version"] = opening["version"]!.ToString(), ["position"] = "3", ["to"] = Id(plenary),
        })).StatusCode);
        var sessions = await SessionsAsync(api, id);
        Assert.Equal([first[1], first[0]], Titles(sessions[0]!));
        Assert.Equal(first[2], Titles(sessions[1]!)[^1]);

        var stale = await planner.PostFormAsync(page, page + "?handler=DeleteSession", new() { ["sessionId"] = Id(plenary), ["version"] = plenary["version"]!.ToString() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this in the meantime", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=DeleteSession", new()
        {
            ["sessionId"] = Id(sessions[1]), ["version"] = sessions[1]!["version"]!.ToString(),
        })).StatusCode);
        Assert.Equal([Id(sessions[0])], (await SessionsAsync(api, id)).Select(Id));
    }

    [Fact]
    public async Task A_planner_removes_a_participant_and_a_viewer_cannot()
    {
        var api = await App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var page = $"/events/{id}";
        var mongolia = await api.PartyIdAsync("MNG");
        async Task<JsonNode?> MongoliaAsync() => (await api.GetJsonAsync($"/api/events/{id}/participants")).AsArray()
            .SelectMany(g => g!["parties"]!.AsArray()).SingleOrDefault(p => p!["partyId"]!.GetValue<long>() == mongolia);
        var taking = await MongoliaAsync();
        Assert.NotNull(taking);
        var fields = new Dictionary<string, string> { ["partyId"] = mongolia.ToString(CultureInfo.InvariantCulture), ["version"] = taking["version"]!.ToString() };

        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync(page, page + "?handler=RemoveParticipant", fields)).StatusCode);
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=RemoveParticipant", fields)).StatusCode);
        Assert.Null(await MongoliaAsync());
    }

    [Fact]
    public async Task The_dashboard_gathers_coming_events_conflicts_waiting_invitations_and_overdue_actions()
    {
        var api = await App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        await api.PostJsonAsync($"/api/events/{id}/invitations", new { }, 200);
        var venue = (await api.GetJsonAsync($"/api/events/{id}"))["venueId"]!.GetValue<long>();
        await api.PostJsonAsync("/api/events?acceptConflicts=true",
            new { kind = "workshop", title = new { en = "Expert group on the Council's draft decisions" }, venueId = venue, start = "2027-04-15T08:00", end = "2027-04-15T10:00" }, 201);
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync("/"));

        Assert.Contains($"<a href=\"/events/{id}\">47th meeting of the RATS SCO Council</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/events/{id}#invitations\">47th meeting of the RATS SCO Council</a>: Kazakhstan (KAZ)", html, StringComparison.Ordinal);
        Assert.Contains("Set up a secure data channel between the competent authorities for joint operations (RATS)", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"venue.doubleBooked\"", html, StringComparison.Ordinal);
        Assert.Contains("Expert group on the Council's draft decisions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflicts_are_told_in_Russian_on_a_Russian_page_and_in_English_by_the_API()
    {
        var api = await App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var venue = (await api.GetJsonAsync($"/api/events/{id}"))["venueId"]!.GetValue<long>();
        var clash = (await api.PostJsonAsync("/api/events?acceptConflicts=true",
            new { kind = "workshop", title = new { en = "Press briefing", ru = "Брифинг для прессы" }, venueId = venue, start = "2027-04-15T12:00", end = "2027-04-15T13:00" }, 201))["id"]!;
        var planner = await WebForms.SignedInAsync(App, Role.Planner, "web-planner-ru2");
        await planner.GetAsync("/language/ru?back=%2F");

        var html = WebUtility.HtmlDecode(await planner.GetStringAsync($"/events/{clash}"));
        Assert.Contains("место занято одновременно мероприятиями", html, StringComparison.Ordinal);
        Assert.Contains("47-е заседание Совета РАТС ШОС (2027-04-15)", html, StringComparison.Ordinal);
        Assert.Contains("is booked by both", (await api.GetJsonAsync($"/api/events/{clash}/conflicts"))[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
