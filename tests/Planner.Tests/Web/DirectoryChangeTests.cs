using System.Net;
using Dapper;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>Changing and removing directory entries on the directory page: versions checked, removal refused while in use.</summary>
public sealed class DirectoryChangeTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private Task<(long Id, long Version)> RowAsync(string sql, object args) =>
        App.Db.ReadAsync(c => c.QuerySingleAsync<(long, long)>(sql, args));

    [Fact]
    public async Task A_person_is_changed_with_their_version_and_removed_only_when_nothing_names_them()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var api = await App.ClientAsync(Role.Planner);
        var kaz = await api.PartyIdAsync("KAZ");
        await api.PostJsonAsync("/api/people", new { name = new { en = "Aigerim Temp" }, title = "Attaché", partyId = kaz }, 201);
        var (id, version) = await RowAsync("SELECT id, version FROM person WHERE name_en = 'Aigerim Temp'", new { });
        Dictionary<string, string> Change(long v, string title) => new()
        {
            ["id"] = $"{id}", ["version"] = $"{v}", ["familyNameEn"] = "Temp", ["givenNamesEn"] = "Aigerim", ["titleEn"] = title, ["partyId"] = $"{kaz}", ["email"] = "",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/directory", "/directory?handler=ChangePerson&q=Temp", Change(version, "Counsellor"))).StatusCode);
        var changed = await api.GetJsonAsync($"/api/people/{id}");
        Assert.Equal(("Counsellor", "Aigerim Temp"), (changed["title"]!["en"]!.GetValue<string>(), changed["name"]!["en"]!.GetValue<string>()));
        var stale = await planner.PostFormAsync("/directory", "/directory?handler=ChangePerson", Change(version, "Minister"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this in the meantime.", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone in a delegation of the 40th meeting stays.
        var delegate_ = await App.Db.ReadAsync(c => c.QueryFirstAsync<(long, long)>("SELECT p.id, p.version FROM person p JOIN delegate d ON d.person_id = p.id"));
        var refused = await planner.PostFormAsync("/directory", "/directory?handler=RemovePerson", new() { ["id"] = $"{delegate_.Item1}", ["version"] = $"{delegate_.Item2}" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("This person is named in", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(409, (int)(await api.DeleteAsync($"/api/people/{delegate_.Item1}?version={delegate_.Item2}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/directory", "/directory?handler=RemovePerson", new() { ["id"] = $"{id}", ["version"] = $"{version + 1}" })).StatusCode);
        await api.GetJsonAsync($"/api/people/{id}", 404);
    }

    [Fact]
    public async Task A_party_or_venue_in_use_is_refused_removal_and_an_unused_one_is_changed_and_removed()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var api = await App.ClientAsync(Role.Planner);
        var (kaz, kazVersion) = await RowAsync("SELECT id, version FROM party WHERE code = 'KAZ'", new { });
        var refused = await planner.PostFormAsync("/directory", "/directory?handler=RemoveParty", new() { ["id"] = $"{kaz}", ["version"] = $"{kazVersion}" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("end its standing instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await api.PostJsonAsync("/api/parties", new { code = "TMP", kind = "organisation", name = new { en = "Temporary body" }, contactEmails = new[] { "a@tmp.example" }, language = "en" }, 201);
        var (tmp, tmpVersion) = await RowAsync("SELECT id, version FROM party WHERE code = 'TMP'", new { });
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/directory", "/directory?handler=ChangeParty", new()
        {
            ["id"] = $"{tmp}", ["version"] = $"{tmpVersion}", ["code"] = "TMP", ["kind"] = "organisation", ["nameEn"] = "Temporary working body",
            ["nameRu"] = "Временный орган", ["nameZh"] = "", ["email"] = "a@tmp.example", ["language"] = "ru",
        })).StatusCode);
        Assert.Equal("Временный орган", (await api.GetJsonAsync($"/api/parties/{tmp}"))["name"]!["ru"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/directory", "/directory?handler=RemoveParty", new() { ["id"] = $"{tmp}", ["version"] = $"{tmpVersion + 1}" })).StatusCode);

        var (tashkent, tashkentVersion) = await RowAsync("SELECT id, version FROM venue WHERE city_en = 'Tashkent'", new { });
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostFormAsync("/directory", "/directory?handler=RemoveVenue", new() { ["id"] = $"{tashkent}", ["version"] = $"{tashkentVersion}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/directory", "/directory?handler=ChangeVenue", new()
        {
            ["id"] = $"{tashkent}", ["version"] = $"{tashkentVersion}", ["nameEn"] = "RATS SCO Executive Committee", ["cityEn"] = "Tashkent", ["country"] = "Uzbekistan", ["timeZone"] = "Asia/Tashkent",
        })).StatusCode);
        Assert.Contains("RATS SCO Executive Committee", await planner.GetStringAsync("/directory?q=Tashkent"), StringComparison.Ordinal);

        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync("/directory", "/directory?handler=RemoveVenue", new() { ["id"] = $"{tashkent}", ["version"] = "2" })).StatusCode);
        Assert.DoesNotContain("data-remove", await viewer.GetStringAsync("/directory"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_standing_is_removed_from_its_party_with_its_version()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var api = await App.ClientAsync(Role.Planner);
        var fra = (await api.PostJsonAsync("/api/parties", new { code = "FRA", kind = "state", name = new { en = "France" }, contactEmails = new[] { "p@fra.example" }, language = "en" }, 201))["id"]!.GetValue<long>();
        var status = (await api.PostJsonAsync($"/api/parties/{fra}/statuses", new { status = "dialoguePartner", from = "2030-01-01" }, 201))["id"]!.GetValue<long>();
        Assert.Contains($"data-remove-status=\"{status}\"", await planner.GetStringAsync("/directory?q=FRA"), StringComparison.Ordinal);

        var stale = await planner.PostFormAsync("/directory", "/directory?handler=RemoveStatus", new() { ["partyId"] = $"{fra}", ["statusId"] = $"{status}", ["version"] = "5" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var removed = await planner.PostFormAsync("/directory", "/directory?handler=RemoveStatus&q=FRA", new() { ["partyId"] = $"{fra}", ["statusId"] = $"{status}", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await api.GetJsonAsync($"/api/parties/{fra}/statuses")).AsArray());
    }

    [Fact]
    public async Task A_standing_is_changed_in_place_and_a_refused_change_names_every_field_at_fault()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var api = await App.ClientAsync(Role.Planner);
        var deu = (await api.PostJsonAsync("/api/parties", new { code = "DEU", kind = "state", name = new { en = "Germany" }, contactEmails = new[] { "p@deu.example" }, language = "en" }, 201))["id"]!.GetValue<long>();
        var status = (await api.PostJsonAsync($"/api/parties/{deu}/statuses", new { status = "dialoguePartner", from = "2031-01-01" }, 201))["id"]!.GetValue<long>();
        Assert.Contains($"data-change-status=\"{status}\"", await planner.GetStringAsync("/directory?q=DEU"), StringComparison.Ordinal);
        Dictionary<string, string> Change(string standing, string from, string to, long version) => new()
        {
            ["partyId"] = $"{deu}", ["statusId"] = $"{status}", ["version"] = $"{version}", ["status"] = standing, ["from"] = from, ["to"] = to,
        };

        // No standing chosen, and an end before the start: both named at once, nothing saved.
        var refused = await planner.PostFormAsync("/directory?q=DEU", "/directory?handler=ChangeStatus&q=DEU", Change("", "2031-06-01", "2031-03-01", 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"status\"", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"to\"", page, StringComparison.Ordinal);
        Assert.Equal("2031-01-01", (await api.GetJsonAsync($"/api/parties/{deu}/statuses"))[0]!["from"]!.GetValue<string>());

        var changed = await planner.PostFormAsync("/directory?q=DEU", "/directory?handler=ChangeStatus&q=DEU", Change("observer", "2031-06-01", "", 1));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var saved = (await api.GetJsonAsync($"/api/parties/{deu}/statuses"))[0]!;
        Assert.Equal("observer", saved["status"]!.GetValue<string>());
        Assert.Equal("2031-06-01", saved["from"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostFormAsync("/directory?q=DEU", "/directory?handler=ChangeStatus", Change("member", "2031-06-01", "", 1))).StatusCode);
    }
}
