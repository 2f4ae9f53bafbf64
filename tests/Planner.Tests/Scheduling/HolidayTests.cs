using System.Net;
using Dapper;
using Planner.Access;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Scheduling;

/// <summary>
/// Parties' national holidays as their own blackouts: imported from a government's .ics calendar or entered on the
/// date finder's page, avoided by the API's free-window search and the page unless told not to.
/// </summary>
public class HolidayTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    /// <summary>Russia's New Year and Christmas holidays of 2027 as a government publishes them (all-day events, DTEND exclusive).</summary>
    public const string RussianNewYear =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gov.example//holidays//RU\r\n" +
        "BEGIN:VEVENT\r\nUID:ny2027@gov.example\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270109\r\nSUMMARY:Новогодние каникулы\r\nEND:VEVENT\r\n" +
        "BEGIN:VEVENT\r\nUID:feb2027@gov.example\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:20270223\r\nSUMMARY:День защитника Отечества\r\nEND:VEVENT\r\n" +
        "END:VCALENDAR\r\n";

    private PlannerApp App => demo.App;

    private static async Task<long> VenueAsync(HttpClient api, string city) =>
        (await api.GetJsonAsync("/api/venues")).AsArray().First(v => v!["city"]!["en"]!.GetValue<string>() == city)!["id"]!.GetValue<long>();

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient planner, long party, string ics)
    {
        var token = WebForms.Token(await planner.GetStringAsync("/scheduling"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent($"{party}"), "partyId" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(ics)), "file", "ru-2027.ics" },
        };
        return await planner.PostAsync("/scheduling?handler=Import", content);
    }

    [Fact]
    public async Task Russias_imported_new_year_holidays_keep_the_finder_away_unless_told_not_to()
    {
        var api = await App.ClientAsync(Role.Planner);
        var rus = await api.PartyIdAsync("RUS");
        var kaz = await api.PartyIdAsync("KAZ");
        var moscow = await VenueAsync(api, "Moscow");
        var planner = await WebForms.SignedInAsync(App, Role.Planner);

        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(planner, rus, RussianNewYear)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ImportAsync(planner, rus, RussianNewYear)).StatusCode); // the same file again adds nothing
        var holidays = await App.Db.ReadAsync(c => c.QueryAsync<(string, string, string)>(
            "SELECT title, first_day, last_day FROM blackout WHERE kind = 'holiday' AND party_id = @rus ORDER BY first_day", new { rus }));
        Assert.Equal([("Новогодние каникулы", "2027-01-01", "2027-01-08"), ("День защитника Отечества", "2027-02-23", "2027-02-23")], holidays);

        var url = $"/api/scheduling/windows?days=2&from=2027-01-01&to=2027-02-28&venue={moscow}&parties={rus},{kaz}&count=1";
        Assert.Equal("2027-01-11", (await api.GetJsonAsync(url))[0]!["first"]!.GetValue<string>()); // Monday after the holidays
        Assert.Equal("2027-01-04", (await api.GetJsonAsync(url + "&holidays=false"))[0]!["first"]!.GetValue<string>());
        // Kazakhstan alone is not on holiday in Russia.
        Assert.Equal("2027-01-04", (await api.GetJsonAsync($"/api/scheduling/windows?days=2&from=2027-01-01&to=2027-02-28&venue={moscow}&parties={kaz}&count=1"))[0]!["first"]!.GetValue<string>());

        // The page says what was avoided, and its link starts an event in the window.
        var page = WebUtility.HtmlDecode(await planner.GetStringAsync($"/scheduling?parties={rus}&parties={kaz}&venue={moscow}&host={rus}&days=2&from=2027-01-01&to=2027-02-28&holidays=true"));
        Assert.Contains("<li class=\"window card\" data-first=\"2027-01-11\">", page, StringComparison.Ordinal);
        Assert.Contains("1 January 2027 – 8 January 2027: national holiday — Новогодние каникулы (RUS)", page, StringComparison.Ordinal);
        var link = $"/events/new?venueId={moscow}&start=2027-01-11T09:00&end=2027-01-12T18:00&hostPartyId={rus}";
        Assert.Contains(link, page, StringComparison.Ordinal);
        var form = await planner.GetStringAsync(link);
        Assert.Contains("value=\"2027-01-11T09:00\"", form, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{moscow}\" selected=\"selected\">", form);

        var ignoring = WebUtility.HtmlDecode(await planner.GetStringAsync($"/scheduling?parties={rus}&venue={moscow}&days=2&from=2027-01-01&to=2027-02-28"));
        Assert.Contains("data-first=\"2027-01-04\"", ignoring, StringComparison.Ordinal);
        Assert.Contains("national holiday — Новогодние каникулы", ignoring, StringComparison.Ordinal); // said to be close
    }

    [Fact]
    public async Task A_holiday_with_every_field_wrong_is_refused_field_by_field_and_a_bad_calendar_saves_nothing()
    {
        var api = await App.ClientAsync(Role.Planner);
        var uzb = await api.PartyIdAsync("UZB");
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var before = await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blackout"));

        var refused = await planner.PostFormAsync("/scheduling", "/scheduling?handler=Holiday",
            new() { ["partyId"] = $"{uzb}", ["title"] = "", ["firstDay"] = "2027-03-22", ["lastDay"] = "2027-03-21" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"title\">Fill in this field.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"lastDay\">", html, StringComparison.Ordinal);

        var bad = await ImportAsync(planner, uzb, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("data-field=\"file\">The file has no events; choose a calendar of holidays.</span>", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blackout")));

        var added = await planner.PostFormAsync("/scheduling", "/scheduling?handler=Holiday",
            new() { ["partyId"] = $"{uzb}", ["title"] = "Navruz", ["firstDay"] = "2027-03-21", ["lastDay"] = "2027-03-22" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (id, version) = await App.Db.ReadAsync(c => c.QuerySingleAsync<(long, long)>("SELECT id, version FROM blackout WHERE title = 'Navruz'"));
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync("/scheduling", "/scheduling?handler=RemoveHoliday", new() { ["id"] = $"{id}", ["version"] = $"{version}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostFormAsync("/scheduling", "/scheduling?handler=RemoveHoliday", new() { ["id"] = $"{id}", ["version"] = $"{version + 1}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/scheduling", "/scheduling?handler=RemoveHoliday", new() { ["id"] = $"{id}", ["version"] = $"{version}" })).StatusCode);
        Assert.Equal(before, await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blackout")));
    }

    [Fact]
    public async Task Declared_blackout_periods_are_listed_declared_and_removed_on_the_date_finder()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var api = await App.ClientAsync(Role.Planner);

        var refused = await planner.PostFormAsync("/scheduling", "/scheduling?handler=Blackout",
            new() { ["title"] = "", ["firstDay"] = "2031-08-12", ["lastDay"] = "2031-08-10", ["partyId"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"title\"", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"lastDay\"", page, StringComparison.Ordinal);

        var added = await planner.PostFormAsync("/scheduling", "/scheduling?handler=Blackout",
            new() { ["title"] = "Secretariat relocation", ["firstDay"] = "2031-08-10", ["lastDay"] = "2031-08-12", ["partyId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var blackout = (await api.GetJsonAsync("/api/blackouts")).AsArray().Single(b => b!["title"]!.GetValue<string>() == "Secretariat relocation")!;
        Assert.Equal("2031-08-12", blackout["lastDay"]!.GetValue<string>());
        var id = blackout["id"]!.GetValue<long>();
        var list = await planner.GetStringAsync("/scheduling");
        Assert.Contains($"data-blackout=\"{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("All events", list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostFormAsync("/scheduling", "/scheduling?handler=RemoveBlackout", new() { ["id"] = $"{id}", ["version"] = "9" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync("/scheduling", "/scheduling?handler=RemoveBlackout", new() { ["id"] = $"{id}", ["version"] = "1" })).StatusCode);
        Assert.DoesNotContain((await api.GetJsonAsync("/api/blackouts")).AsArray(), b => b!["id"]!.GetValue<long>() == id);
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.DoesNotContain("add-blackout", await viewer.GetStringAsync("/scheduling"), StringComparison.Ordinal);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class HolidayTestsOnPostgres(PostgresDemoFixture demo) : HolidayTests(demo), IClassFixture<PostgresDemoFixture>;
