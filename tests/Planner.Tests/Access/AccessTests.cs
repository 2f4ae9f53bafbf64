using System.Net;
using System.Net.Http.Json;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Access;

public sealed class AccessTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public AccessTests(DemoFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Health_needs_no_token_and_the_API_does()
    {
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "pl_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_change_anything()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        await viewer.GetJsonAsync("/api/parties");
        var response = await viewer.PostAsJsonAsync("/api/venues", new { name = "Hall", city = "Tashkent", country = "Uzbekistan", timeZone = "Asia/Tashkent" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/tokens")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_manages_tokens_and_a_revoked_token_stops_working()
    {
        var planner = await _app.ClientAsync(Role.Planner);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PostAsJsonAsync("/api/tokens", new { name = "x", role = "viewer" })).StatusCode);
        var admin = await _app.ClientAsync(Role.Admin);
        var created = await admin.PostJsonAsync("/api/tokens", new { name = "liaison", role = "viewer" }, 201);
        var fresh = _app.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new("Bearer", created["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/tokens/{created["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var doc = await viewer.GetJsonAsync("/openapi/v1.json");
        Assert.NotNull(doc["paths"]!["/api/events"]);
        Assert.NotNull(doc["paths"]!["/api/conflicts"]);
    }
}
