using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Planner.Access;
using Planner.Tests.Support;
using Planner.Web;

namespace Planner.Tests.Translations;

/// <summary>A delegate's function in the delegation is stored in en, ru and zh and shown in the reader's language.</summary>
public sealed class DelegateFunctionTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    private static async Task<long> VersionAsync(HttpClient client, long eventId, long party) =>
        (await client.GetJsonAsync($"/api/events/{eventId}/delegations/{party}"))["version"]!.GetValue<long>();

    [Fact]
    public async Task A_function_goes_in_as_three_languages_or_a_plain_English_string_and_comes_back_as_the_object()
    {
        var client = await _app.ClientAsync();
        var eventId = await client.EventIdAsync("44th meeting");
        var kaz = await client.PartyIdAsync("KAZ");
        var people = (await client.GetJsonAsync($"/api/people?party={kaz}")).AsArray().Select(p => p!["id"]!.GetValue<long>()).ToList();
        var version = await VersionAsync(client, eventId, kaz);

        var saved = await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}", new
        {
            head = new { personId = people[0], function = new { en = "Deputy head", ru = "Заместитель главы делегации", zh = "代表团副团长" } },
            members = new[] { new { personId = people[1], function = (object)"Expert" } },
            version,
        }, 200);
        var head = saved["members"]![0]!["function"]!;
        Assert.Equal(("Deputy head", "Заместитель главы делегации", "代表团副团长"),
            (head["en"]!.GetValue<string>(), head["ru"]!.GetValue<string>(), head["zh"]!.GetValue<string>()));
        var member = saved["members"]![1]!["function"]!;
        Assert.Equal(("Expert", "", ""), (member["en"]!.GetValue<string>(), member["ru"]!.GetValue<string>(), member["zh"]!.GetValue<string>()));

        // The plain "Expert" has no Russian: it is listed, by the person it belongs to; the head's is not.
        var ru = (await client.GetJsonAsync($"/api/events/{eventId}/translations?lang=ru")).AsArray()
            .Where(t => t!["field"]!.GetValue<string>() == "delegate.function").Select(t => (t!["entity"]!.GetValue<string>(), t["id"]!.GetValue<long>()));
        Assert.Equal([("delegate", people[1])], ru);

        // The Russian event page shows the Russian function, the English one where there is none.
        var russian = await _app.ClientAsync(Role.Viewer);
        russian.DefaultRequestHeaders.Add("Cookie", $"{WebContext.LanguageCookie}=ru");
        var page = await russian.GetStringAsync($"/events/{eventId}");
        Assert.Contains("(Заместитель главы делегации)", page, StringComparison.Ordinal);
        Assert.Contains("(Expert)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(Deputy head)", page, StringComparison.Ordinal);

        // A Russian text without its English one is refused at its field.
        var bad = await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}", new
        {
            head = new { personId = people[0], function = new { ru = "Эксперт" } }, version = saved["version"]!.GetValue<long>(),
        }, 422);
        Assert.Equal("head.function.en", bad["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_demo_gives_every_function_in_Russian_and_Chinese_and_the_Russian_page_shows_them()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var eventId = await client.EventIdAsync("40th meeting");
        var kaz = await client.PartyIdAsync("KAZ");
        var members = (await client.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}"))["members"]!.AsArray();
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.True(m!["function"]!["ru"]!.GetValue<string>().Length > 0 && m["function"]!["zh"]!.GetValue<string>().Length > 0));
        Assert.Equal("代表团团长", members[0]!["function"]!["zh"]!.GetValue<string>());
        Assert.Equal("Член делегации", members[1]!["function"]!["ru"]!.GetValue<string>());

        client.DefaultRequestHeaders.Add("Cookie", $"{WebContext.LanguageCookie}=ru");
        var page = await client.GetStringAsync($"/events/{eventId}");
        Assert.Contains("(Член делегации)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("of delegation)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(
            (await client.GetJsonAsync($"/api/events/{eventId}/translations?lang=zh")).AsArray(), t => t!["field"]!.GetValue<string>() == "delegate.function");
    }

    [Fact]
    public async Task The_delegate_list_carries_the_functions_and_an_import_without_those_columns_keeps_them()
    {
        var client = await _app.ClientAsync();
        var eventId = await client.EventIdAsync("47th meeting");
        var kaz = await client.PartyIdAsync("KAZ");
        var person = (await client.GetJsonAsync($"/api/people?party={kaz}")).AsArray()[0]!["id"]!.GetValue<long>();
        var version = await VersionAsync(client, eventId, kaz);
        var before = await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}", new
        {
            head = new { personId = person, function = new { en = "Expert", ru = "Эксперт", zh = "专家" } }, version,
        }, 200);
        var name = before["members"]![0]!["name"]!["en"]!.GetValue<string>();

        var response = await client.GetAsync($"/api/events/{eventId}/participants.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var row = workbook.Worksheets.SelectMany(s => s.RangeUsed()!.RowsUsed()).Single(r => r.Cell(1).GetString() == "KAZ");
        Assert.Equal(("Expert", "Эксперт", "专家"), (row.Cell(10).GetString(), row.Cell(11).GetString(), row.Cell(12).GetString()));

        async Task<HttpStatusCode> ImportAsync(string csv)
        {
            using var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            body.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
            return (await client.PostAsync($"/api/events/{eventId}/delegates/import", body)).StatusCode;
        }

        var cut = name.LastIndexOf(' ');
        var line = $"KAZ,{name[(cut + 1)..]},{name[..cut]},head";
        Assert.Equal(HttpStatusCode.OK, await ImportAsync($"party,familyName,givenName,role\n{line}\n"));
        var kept = (await client.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}"))["members"]![0]!["function"]!;
        Assert.Equal(("Expert", "Эксперт", "专家"), (kept["en"]!.GetValue<string>(), kept["ru"]!.GetValue<string>(), kept["zh"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.OK, await ImportAsync($"party,familyName,givenName,role,functionEn,functionRu,functionZh\n{line},Adviser,Советник,顾问\n"));
        var changed = (await client.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}"))["members"]![0]!["function"]!;
        Assert.Equal(("Adviser", "Советник", "顾问"), (changed["en"]!.GetValue<string>(), changed["ru"]!.GetValue<string>(), changed["zh"]!.GetValue<string>()));
    }
}
