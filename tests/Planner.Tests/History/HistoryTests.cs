using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Data;
using Planner.Tests.Support;

namespace Planner.Tests.History;

public class HistoryTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public HistoryTests(DemoFixture fixture) => _app = fixture.App;

    private static async Task<JsonNode> MoveAsync(HttpClient client, long id, string start, string end)
    {
        var e = (await client.GetJsonAsync($"/api/events/{id}")).AsObject();
        e["start"] = start;
        e["end"] = end;
        return await client.PutJsonAsync($"/api/events/{id}?acceptConflicts=true", e, 200);
    }

    [Fact]
    public async Task Moving_the_47th_meeting_is_recorded_with_who_did_it_and_the_dates_before_and_after()
    {
        var client = await _app.ClientAsync();
        var id = await client.EventIdAsync("47th meeting");
        var before = await client.GetJsonAsync($"/api/events/{id}");
        await MoveAsync(client, id, "2027-06-01T10:00", "2027-06-02T18:00");

        var history = (await client.GetJsonAsync($"/api/audit?entity=event&id={id}")).AsArray();
        var latest = history[0]!;
        Assert.Equal("token:test-Planner", latest["actor"]!.GetValue<string>());
        Assert.Equal("event", latest["entity"]!.GetValue<string>());
        Assert.Equal(id, latest["entityId"]!.GetValue<long>());
        Assert.Equal("update", latest["action"]!.GetValue<string>());
        var start = latest["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "startLocal")!;
        Assert.Equal(before["start"]!.GetValue<string>(), start["before"]!.GetValue<string>());
        Assert.Equal("2027-06-01T10:00", start["after"]!.GetValue<string>());
        Assert.DoesNotContain(latest["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "version");
    }

    [Fact]
    public async Task A_change_to_a_participant_shows_in_its_events_history_and_a_refused_change_leaves_none()
    {
        var client = await _app.ClientAsync();
        var venue = (await client.GetJsonAsync("/api/venues?q=Tashkent")).AsArray()[0]!["id"]!.GetValue<long>();
        var id = (await client.PostJsonAsync("/api/events?acceptConflicts=true",
            new { kind = "workshop", title = new { en = "History workshop" }, venueId = venue, start = "2031-03-03T10:00", end = "2031-03-03T12:00" }, 201))["id"]!.GetValue<long>();
        var created = (await client.GetJsonAsync($"/api/audit?entity=event&id={id}")).AsArray();
        Assert.Equal("insert", Assert.Single(created)!["action"]!.GetValue<string>());
        var count = created.Count;
        var e = (await client.GetJsonAsync($"/api/events/{id}")).AsObject();
        e["end"] = "2020-01-01T10:00";
        await client.PutJsonAsync($"/api/events/{id}", e, 422);
        Assert.Equal(count, (await client.GetJsonAsync($"/api/audit?entity=event&id={id}")).AsArray().Count);

        var mongolia = await client.PartyIdAsync("MNG");
        await client.PostJsonAsync($"/api/events/{id}/participants?acceptConflicts=true", new { partyId = mongolia, role = "observer" }, 201);
        var latest = (await client.GetJsonAsync($"/api/audit?entity=event&id={id}")).AsArray()[0]!;
        Assert.Equal("participation", latest["entity"]!.GetValue<string>());
        Assert.Equal("insert", latest["action"]!.GetValue<string>());
        var party = (await client.GetJsonAsync($"/api/audit?entity=party&id={mongolia}")).AsArray();
        Assert.Contains(party, h => h!["entity"]!.GetValue<string>() == "participation");
    }

    [Fact]
    public async Task Secrets_are_never_recorded_and_viewers_cannot_read_the_history()
    {
        var admin = await _app.ClientAsync(Role.Admin);
        var token = await admin.PostJsonAsync("/api/tokens", new { name = "history-secret", role = "viewer" }, 201);
        var secret = token["token"]!.GetValue<string>();
        var rows = await _app.Db.ReadAsync(async c => (await Dapper.SqlMapper.QueryAsync<string>(c, "SELECT changes FROM history")).ToList());
        Assert.Contains(rows, r => r.Contains("history-secret", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(secret, StringComparison.Ordinal) || r.Contains("tokenHash", StringComparison.Ordinal) || r.Contains("passwordHash", StringComparison.Ordinal));

        var viewer = await _app.ClientAsync(Role.Viewer);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/audit?entity=event&id=1")).StatusCode);
        var bad = await admin.GetJsonAsync("/api/audit?entity=quux&id=1", 400);
        Assert.Equal("entity", bad["field"]!.GetValue<string>());
        Assert.Equal("audit.unknownEntity", bad["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_event_page_links_its_history_which_shows_who_changed_what_and_viewers_are_refused_it()
    {
        var client = await _app.ClientAsync();
        var id = await client.EventIdAsync("44th meeting");
        await MoveAsync(client, id, "2025-09-10T11:00", "2025-09-10T18:00");

        var planner = await Planner.Tests.Web.WebForms.SignedInAsync(_app, Role.Planner);
        Assert.Contains($"href=\"/history/event/{id}\"", await planner.GetStringAsync($"/events/{id}"), StringComparison.Ordinal);
        var page = await planner.GetStringAsync($"/history/event/{id}");
        Assert.Contains("token:test-Planner", page, StringComparison.Ordinal);
        Assert.Contains("startLocal", page, StringComparison.Ordinal);
        Assert.Contains("2025-09-10T11:00", page, StringComparison.Ordinal);

        var viewer = await Planner.Tests.Web.WebForms.SignedInAsync(_app, Role.Viewer);
        Assert.DoesNotContain("/history/event/", await viewer.GetStringAsync($"/events/{id}"), StringComparison.Ordinal);
        var refused = await viewer.GetAsync($"/history/event/{id}");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class HistoryTestsOnPostgres(PostgresDemoFixture fixture) : HistoryTests(fixture), IClassFixture<PostgresDemoFixture>;
