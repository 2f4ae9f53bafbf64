using Planner.Tests.Support;

namespace Planner.Tests.Data;

public sealed class PostgresSmokeTests
{
    [Fact]
    public async Task Smoke()
    {
        using var app = new PlannerApp(database: TestDatabase.Postgres);
        var client = await app.ClientAsync();
        var parties = await client.GetJsonAsync("/api/parties");
        Assert.NotEmpty(parties.AsArray());
    }
}
