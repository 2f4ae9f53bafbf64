using System.Globalization;
using System.Net;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The directory's forms: people, venues and dated standings are added from the page, refusals shown at the form.</summary>
public sealed class DirectoryPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    [Fact]
    public async Task A_planner_adds_a_person_and_a_venue_and_a_bad_time_zone_is_refused_at_its_field()
    {
        var api = await App.ClientAsync();
        var kaz = (await api.PartyIdAsync("KAZ")).ToString(CultureInfo.InvariantCulture);
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var person = await planner.PostFormAsync("/directory", "/directory?handler=Person", new()
        {
            ["familyNameEn"] = "Kasymov", ["givenNamesEn"] = "Timur", ["familyNameRu"] = "Касымов", ["givenNamesRu"] = "Тимур",
            ["titleEn"] = "Colonel", ["titleRu"] = "Полковник", ["partyId"] = kaz, ["email"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        var found = (await api.GetJsonAsync("/api/people?q=kasymov")).AsArray().Single()!;
        Assert.Equal(("Касымов Тимур", "Timur Kasymov", "Полковник", kaz),
            (found["name"]!["ru"]!.GetValue<string>(), found["name"]!["en"]!.GetValue<string>(), found["title"]!["ru"]!.GetValue<string>(), found["partyId"]!.ToString()));

        var mars = await planner.PostFormAsync("/directory", "/directory?handler=Venue", new()
        {
            ["nameEn"] = "Olympus hall", ["cityEn"] = "Olympus", ["country"] = "Mars", ["timeZone"] = "Mars/Olympus",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mars.StatusCode);
        var html = await mars.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"field-error\" data-field=\"timeZone\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Olympus hall\"", html, StringComparison.Ordinal); // what was typed is kept
        Assert.Empty((await api.GetJsonAsync("/api/venues?q=Olympus")).AsArray());

        var bishkek = await planner.PostFormAsync("/directory", "/directory?handler=Venue", new()
        {
            ["nameEn"] = "Ala-Archa state residence", ["nameRu"] = "Государственная резиденция «Ала-Арча»", ["cityEn"] = "Bishkek", ["cityRu"] = "Бишкек", ["country"] = "Kyrgyzstan", ["timeZone"] = "Asia/Bishkek",
        });
        Assert.Equal(HttpStatusCode.Redirect, bishkek.StatusCode);
        var residence = (await api.GetJsonAsync("/api/venues?q=Ala-Archa")).AsArray().Single()!;
        Assert.Equal(("Asia/Bishkek", "Бишкек"), (residence["timeZone"]!.GetValue<string>(), residence["city"]!["ru"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_standing_is_added_from_the_page_and_one_overlapping_another_is_refused()
    {
        var api = await App.ClientAsync();
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var mongolia = (await api.PartyIdAsync("MNG")).ToString(CultureInfo.InvariantCulture);
        var before = (await api.GetJsonAsync($"/api/parties/{mongolia}/statuses")).AsArray().Count;
        var overlapping = await planner.PostFormAsync("/directory", "/directory?handler=Status", new()
        {
            ["partyId"] = mongolia, ["status"] = "member", ["from"] = "2030-01-01", ["to"] = "",
        });
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("<div class=\"problem\" role=\"alert\">", await overlapping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await api.GetJsonAsync($"/api/parties/{mongolia}/statuses")).AsArray().Count);

        var party = await planner.PostFormAsync("/directory", "/directory", new()
        {
            ["code"] = "TKM", ["kind"] = "state", ["nameEn"] = "Turkmenistan", ["nameRu"] = "Туркменистан", ["email"] = "protocol@tkm.example", ["language"] = "ru",
        });
        Assert.Equal(HttpStatusCode.Redirect, party.StatusCode);
        var turkmenistan = (await api.PartyIdAsync("TKM")).ToString(CultureInfo.InvariantCulture);
        var guest = await planner.PostFormAsync("/directory", "/directory?handler=Status", new()
        {
            ["partyId"] = turkmenistan, ["status"] = "dialoguePartner", ["from"] = "2026-01-01", ["to"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, guest.StatusCode);
        var status = (await api.GetJsonAsync($"/api/parties/{turkmenistan}/statuses")).AsArray().Single()!;
        Assert.Equal(("dialoguePartner", "2026-01-01"), (status["status"]!.GetValue<string>(), status["from"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_viewer_gets_no_directory_forms_and_their_post_is_refused()
    {
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        var html = await viewer.GetStringAsync("/directory");
        Assert.DoesNotContain("id=\"add-person\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-venue\"", html, StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync("/directory", "/directory?handler=Venue", new()
        {
            ["nameEn"] = "Hall", ["cityEn"] = "Osh", ["country"] = "Kyrgyzstan", ["timeZone"] = "Asia/Bishkek",
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await (await App.ClientAsync()).GetJsonAsync("/api/venues?q=Osh")).AsArray());
    }
}
