using System.Net;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Parties;

public sealed class PartyTests : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app;

    public PartyTests(DemoFixture fixture) => _app = fixture.App;

    [Fact]
    public async Task Members_on_a_date_follow_their_dated_statuses()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        async Task<string[]> MembersOn(string day) =>
            (await client.GetJsonAsync($"/api/parties?status=member&on={day}")).AsArray().Select(p => p!["code"]!.GetValue<string>()).ToArray();

        Assert.Equal(["IND", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"], await MembersOn("2023-07-03"));
        Assert.Equal(["IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"], await MembersOn("2023-07-04"));
        Assert.Equal(["BLR", "IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"], await MembersOn("2024-07-04"));
        var belarus = await client.GetJsonAsync($"/api/parties/{await client.PartyIdAsync("BLR")}?on=2024-07-03");
        Assert.Equal("observer", belarus["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parties_are_listed_in_Russian_alphabetical_order()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var names = (await client.GetJsonAsync("/api/parties?status=member&on=2025-01-01")).AsArray().Select(p => p!["name"]!["ru"]!.GetValue<string>());
        Assert.Equal(["Беларусь", "Индия", "Иран", "Казахстан", "Китай", "Кыргызстан", "Пакистан", "Россия", "Таджикистан", "Узбекистан"], names);
    }

    [Fact]
    public async Task Overlapping_statuses_of_one_party_are_refused()
    {
        var client = await _app.ClientAsync();
        var iran = await client.PartyIdAsync("IRN");
        var problem = await client.PostJsonAsync($"/api/parties/{iran}/statuses", new { status = "observer", from = "2024-01-01" }, 409);
        Assert.Equal("from", problem["field"]!.GetValue<string>());
        Assert.Equal(2, (await client.GetJsonAsync($"/api/parties/{iran}/statuses")).AsArray().Count);
    }

    [Fact]
    public async Task A_status_is_changed_or_deleted_only_through_its_own_party()
    {
        var client = await _app.ClientAsync();
        var kaz = await client.PartyIdAsync("KAZ");
        var russia = await client.PartyIdAsync("RUS");
        var status = (await client.GetJsonAsync($"/api/parties/{russia}/statuses")).AsArray()[0]!;
        var url = $"/api/parties/{kaz}/statuses/{status["id"]}";
        var problem = await client.PutJsonAsync(url, new { status = "observer", from = "2001-06-15", version = status["version"]!.GetValue<long>() }, 404);
        Assert.Contains("party status", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync(url + "?version=" + status["version"])).StatusCode);
        Assert.Equal(status.ToJsonString(), (await client.GetJsonAsync($"/api/parties/{russia}/statuses")).AsArray()[0]!.ToJsonString());
    }

    [Fact]
    public async Task Search_ignores_case_in_every_script_and_takes_wildcards_literally()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        async Task<string[]> Find(string q) =>
            (await client.GetJsonAsync("/api/parties?q=" + Uri.EscapeDataString(q))).AsArray().Select(p => p!["code"]!.GetValue<string>()).ToArray();

        Assert.Equal(["RUS"], await Find("россия"));
        Assert.Equal(["RUS"], await Find("РОССИЯ"));
        Assert.Equal(["KAZ"], await Find("kazakh"));
        Assert.Empty(await Find("%"));
        Assert.Empty(await Find("R_S"));
        Assert.Contains("Astana", (await client.GetJsonAsync("/api/venues?q=ASTANA")).AsArray().Select(v => v!["city"]!["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_bad_party_gets_every_fault_named_and_is_not_stored()
    {
        var client = await _app.ClientAsync();
        var problem = await client.PostJsonAsync("/api/parties",
            new { code = "K4Z", kind = "state", name = new { en = new string('x', 100_000) }, contactEmails = new[] { "protocol@kz\r\nBcc: x@y" }, language = "fr" }, 422);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("code", errors.Select(e => e.Key));
        Assert.Contains("name.en", errors.Select(e => e.Key));
        Assert.Contains("contactEmails[0]", errors.Select(e => e.Key));
        Assert.Contains("language", errors.Select(e => e.Key));
        Assert.Empty((await client.GetJsonAsync("/api/parties?q=K4Z")).AsArray());
        var nowhere = await client.PostJsonAsync("/api/parties", new { code = "XYZ", kind = "state", name = new { en = "Nowhere" }, language = "en" }, 422);
        Assert.Contains("ISO 3166", nowhere["errors"]!["code"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_party_is_created_changed_with_its_version_and_a_stale_version_is_refused()
    {
        var client = await _app.ClientAsync();
        var created = await client.PostJsonAsync("/api/parties",
            new { code = "QAT", kind = "state", name = new { en = "Qatar", ru = "Катар", zh = "卡塔尔" }, contactEmails = new[] { "protocol@qa.mfa.example" }, language = "en" }, 201);
        var id = created["id"]!.GetValue<long>();
        var body = new { code = "QAT", kind = "state", name = new { en = "State of Qatar", ru = "Катар", zh = "卡塔尔" }, language = "en", version = 1 };
        var changed = await client.PutJsonAsync($"/api/parties/{id}", body, 200);
        Assert.Equal(2, changed["version"]!.GetValue<long>());
        var stale = await client.PutJsonAsync($"/api/parties/{id}", body, 409);
        Assert.Equal("version", stale["field"]!.GetValue<string>());
        Assert.Equal("State of Qatar", (await client.GetJsonAsync($"/api/parties/{id}"))["name"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task People_need_an_existing_party()
    {
        var client = await _app.ClientAsync();
        var problem = await client.PostJsonAsync("/api/people", new { name = new { en = "Nobody" }, partyId = 999_999 }, 422);
        Assert.Equal("partyId", problem["field"]!.GetValue<string>());
        var person = await client.PostJsonAsync("/api/people", new { name = new { en = "Aigerim Sadykova", ru = "Айгерим Садыкова" }, title = "Counsellor", partyId = await client.PartyIdAsync("KAZ"), email = "a.sadykova@kaz.gov.example" }, 201);
        Assert.Equal("Counsellor", person["title"]!["en"]!.GetValue<string>());
    }
}
