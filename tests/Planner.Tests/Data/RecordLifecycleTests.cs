using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Data;

/// <summary>
/// The life of a directory record through the API, the same for each kind: created (and a bad one refused with
/// its field), read, changed with its version, a stale version refused on change and on delete, deleted once;
/// a viewer changes nothing.
/// </summary>
public class RecordLifecycleTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    public static TheoryData<string, string, string, string> Records => new()
    {
        { "/api/venues", """{"name":"Navoi hall","city":"Samarkand","country":"Uzbekistan","timeZone":"Asia/Samarkand"}""",
            """{"name":"Navoi congress hall","city":"Samarkand","country":"Uzbekistan","timeZone":"Asia/Samarkand"}""", "name" },
        { "/api/people", """{"name":{"en":"Dilnoza Karimova","ru":"Дильноза Каримова"},"title":"Adviser","partyId":"{UZB}"}""",
            """{"name":{"en":"Dilnoza Karimova","ru":"Дильноза Каримова"},"title":"Senior adviser","partyId":"{UZB}"}""", "title" },
        { "/api/blackouts", """{"title":"Navruz","firstDay":"2031-03-21","lastDay":"2031-03-23"}""",
            """{"title":"Navruz holidays","firstDay":"2031-03-20","lastDay":"2031-03-23"}""", "title" },
    };

    private static async Task<JsonObject> BodyAsync(HttpClient api, string json, long? version = null)
    {
        var uzb = await api.PartyIdAsync("UZB");
        var body = JsonNode.Parse(json.Replace("\"{UZB}\"", uzb.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))!.AsObject();
        if (version is not null)
            body["version"] = version;
        return body;
    }

    /// <summary>A plain string, or the English text of a text in three languages (a plain string sent is stored as English).</summary>
    private static string English(JsonNode node) => node is JsonObject text ? text["en"]!.GetValue<string>() : node.GetValue<string>();

    private static async Task<JsonNode?> FindAsync(HttpClient api, string url, long id) =>
        (await api.GetJsonAsync(url)).AsArray().SingleOrDefault(r => r!["id"]!.GetValue<long>() == id);

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_record_is_created_changed_with_its_version_and_deleted_once(string url, string create, string change, string field)
    {
        var planner = await demo.App.ClientAsync();
        var viewer = await demo.App.ClientAsync(Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(url, await BodyAsync(planner, create))).StatusCode);
        var bad = await planner.PostJsonAsync(url, new { }, 422);
        Assert.False(string.IsNullOrEmpty(bad["field"]?.GetValue<string>()));

        var created = await planner.PostJsonAsync(url, await BodyAsync(planner, create), 201);
        var id = created["id"]!.GetValue<long>();
        var version = created["version"]!.GetValue<long>();
        Assert.NotNull(await FindAsync(planner, url, id));

        var changed = await planner.PutJsonAsync($"{url}/{id}", await BodyAsync(planner, change, version), 200);
        Assert.Equal(English(JsonNode.Parse(change)![field]!), English(changed[field]!));
        Assert.Equal(version + 1, changed["version"]!.GetValue<long>());
        await planner.PutJsonAsync($"{url}/{id}", await BodyAsync(planner, create, version), 409);
        Assert.Equal(changed.ToJsonString(), (await FindAsync(planner, url, id))!.ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"{url}/{id}?version={version + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await planner.DeleteAsync($"{url}/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await planner.DeleteAsync($"{url}/{id}?version={version + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.DeleteAsync($"{url}/{id}?version={version + 1}")).StatusCode);
        Assert.Null(await FindAsync(planner, url, id));
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class RecordLifecycleTestsOnPostgres(PostgresDemoFixture demo) : RecordLifecycleTests(demo), IClassFixture<PostgresDemoFixture>;
