using System.Net;
using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The agenda editor on the event page: items changed in en/ru/zh with speakers, removed; sessions renamed; move buttons name the day.</summary>
public sealed class AgendaEditorTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    [Fact]
    public async Task Items_are_changed_in_three_languages_with_speakers_and_removed_and_sessions_renamed()
    {
        var api = await App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        async Task<JsonObject> FirstSessionAsync() => (await api.GetJsonAsync($"/api/events/{id}/agenda"))["days"]![0]!["sessions"]![0]!.AsObject();

        var page = WebUtility.HtmlDecode(await planner.GetStringAsync($"/events/{id}"));
        Assert.Contains("→ 15 April 2027 ", page, StringComparison.Ordinal); // the move buttons name the day

        var session = await FirstSessionAsync();
        var sid = session["id"]!.GetValue<long>();
        var count = session["items"]!.AsArray().Count;
        var speaker = (await api.GetJsonAsync("/api/people")).AsArray()[0]!["id"]!.GetValue<long>();
        using var change = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", WebForms.Token(page)), new("sessionId", $"{sid}"), new("version", $"{session["version"]}"), new("position", "1"),
            new("titleEn", "Opening of the meeting"), new("titleRu", "Открытие заседания"), new("titleZh", "会议开幕"), new("notes", ""), new("speakers", $"{speaker}"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostAsync($"/events/{id}?handler=ChangeItem", change)).StatusCode);
        session = await FirstSessionAsync();
        var first = session["items"]![0]!;
        Assert.Equal("会议开幕", first["title"]!["zh"]!.GetValue<string>());
        Assert.Equal(speaker, first["speakers"]![0]!["personId"]!.GetValue<long>());

        var stale = await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=RemoveItem", new() { ["sessionId"] = $"{sid}", ["version"] = "1", ["position"] = "1" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=RemoveItem",
            new() { ["sessionId"] = $"{sid}", ["version"] = $"{session["version"]}", ["position"] = "1" })).StatusCode);
        session = await FirstSessionAsync();
        Assert.Equal(count - 1, session["items"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=Session", new()
        {
            ["sessionId"] = $"{sid}", ["version"] = $"{session["version"]}", ["titleEn"] = "Restricted session", ["titleRu"] = "Заседание в узком составе",
            ["titleZh"] = "小范围会议", ["start"] = session["start"]!.GetValue<string>()[..16], ["end"] = session["end"]!.GetValue<string>()[..16], ["room"] = "", ["chairPersonId"] = "",
        })).StatusCode);
        Assert.Equal("小范围会议", (await FirstSessionAsync())["title"]!["zh"]!.GetValue<string>());
    }
}
