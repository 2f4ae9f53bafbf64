using System.Net;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>A new exercise gets its plan from the page: type, sending parties, stages and the rest.</summary>
public sealed class PlanPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    /// <summary>A new exercise event at the Matybulak range, hosted by Kazakhstan, with no plan yet.</summary>
    private static async Task<long> ExerciseAsync(HttpClient api, string name, int year)
    {
        var venue = (await api.GetJsonAsync("/api/venues?q=Matybulak")).AsArray()[0]!["id"]!.GetValue<long>();
        return (await api.PostJsonAsync("/api/events", new
        {
            kind = "exercise", title = new { en = $"Joint exercise \"{name}\"" }, venueId = venue,
            start = $"{year}-08-20T08:00", end = $"{year}-08-24T18:00", hostPartyId = await api.PartyIdAsync("KAZ"),
        }, 201))["id"]!.GetValue<long>();
    }

    [Fact]
    public async Task A_planner_records_an_objective_a_finding_and_its_corrective_action_from_the_page()
    {
        var api = await demo.App.ClientAsync();
        var id = await ExerciseAsync(api, "Interaction 2029", 2029);
        var page = $"/exercises/{id}";
        var planner = await WebForms.SignedInAsync(demo.App, Role.Planner);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=Plan", new() { ["type"] = "drill" })).StatusCode);
        var capability = (await api.GetJsonAsync("/api/capabilities")).AsArray()[0]!["id"]!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=Objective", new()
        {
            ["textEn"] = "Organise joint command of the groups within four hours", ["textRu"] = "Организовать единое управление группами в течение четырёх часов",
            ["textZh"] = "四小时内组织对各小组的统一指挥",
            ["capabilityIds"] = capability,
        })).StatusCode);
        var objective = (await api.GetJsonAsync($"/api/events/{id}/exercise/objectives")).AsArray().Single()!["id"]!.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=Finding", new()
        {
            ["objectiveId"] = objective, ["kind"] = "areaForImprovement", ["textEn"] = "Radio networks of the groups were not compatible",
            ["textZh"] = "各小组无线电网络互不兼容", ["rootCauseEn"] = "No agreed frequency plan", ["rootCauseRu"] = "Нет согласованного плана частот",
        })).StatusCode);
        var finding = (await api.GetJsonAsync($"/api/events/{id}/exercise/evaluation")).AsArray().Single()!["findings"]!.AsArray().Single()!["id"]!.ToString();
        var action = new Dictionary<string, string>
        {
            ["findingId"] = finding, ["textEn"] = "Agree a joint frequency plan", ["textRu"] = "Согласовать единый план частот", ["element"] = "equipment",
            ["responsiblePartyId"] = (await api.PartyIdAsync("KAZ")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pointOfContactEn"] = "Signals directorate", ["pointOfContactZh"] = "通信部", ["startOn"] = "2029-09-01", ["dueOn"] = "not a date",
        };
        var refused = await planner.PostFormAsync(page, page + "?handler=CorrectiveAction", action);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-field=\"dueOn\">Enter a date such as 2027-04-15.</span>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        action["dueOn"] = "2029-12-31";
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=CorrectiveAction", action)).StatusCode);
        var planned = (await api.GetJsonAsync($"/api/events/{id}/exercise/improvement-plan")).AsArray().Single()!;
        Assert.Equal(("Agree a joint frequency plan", "Согласовать единый план частот", "2029-12-31", "open"),
            (planned["text"]!["en"]!.GetValue<string>(), planned["text"]!["ru"]!.GetValue<string>(), planned["dueOn"]!.GetValue<string>(), planned["status"]!.GetValue<string>()));
        Assert.Equal("通信部", planned["pointOfContact"]!["zh"]!.GetValue<string>());
        // A text typed without its Chinese is listed on the exercise page as untranslated.
        var listed = await planner.GetStringAsync(page);
        Assert.Contains($"data-field=\"finding.rootCause\" data-id=\"{finding}\"", listed, StringComparison.Ordinal);
        var evaluated = (await api.GetJsonAsync($"/api/events/{id}/exercise/evaluation")).AsArray().Single()!;
        Assert.Equal("四小时内组织对各小组的统一指挥", evaluated["objective"]!["text"]!["zh"]!.GetValue<string>());
        Assert.Equal(("各小组无线电网络互不兼容", "Нет согласованного плана частот"),
            (evaluated["findings"]![0]!["text"]!["zh"]!.GetValue<string>(), evaluated["findings"]![0]!["rootCause"]!["ru"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_planner_writes_the_plan_of_a_new_exercise_and_bad_stages_save_nothing()
    {
        var api = await demo.App.ClientAsync();
        var id = await ExerciseAsync(api, "Interaction 2028", 2028);
        var page = $"/exercises/{id}";
        var planner = await WebForms.SignedInAsync(demo.App, Role.Planner);
        Assert.Contains("id=\"plan-form\"", await planner.GetStringAsync(page), StringComparison.Ordinal);
        var kgz = (await api.PartyIdAsync("KGZ")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rus = (await api.PartyIdAsync("RUS")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        async Task<HttpResponseMessage> PostAsync(string lastDay)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("type", "fullScale"), new("sendingPartyIds", kgz), new("sendingPartyIds", rus),
                new("stageEn", "Planning of the operation"), new("stageRu", "Планирование операции"), new("stageZh", "行动筹划"), new("stageFrom", "2028-08-20"),
                new("stageTo", lastDay),
                new("stageEn", ""), new("stageRu", ""), new("stageZh", ""), new("stageFrom", ""), new("stageTo", ""),
                new("scopeEn", "Field exercise of the special forces of three member states"), new("scopeZh", "三个成员国特种部队实兵演习"),
                new("markingEn", "For official use only"), new("markingRu", "Для служебного пользования"), new("markingZh", "内部资料"),
                new("__RequestVerificationToken", WebForms.Token(await planner.GetStringAsync(page))),
            };
            using var form = new FormUrlEncodedContent(fields);
            return await planner.PostAsync(page + "?handler=Plan", form);
        }

        var reversed = await PostAsync("2028-08-19");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reversed.StatusCode);
        Assert.Contains("data-field=\"stages[0].lastDay\"", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/events/{id}/exercise")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("2028-08-21")).StatusCode);
        var plan = await api.GetJsonAsync($"/api/events/{id}/exercise");
        Assert.Equal("fullScale", plan["type"]!.GetValue<string>());
        Assert.Equal(["KGZ", "RUS"], plan["sendingParties"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()).Order());
        Assert.Equal(("Планирование операции", "行动筹划"), (plan["stages"]![0]!["name"]!["ru"]!.GetValue<string>(), plan["stages"]![0]!["name"]!["zh"]!.GetValue<string>()));
        Assert.Equal(("Field exercise of the special forces of three member states", "", "三个成员国特种部队实兵演习"),
            (plan["scope"]!["en"]!.GetValue<string>(), plan["scope"]!["ru"]!.GetValue<string>(), plan["scope"]!["zh"]!.GetValue<string>()));
        Assert.Equal(("For official use only", "Для служебного пользования", "内部资料"),
            (plan["marking"]!["en"]!.GetValue<string>(), plan["marking"]!["ru"]!.GetValue<string>(), plan["marking"]!["zh"]!.GetValue<string>()));
        Assert.Single(plan["stages"]!.AsArray());
        Assert.Equal("KAZ", plan["receivingParty"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_plan_joins_its_lists_as_the_page_language_does()
    {
        var api = await demo.App.ClientAsync();
        var norak = $"/exercises/{await api.EventIdAsync("Norak-Antiterror 2009")}";
        var viewer = await WebForms.SignedInAsync(demo.App, Role.Viewer);

        await viewer.GetAsync("/language/zh?back=%2F");
        Assert.Contains("哈萨克斯坦、中国、吉尔吉斯斯坦、俄罗斯、乌兹别克斯坦", System.Net.WebUtility.HtmlDecode(await viewer.GetStringAsync(norak)), StringComparison.Ordinal);
        await viewer.GetAsync("/language/ru?back=%2F");
        Assert.Contains("Казахстан, Китай, Кыргызстан, Россия, Узбекистан", System.Net.WebUtility.HtmlDecode(await viewer.GetStringAsync(norak)), StringComparison.Ordinal);
    }
}
