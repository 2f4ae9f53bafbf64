using System.Net;
using System.Text;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>Planners build the MSEL from the exercise page: an inject typed in, or a CSV file uploaded (all rows or none).</summary>
public sealed class MselPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private async Task<(HttpClient Api, long Id, string Page)> NorakAsync()
    {
        var api = await App.ClientAsync();
        var id = await api.EventIdAsync("Norak-Antiterror 2009");
        return (api, id, $"/exercises/{id}");
    }

    private static async Task<int[]> NumbersAsync(HttpClient api, long id) =>
        (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string csv)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebForms.Token(await client.GetStringAsync(page))), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "msel.csv" },
        };
        return await client.PostAsync(page + "?handler=Import", form);
    }

    [Fact]
    public async Task A_planner_adds_an_inject_and_one_outside_the_exercise_is_refused_at_its_field()
    {
        var (api, id, page) = await NorakAsync();
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        Dictionary<string, string> Inject(string number, string time) => new()
        {
            ["number"] = number, ["scenarioTime"] = time, ["from"] = "Exercise control", ["to"] = "National groups",
            ["method"] = "Radio", ["message"] = "Second group of hostage-takers reported", ["expectedAction"] = "Reinforce the cordon", ["controller"] = "Cell B",
        };

        var late = await planner.PostFormAsync(page, page + "?handler=Inject", Inject("40", "2009-05-30T10:00"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"field-error\" data-field=\"scenarioTime\">", html, StringComparison.Ordinal);
        Assert.Contains("Second group of hostage-takers reported</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(40, await NumbersAsync(api, id));

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=Inject", Inject("40", "2009-04-18T12:00"))).StatusCode);
        var added = (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray().Single(i => i!["number"]!.GetValue<int>() == 40)!;
        Assert.Equal(("2009-04-18T12:00", "pending"), (added["scenarioTime"]!.GetValue<string>(), added["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_is_refused_row_by_row_and_a_good_one_adds_every_inject()
    {
        var (api, id, page) = await NorakAsync();
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var before = await NumbersAsync(api, id);

        var bad = await UploadAsync(planner, page, "number,scenarioTime,from,to\n50,2009-04-18 12:00,Border post,Joint headquarters\n51,tomorrow,Media,Press centre\n");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("<li>Row 2, scenarioTime: ", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await NumbersAsync(api, id));

        var good = await UploadAsync(planner, page, "number,scenarioTime,from,to\n50,2009-04-18 12:00,Border post,Joint headquarters\n51,2009-04-18 12:30,Media,Press centre\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(before.Append(50).Append(51).Order(), (await NumbersAsync(api, id)).Order());

        var controller = await WebForms.SignedInAsync(App, Role.Controller);
        Assert.DoesNotContain("id=\"import-msel\"", await controller.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(controller, page, "number,scenarioTime,from,to\n60,2009-04-18 12:00,A,B\n")).StatusCode);
    }
}
