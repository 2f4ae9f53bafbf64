using System.Globalization;
using System.Net;
using Planner.Access;
using Planner.Tests.Support;
using Planner.Tests.Web;

namespace Planner.Tests.Parties;

/// <summary>The directory edits each party's addressee of notes verbales; the API returns it with the party.</summary>
public sealed class AddresseeFormTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_planner_writes_the_addressee_in_three_languages_and_a_stale_form_is_refused_saving_nothing()
    {
        var api = await demo.App.ClientAsync();
        var planner = await WebForms.SignedInAsync(demo.App, Role.Planner);
        var party = await api.GetJsonAsync($"/api/parties/{await api.PartyIdAsync("ARM")}");
        var id = party["id"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);
        var version = party["version"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);

        var page = await planner.GetStringAsync("/directory?q=ARM");
        Assert.Contains("Министерству иностранных дел Республики Армения", page, StringComparison.Ordinal);
        var saved = await planner.PostFormAsync("/directory?q=ARM", "/directory?handler=Addressee", new()
        {
            ["partyId"] = id, ["version"] = version, ["addresseeEn"] = "the Embassy of the Republic of Armenia in Tashkent",
            ["addresseeRu"] = "Посольству Республики Армения в Республике Узбекистан", ["addresseeZh"] = "亚美尼亚共和国驻乌兹别克斯坦大使馆",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await api.GetJsonAsync($"/api/parties/{id}");
        Assert.Equal("Посольству Республики Армения в Республике Узбекистан", changed["addressee"]!["ru"]!.GetValue<string>());
        Assert.Equal("亚美尼亚共和国驻乌兹别克斯坦大使馆", changed["addressee"]!["zh"]!.GetValue<string>());

        var stale = await planner.PostFormAsync("/directory?q=ARM", "/directory?handler=Addressee", new()
        {
            ["partyId"] = id, ["version"] = version, ["addresseeEn"] = "", ["addresseeRu"] = "Министерству", ["addresseeZh"] = "",
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("<div class=\"problem\" role=\"alert\">", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(changed["addressee"]!.ToJsonString(), (await api.GetJsonAsync($"/api/parties/{id}"))["addressee"]!.ToJsonString());
    }
}
