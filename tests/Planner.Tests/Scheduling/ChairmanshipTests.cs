using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Scheduling;

public class ChairmanshipTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public ChairmanshipTests(DemoFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task The_chair_rotates_in_Russian_alphabetical_order_from_Uzbekistan_in_2021()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var terms = (await client.GetJsonAsync("/api/chairmanship?from=2021-01-01&to=2027-12-31")).AsArray();
        Assert.Equal(["UZB", "IND", "KAZ", "CHN", "KGZ", "PAK", "RUS"], terms.Select(t => t!["code"]!.GetValue<string>()));
        Assert.Equal("2023-01-01", terms[2]!["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_an_order_drawn_by_lot_the_drawn_states_chair_first_and_the_others_follow_in_precedence()
    {
        using var app = new PlannerApp(settings: new Dictionary<string, string> { ["Planner:Chairmanship:Order"] = "KAZ,RUS" }, database: _app.Database);
        var client = await app.ClientAsync(Role.Viewer);
        var terms = (await client.GetJsonAsync("/api/chairmanship?from=2021-01-01&to=2031-12-31")).AsArray();
        // Uzbekistan starts (Planner:Chairmanship:StartParty); Belarus, a member from July 2024, is passed over until its turn comes round.
        Assert.Equal(["UZB", "KAZ", "RUS", "IND", "IRN", "CHN", "KGZ", "PAK", "TJK", "UZB", "KAZ"], terms.Select(t => t!["code"]!.GetValue<string>()));
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ChairmanshipTestsOnPostgres(PostgresDemoFixture fixture) : ChairmanshipTests(fixture), IClassFixture<PostgresDemoFixture>;
