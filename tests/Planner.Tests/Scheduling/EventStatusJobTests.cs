using NodaTime;
using Planner.Access;
using Planner.Scheduling;
using Planner.Tests.Support;

namespace Planner.Tests.Scheduling;

public class EventStatusJobTests : IDisposable
{
    private readonly PlannerApp _app;

    public EventStatusJobTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected EventStatusJobTests(TestDatabase database) => _app = new PlannerApp(database: database);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_planned_event_is_marked_held_once_it_has_ended_and_not_before()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var id = await client.EventIdAsync("47th meeting");
        Assert.Equal(0, await EventStatusJob.AdvanceAsync(_app.Db, Instant.FromUtc(2027, 4, 15, 14, 59)));
        Assert.Equal("planned", (await client.GetJsonAsync($"/api/events/{id}"))["status"]!.GetValue<string>());
        Assert.Equal(1, await EventStatusJob.AdvanceAsync(_app.Db, Instant.FromUtc(2027, 4, 15, 15, 0)));
        var e = await client.GetJsonAsync($"/api/events/{id}");
        Assert.Equal("held", e["status"]!.GetValue<string>());
        Assert.Equal(2, e["version"]!.GetValue<long>());
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class EventStatusJobTestsOnPostgres() : EventStatusJobTests(TestDatabase.Postgres);
