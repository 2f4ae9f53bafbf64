using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Documents;

public sealed class OutcomeApiTests : IDisposable
{
    private readonly PlannerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Demo_outcome_has_numbered_decisions_and_signatories_in_precedence_order()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var id = await client.EventIdAsync("40th meeting");
        var outcome = await client.GetJsonAsync($"/api/events/{id}/outcome");
        Assert.Equal([1, 2, 3], outcome["decisions"]!.AsArray().Select(d => d!["number"]!.GetValue<int>()));
        var protocol = outcome["documents"]!.AsArray().Single(d => d!["adoption"]!.GetValue<string>() == "signed")!;
        Assert.Equal(["Индия", "Иран", "Казахстан", "Китай", "Кыргызстан", "Пакистан", "Россия", "Таджикистан", "Узбекистан"],
            protocol["signatories"]!.AsArray().Select(s => s!["party"]!["ru"]!.GetValue<string>()));
        Assert.Single(outcome["documents"]!.AsArray(), d => d!["adoption"]!.GetValue<string>() == "adoptedWithoutSigning" && d["signatories"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task Decisions_are_added_changed_with_their_version_and_deleted()
    {
        var client = await _app.ClientAsync(Role.Planner);
        var id = await client.EventIdAsync("44th meeting");
        var outcome = await client.PostJsonAsync($"/api/events/{id}/outcome/decisions",
            new { title = new { en = "On a workshop in India", ru = "О семинаре в Индии" }, text = new { en = "To be held in 2026." } }, 201);
        var decision = outcome["decisions"]![0]!;
        Assert.Equal(1, decision["number"]!.GetValue<int>());
        var decisionId = decision["id"]!.GetValue<long>();

        outcome = await client.PutJsonAsync($"/api/events/{id}/outcome/decisions/{decisionId}",
            new { title = new { en = "On a workshop in New Delhi" }, version = 1 }, 200);
        Assert.Equal("On a workshop in New Delhi", outcome["decisions"]![0]!["title"]!["en"]!.GetValue<string>());
        await client.PutJsonAsync($"/api/events/{id}/outcome/decisions/{decisionId}", new { title = new { en = "Stale" }, version = 1 }, 409);
        await client.PutJsonAsync($"/api/events/{id}/outcome/decisions/{decisionId}", new { title = new { en = "" }, version = 2 }, 422);

        var text = PdfRead.Text(await (await client.GetAsync($"/api/events/{id}/documents/outcome.pdf?lang=ru")).Content.ReadAsByteArrayAsync());
        Assert.Contains("1. On a workshop in New Delhi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[en]", text, StringComparison.Ordinal);
        Assert.Contains("Часть текста приводится на английском языке: перевод отсутствует.", text, StringComparison.Ordinal);

        var response = await client.DeleteAsync($"/api/events/{id}/outcome/decisions/{decisionId}?version=2");
        Assert.Empty((await response.JsonAsync(200))["decisions"]!.AsArray());
    }

    [Fact]
    public async Task Only_member_states_sign_and_through_their_own_people()
    {
        var client = await _app.ClientAsync(Role.Planner);
        var id = await client.EventIdAsync("40th meeting");
        var mongolia = await client.PartyIdAsync("MNG");
        var russia = await client.PartyIdAsync("RUS");
        var people = (await client.GetJsonAsync("/api/people")).AsArray();
        long PersonOf(long party) => people.First(p => p!["partyId"]!.GetValue<long>() == party)!["id"]!.GetValue<long>();

        var problem = await client.PostJsonAsync($"/api/events/{id}/outcome/documents", new
        {
            title = new { en = "Memorandum" },
            adoption = "signed",
            signatories = new object[] { new { partyId = mongolia, personId = PersonOf(mongolia) }, new { partyId = russia, personId = PersonOf(mongolia) } },
        }, 422);
        Assert.NotNull(problem["errors"]!["signatories[0].partyId"]);
        Assert.NotNull(problem["errors"]!["signatories[1].personId"]);

        problem = await client.PostJsonAsync($"/api/events/{id}/outcome/documents",
            new { title = new { en = "Statement" }, adoption = "adoptedWithoutSigning", signatories = new[] { new { partyId = russia, personId = PersonOf(russia) } } }, 422);
        Assert.NotNull(problem["errors"]!["signatories"]);

        await client.PostJsonAsync($"/api/events/{id}/outcome/documents", new { title = new { en = "Memorandum" }, adoption = "signed" }, 422);

        var viewer = await _app.ClientAsync(Role.Viewer);
        Assert.Equal(403, (int)(await viewer.PostAsync($"/api/events/{id}/outcome/decisions", null)).StatusCode);
    }
}
