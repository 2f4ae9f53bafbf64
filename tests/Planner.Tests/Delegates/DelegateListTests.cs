using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Planner.Access;
using Planner.Delegates;
using Planner.Tests.Support;

namespace Planner.Tests.Delegates;

/// <summary>Delegate lists as a secretariat exchanges them: a workbook out, a workbook or CSV back in.</summary>
public sealed class DelegateListTests
{
    private static async Task<XLWorkbook> ExportAsync(HttpClient client, long eventId)
    {
        var response = await client.GetAsync($"/api/events/{eventId}/participants.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DelegateEndpoints.XlsxType, response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, long eventId, byte[] content, string type)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return await client.PostAsync($"/api/events/{eventId}/delegates/import", body);
    }

    [Fact]
    public async Task The_list_goes_out_a_sheet_per_group_in_precedence_and_comes_back_in_unchanged_and_with_a_new_member()
    {
        using var app = new PlannerApp();
        var viewer = await app.ClientAsync(Role.Viewer);
        var planner = await app.ClientAsync(Role.Planner);
        var eventId = await planner.EventIdAsync("44th meeting");
        var groups = (await viewer.GetJsonAsync($"/api/events/{eventId}/participants")).AsArray().Select(g => g!["role"]!.GetValue<string>()).ToList();

        using var workbook = await ExportAsync(viewer, eventId);
        Assert.Equal(groups, workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(DelegateSheet.Columns, sheet.Row(1).Cells(1, DelegateSheet.Columns.Length).Select(c => c.GetString()));
        var rows = sheet.RangeUsed()!.RowsUsed().Skip(1).ToList();
        Assert.NotEmpty(rows);
        var head = rows.First();
        Assert.Equal("head", head.Cell(9).GetString());
        var code = head.Cell(1).GetString();
        var partyId = await planner.PartyIdAsync(code);
        var before = await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{partyId}");
        var headPerson = before["members"]!.AsArray().Single(m => m!["isHead"]!.GetValue<bool>())!;
        Assert.Equal(headPerson["name"]!["en"]!.GetValue<string>(), $"{head.Cell(3).GetString()} {head.Cell(2).GetString()}");
        Assert.Equal(headPerson["name"]!["ru"]!.GetValue<string>(), head.Cell(4).GetString());
        Assert.Equal(headPerson["title"]!["en"]!.GetValue<string>(), head.Cell(6).GetString());
        Assert.Equal(headPerson["title"]!["ru"]!.GetValue<string>(), head.Cell(7).GetString()); // positions per language
        Assert.Equal(headPerson["title"]!["zh"]!.GetValue<string>(), head.Cell(8).GetString());
        Assert.NotEqual("", head.Cell(7).GetString());

        // Back in as it went out: the same delegation. Then with a new member added under the head.
        byte[] saved;
        using (var stream = new MemoryStream())
        {
            workbook.SaveAs(stream);
            saved = stream.ToArray();
        }

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(planner, eventId, saved, DelegateEndpoints.XlsxType)).StatusCode);
        using var edited = new XLWorkbook(new MemoryStream(saved));
        sheet = edited.Worksheet(1);

        var same = await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{partyId}");
        Assert.Equal(before["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<long>()), same["members"]!.AsArray().Select(m => m!["personId"]!.GetValue<long>()));

        var added = sheet.Row(sheet.LastRowUsed()!.RowNumber() + 1);
        string[] values = [code, "Bekova", "Aigerim", "Бекова Айгерим", "", "Expert", "Эксперт", "专家", "member"];
        for (var c = 0; c < values.Length; c++)
            added.Cell(c + 1).SetValue(values[c]);
        using (var stream = new MemoryStream())
        {
            edited.SaveAs(stream);
            saved = stream.ToArray();
        }

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(planner, eventId, saved, DelegateEndpoints.XlsxType)).StatusCode);

        var after = await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{partyId}");
        Assert.Contains(after["members"]!.AsArray(), m => m!["name"]!["en"]!.GetValue<string>() == "Aigerim Bekova" && m["name"]!["ru"]!.GetValue<string>() == "Бекова Айгерим"
            && m["title"]!["en"]!.GetValue<string>() == "Expert" && m["title"]!["ru"]!.GetValue<string>() == "Эксперт" && m["title"]!["zh"]!.GetValue<string>() == "专家");
        Assert.Equal(before["members"]!.AsArray().Count + 1, after["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_csv_with_faults_is_refused_whole_naming_each_row_and_column()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var eventId = await planner.EventIdAsync("44th meeting");
        var kaz = await planner.PartyIdAsync("KAZ");
        var before = (await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}")).ToJsonString();
        var csv = """
            party,familyName,givenName,nameRu,nameZh,positionEn,positionRu,positionZh,role
            KAZ,Bekova,Aigerim,Айгерим Бекова,,Expert,,,head
            XYZ,Nobody,Some,,,,,,member
            KAZ,Serikov,Arman,,,,,,chief
            KAZ,"Tab\u0001bed",Dana,,,,,,member
            """.Replace("\\u0001", "\u0001", StringComparison.Ordinal);

        var problem = await (await ImportAsync(planner, eventId, System.Text.Encoding.UTF8.GetBytes(csv), "text/csv")).JsonAsync(422);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("rows[1].party", errors);
        Assert.Contains("rows[2].role", errors);
        Assert.Contains("rows[3].familyName", errors);
        Assert.Contains("line 3", problem["errors"]!["rows[1].party"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}")).ToJsonString());

        var good = "party,familyName,givenName,role\nKAZ,Bekova,Aigerim,head\nKAZ,Serikov,Arman,member\n";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(planner, eventId, System.Text.Encoding.UTF8.GetBytes(good), "text/csv")).StatusCode);
        var names = (await planner.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}"))["members"]!.AsArray().Select(m => m!["name"]!["en"]!.GetValue<string>());
        Assert.Equal(["Aigerim Bekova", "Arman Serikov"], names);
    }
}

/// <summary>The event page's form for the same import, posted as a browser posts a file.</summary>
public sealed class DelegateImportPageTests
{
    [Fact]
    public async Task A_planner_imports_a_delegate_list_from_the_event_page_and_a_faulty_one_is_explained_there()
    {
        using var app = new PlannerApp();
        var browser = await Planner.Tests.Web.WebForms.SignedInAsync(app, Role.Planner);
        var api = await app.ClientAsync(Role.Planner);
        var eventId = await api.EventIdAsync("44th meeting");
        var page = await browser.GetStringAsync($"/events/{eventId}");
        Assert.Contains("id=\"import-delegates\"", page, StringComparison.Ordinal);
        Assert.Contains($"/api/events/{eventId}/participants.xlsx", page, StringComparison.Ordinal);

        async Task<HttpResponseMessage> PostAsync(string csv)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(Planner.Tests.Web.WebForms.Token(page)), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "delegates.csv" },
            };
            return await browser.PostAsync($"/events/{eventId}?handler=ImportDelegates", form);
        }

        var refused = await PostAsync("party,familyName,givenName,role\nKAZ,Bekova,Aigerim,chief\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("line 2: role is", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await PostAsync("party,familyName,givenName,role\nKAZ,Bekova,Aigerim,head\n");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var kaz = await api.PartyIdAsync("KAZ");
        var members = (await api.GetJsonAsync($"/api/events/{eventId}/delegations/{kaz}"))["members"]!.AsArray();
        Assert.Equal("Aigerim Bekova", Assert.Single(members)!["name"]!["en"]!.GetValue<string>());
    }
}
