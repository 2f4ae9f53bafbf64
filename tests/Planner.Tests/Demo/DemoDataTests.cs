using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Planner.Access;
using Planner.Demo;
using Planner.Tests.Support;

namespace Planner.Tests.Demo;

/// <summary><c>seed demo</c> goes through the services, on either database, and a second run changes nothing.</summary>
public sealed class DemoDataTests
{
    private static readonly string[] Tables =
    [
        "party", "party_status", "venue", "person", "series", "event", "participation", "delegate", "agenda_session", "agenda_item", "agenda_item_speaker", "blackout",
        "exercise", "exercise_sending_party", "exercise_stage", "planning_meeting", "action_item", "objective", "objective_capability", "inject", "observation",
        "finding", "corrective_action",
    ];

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Loading_the_demo_a_second_time_adds_and_changes_nothing(TestDatabase database)
    {
        using var app = new PlannerApp(demo: true, database: database);
        await app.ClientAsync(Role.Planner);
        var before = await CountsAsync(app);
        var history = await app.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM history"));

        Assert.Equal(0, await app.Services.GetRequiredService<DemoData>().LoadAsync());

        Assert.Equal(before, await CountsAsync(app));
        Assert.Equal(history, await app.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM history")));
        Assert.True(before["agenda_session"] > 0);
        Assert.True(before["delegate"] > 0);
        Assert.True(before["corrective_action"] > 0);
    }

    [Fact]
    public async Task Demo_exercises_are_written_step_by_step_through_the_exercise_services_and_recorded_as_changes_by_system()
    {
        using var app = new PlannerApp(demo: true);
        var api = await app.ClientAsync(Role.Planner);
        var norak = await api.EventIdAsync("Norak-Antiterror 2009");

        var entries = (await api.GetJsonAsync($"/api/audit?entity=event&id={norak}")).AsArray()
            .Select(e => (Entity: e!["entity"]!.GetValue<string>(), Action: e["action"]!.GetValue<string>(), Actor: e["actor"]!.GetValue<string>(),
                Changes: e["changes"]!.AsArray().ToDictionary(c => c!["field"]!.GetValue<string>(), c => (Before: c!["before"]?.ToString(), After: c["after"]?.ToString()))))
            .ToList();
        Assert.All(entries, e => Assert.Equal("system", e.Actor));
        Assert.Single(entries, e => e.Entity == "exercise" && e.Action == "insert" && e.Changes["type"].After == "functional");
        Assert.Equal(3, entries.Count(e => e.Entity == "exercise_stage" && e.Action == "insert"));

        // As through the API: each objective is added unrated and then rated; each inject is added pending and then released or skipped;
        // a corrective action is added open and then moved along, completed with its date.
        Assert.Equal(3, entries.Count(e => e.Entity == "objective" && e.Action == "insert" && !e.Changes.ContainsKey("rating")));
        Assert.Equal(["P", "M", "S"], entries.Where(e => e.Entity == "objective" && e.Action == "update").Select(e => e.Changes["rating"]).Select(r => r.After!));
        Assert.All(entries.Where(e => e.Entity == "inject" && e.Action == "insert"), e => Assert.Equal("pending", e.Changes["status"].After));
        Assert.Contains(entries, e => e.Entity == "inject" && e.Action == "update" && e.Changes["status"] == ("pending", "released"));

        // Every inject is in its exercise's history, also the one tied to no objective (the media enquiry, number 5).
        Assert.Equal(6, entries.Count(e => e.Entity == "inject" && e.Action == "insert"));
        Assert.Contains(entries, e => e.Entity == "inject" && e.Action == "insert" && e.Changes["number"].After == "5"
            && (!e.Changes.TryGetValue("objectiveId", out var objective) || objective.After is null));
        var completed = Assert.Single(entries, e => e.Entity == "corrective_action" && e.Action == "update" && e.Changes["status"].After == "completed");
        Assert.Equal(("open", "completed"), completed.Changes["status"]);
        Assert.Null(completed.Changes["completedOn"].Before);
        Assert.Equal("2009-09-15", completed.Changes["completedOn"].After);

        // The planning meetings are workshop events of their own, linked to the exercise by the same service.
        var meetings = (await api.GetJsonAsync($"/api/events/{norak}/exercise/meetings")).AsArray();
        Assert.Equal(5, meetings.Count);
        var first = meetings[0]!["eventId"]!.GetValue<long>();
        var linked = (await api.GetJsonAsync($"/api/audit?entity=event&id={first}")).AsArray();
        Assert.Contains(linked, e => e!["entity"]!.GetValue<string>() == "planning_meeting" && e["actor"]!.GetValue<string>() == "system");
    }

    [Fact]
    public async Task Demo_records_are_made_by_the_services_and_recorded_as_changes_by_system()
    {
        using var app = new PlannerApp(demo: true);
        var api = await app.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("40th meeting");

        var created = (await api.GetJsonAsync($"/api/audit?entity=event&id={id}")).AsArray().Last()!;
        Assert.Equal("system", created["actor"]!.GetValue<string>());
        Assert.Equal("insert", created["action"]!.GetValue<string>());
        // Each delegation was named through ParticipantService, which records the replaced delegation in the history
        // as it does for a planner naming one on the event page.
        var (delegations, replaced) = await app.Db.ReadAsync(async c => (
            await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participation p WHERE EXISTS (SELECT 1 FROM delegate d WHERE d.event_id = p.event_id AND d.party_id = p.party_id)"),
            await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM history WHERE entity = 'participation' AND action = 'update' AND actor = 'system'")));
        Assert.True(delegations > 0);
        Assert.Equal(delegations, replaced);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(PlannerApp app) =>
        await app.Db.ReadAsync(async c =>
        {
            var counts = new Dictionary<string, long>();
            foreach (var table in Tables)
                counts[table] = await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
            return counts;
        });
}
