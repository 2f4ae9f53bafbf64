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
        ["party", "party_status", "venue", "person", "series", "event", "participation", "delegate", "agenda_session", "agenda_item", "agenda_item_speaker", "blackout"];

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
