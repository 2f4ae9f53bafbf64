using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Scheduling;

public sealed class ChairmanshipTests : IClassFixture<DemoFixture>
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
}
