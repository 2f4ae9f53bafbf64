using System.Net;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>A new exercise gets its plan from the page: type, sending parties, stages and the rest.</summary>
public sealed class PlanPageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_planner_writes_the_plan_of_a_new_exercise_and_bad_stages_save_nothing()
    {
        var api = await demo.App.ClientAsync();
        var venue = (await api.GetJsonAsync("/api/venues?q=Matybulak")).AsArray()[0]!["id"]!.GetValue<long>();
        var id = (await api.PostJsonAsync("/api/events", new
        {
            kind = "exercise", title = new { en = "Joint exercise \"Interaction 2028\"" }, venueId = venue,
            start = "2028-08-20T08:00", end = "2028-08-24T18:00", hostPartyId = await api.PartyIdAsync("KAZ"),
        }, 201))["id"]!.GetValue<long>();
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
                new("stageEn", "Planning of the operation"), new("stageRu", "Планирование операции"), new("stageFrom", "2028-08-20"), new("stageTo", lastDay),
                new("stageEn", ""), new("stageRu", ""), new("stageFrom", ""), new("stageTo", ""),
                new("scope", "Field exercise of the special forces of three member states"), new("marking", "For official use only"),
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
        Assert.Equal("Планирование операции", plan["stages"]![0]!["name"]!["ru"]!.GetValue<string>());
        Assert.Single(plan["stages"]!.AsArray());
        Assert.Equal("KAZ", plan["receivingParty"]!["code"]!.GetValue<string>());
    }
}
