using System.Net;
using System.Text;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Events;

public sealed class EventTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public EventTests(DemoFixture fixture) => _app = fixture.App;

    private async Task<long> VenueAsync(HttpClient client, string city) =>
        (await client.GetJsonAsync("/api/venues?q=" + city)).AsArray()[0]!["id"]!.GetValue<long>();

    [Fact]
    public async Task The_40th_Council_meeting_is_served_with_local_times_and_instants()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var id = await client.EventIdAsync("40th meeting");
        var e = await client.GetJsonAsync($"/api/events/{id}");
        Assert.Equal("2023-09-08T09:00", e["start"]!.GetValue<string>());
        Assert.Equal("2023-09-08T03:00:00Z", e["startAt"]!.GetValue<string>());
        Assert.Equal("Asia/Almaty", e["timeZone"]!.GetValue<string>());
        Assert.Equal(40, e["number"]!.GetValue<int>());
        var councils = (await client.GetJsonAsync("/api/events?kind=council&from=2023-01-01&to=2023-12-31")).AsArray();
        Assert.Equal(["40th meeting of the RATS SCO Council"], councils.Select(x => x!["title"]!["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Participants_are_grouped_by_role_in_Russian_alphabetical_order()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var groups = (await client.GetJsonAsync($"/api/events/{await client.EventIdAsync("40th meeting")}/participants")).AsArray();
        Assert.Equal(["member", "observer", "secretariat"], groups.Select(g => g!["role"]!.GetValue<string>()));
        Assert.Equal(["Индия", "Иран", "Казахстан", "Китай", "Кыргызстан", "Пакистан", "Россия", "Таджикистан", "Узбекистан"],
            groups[0]!["parties"]!.AsArray().Select(p => p!["name"]!["ru"]!.GetValue<string>()));
        Assert.Equal(["Беларусь", "Монголия"], groups[1]!["parties"]!.AsArray().Select(p => p!["name"]!["ru"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Astana_times_follow_Kazakhstan_moving_to_UTC_plus_5_in_March_2024()
    {
        var client = await _app.ClientAsync();
        var astana = await VenueAsync(client, "Astana");
        var before = await client.PostJsonAsync("/api/events", new { kind = "workshop", title = new { en = "Workshop A" }, venueId = astana, start = "2023-09-18T10:00", end = "2023-09-18T12:00" }, 201);
        var after = await client.PostJsonAsync("/api/events", new { kind = "workshop", title = new { en = "Workshop B" }, venueId = astana, start = "2024-09-18T10:00", end = "2024-09-18T12:00" }, 201);
        Assert.Equal("2023-09-18T04:00:00Z", before["startAt"]!.GetValue<string>());
        Assert.Equal("2024-09-18T05:00:00Z", after["startAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_events_get_a_problem_naming_the_field_and_change_nothing()
    {
        var client = await _app.ClientAsync();
        var astana = await VenueAsync(client, "Astana");
        var count = (await client.GetJsonAsync("/api/events")).AsArray().Count;

        var endFirst = await client.PostJsonAsync("/api/events", new { kind = "council", title = new { en = "X" }, venueId = astana, start = "2027-05-02T10:00", end = "2027-05-01T10:00" }, 422);
        Assert.Equal("end", endFirst["field"]!.GetValue<string>());
        var noVenue = await client.PostJsonAsync("/api/events", new { kind = "council", title = new { en = "X" }, venueId = 99999, start = "2027-05-01T10:00", end = "2027-05-01T12:00" }, 422);
        Assert.Equal("venueId", noVenue["field"]!.GetValue<string>());
        var longTitle = await client.PostJsonAsync("/api/events", new { kind = "council", title = new { en = new string('t', 100_000) }, venueId = astana, start = "2027-05-01T10:00", end = "2027-05-01T12:00" }, 422);
        Assert.Equal("title.en", longTitle["field"]!.GetValue<string>());
        var badKind = await client.PostJsonAsync("/api/events", new { kind = "party", title = new { en = "X" }, venueId = astana }, 400);
        Assert.Equal("kind", badKind["field"]!.GetValue<string>());
        var malformed = await client.PostAsync("/api/events", new StringContent("{\"kind\": \"council\", \"title\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);
        await client.GetJsonAsync("/api/events/987654", 404);
        await client.GetJsonAsync("/api/events?from=yesterday", 400);
        var farFuture = await client.PostJsonAsync("/api/events", new { kind = "council", title = new { en = "X" }, venueId = astana, start = "9999-12-31T10:00", end = "9999-12-31T12:00" }, 400);
        Assert.Equal("start", farFuture["field"]!.GetValue<string>());
        Assert.Contains("1900 to 2199", farFuture["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var (url, field) in new[] { ("/api/events?to=9999-12-31", "to"), ("/api/conflicts?from=9999-12-31", "from"), ("/api/chairmanship?from=9999-01-01", "from"), ($"/api/scheduling/windows?days=1&venue={astana}&from=0001-01-01", "from") })
            Assert.Equal(field, (await client.GetJsonAsync(url, 400))["field"]!.GetValue<string>());

        Assert.Equal(count, (await client.GetJsonAsync("/api/events")).AsArray().Count);
    }

    [Fact]
    public async Task A_stale_version_gets_409_and_the_event_keeps_the_newer_change()
    {
        var client = await _app.ClientAsync();
        var astana = await VenueAsync(client, "Astana");
        var e = await client.PostJsonAsync("/api/events", new { kind = "workshop", title = new { en = "Expert group" }, venueId = astana, start = "2026-02-02T10:00", end = "2026-02-02T12:00" }, 201);
        var id = e["id"]!.GetValue<long>();
        await client.PutJsonAsync($"/api/events/{id}", new { kind = "workshop", title = new { en = "Expert group, renamed" }, venueId = astana, start = "2026-02-02T10:00", end = "2026-02-02T12:00", version = 1 }, 200);
        var stale = await client.PutJsonAsync($"/api/events/{id}", new { kind = "workshop", title = new { en = "Lost update" }, venueId = astana, start = "2026-02-02T10:00", end = "2026-02-02T12:00", version = 1 }, 409);
        Assert.Equal("version", stale["field"]!.GetValue<string>());
        Assert.Equal("Expert group, renamed", (await client.GetJsonAsync($"/api/events/{id}"))["title"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_outside_the_event_is_refused()
    {
        var client = await _app.ClientAsync();
        var id = await client.EventIdAsync("40th meeting");
        var problem = await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2023-09-09T10:00", end = "2023-09-09T11:00", room = "B" }, 422);
        Assert.Equal("start", problem["field"]!.GetValue<string>());
        var agenda = await client.GetJsonAsync($"/api/events/{id}/agenda");
        Assert.Single(agenda["days"]!.AsArray());
        Assert.Equal(2, agenda["days"]![0]!["sessions"]!.AsArray().Count);
        Assert.Equal("Welcome address by the Chairman of the meeting", agenda["days"]![0]!["sessions"]![0]!["items"]![0]!["title"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delegation_is_replaced_whole_and_only_with_people_of_its_party()
    {
        var client = await _app.ClientAsync();
        var eventId = await client.EventIdAsync("47th meeting");
        var kaz = await client.PartyIdAsync("KAZ");
        var people = (await client.GetJsonAsync($"/api/people?party={kaz}")).AsArray().Select(p => p!["id"]!.GetValue<long>()).ToArray();
        var china = (await client.GetJsonAsync($"/api/people?party={await client.PartyIdAsync("CHN")}")).AsArray()[0]!["id"]!.GetValue<long>();
        var current = await client.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}");
        var version = current["version"]!.GetValue<long>();

        var wrong = await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}",
            new { head = new { personId = people[0], function = "Head of delegation" }, members = new[] { new { personId = china, function = "Adviser" } }, version }, 422);
        Assert.Equal("members[0].personId", wrong["field"]!.GetValue<string>());

        var saved = await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}",
            new { head = new { personId = people[0], function = "Head of delegation" }, members = new[] { new { personId = people[1], function = "Adviser" } }, version }, 200);
        Assert.True(saved["members"]![0]!["isHead"]!.GetValue<bool>());
        Assert.Equal("Adviser", saved["members"]![1]!["function"]!["en"]!.GetValue<string>());
        await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}", new { members = Array.Empty<object>(), version }, 409);
    }
}
