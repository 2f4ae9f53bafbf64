using System.Text.Json.Nodes;
using Dapper;
using Planner.Tests.Support;
using UglyToad.PdfPig.Content;

namespace Planner.Tests.Documents.Protocol;

/// <summary>Nameplates and the seating plan: who sits where, by the event's rule, and who has left the table.</summary>
public sealed class SeatingAndPlatesTests(ProtocolFixture host) : IClassFixture<ProtocolFixture>
{
    /// <summary>The 47th meeting's member states in the order of precedence (Russian alphabetical).</summary>
    private static readonly string[] Members = ["BLR", "IND", "IRN", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"];

    [Fact]
    public async Task Nameplates_are_tent_cards_one_per_party_in_precedence_the_upper_half_upside_down()
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var pages = PdfRead.Pages(await api.GetByteArrayAsync($"/api/events/{id}/documents/nameplates.pdf?lang=ru&second=zh"));

        // Ten member states, the observer and the secretariat; each sheet A4 landscape.
        Assert.Equal(12, pages.Count);
        Assert.All(pages, p => Assert.True(p.Width > p.Height && Math.Abs(p.Width - 841.89) < 1, $"page {p.Number} is {p.Width}×{p.Height}"));
        PdfRead.InOrderAcrossLines(string.Concat(pages.Select(p => p.Text)), "Беларусь", "Индия", "Иран", "Казахстан", "Китай", "Кыргызстан", "Пакистан",
            "Россия", "Таджикистан", "Узбекистан", "Монголия", "Исполнительный комитет РАТС ШОС");
        var kazakhstan = pages[3];
        // Lower half upright (PDF y grows upwards), upper half turned 180°: the name and its Chinese beneath on both.
        Assert.Contains("哈萨克斯坦", kazakhstan.Text, StringComparison.Ordinal);
        var lower = kazakhstan.Letters.Where(l => l.StartBaseLine.Y < kazakhstan.Height / 2).ToList();
        var upper = kazakhstan.Letters.Where(l => l.StartBaseLine.Y > kazakhstan.Height / 2).ToList();
        Assert.Equal("Казахстан哈萨克斯坦", string.Concat(lower.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lower, l => Assert.Equal(TextOrientation.Horizontal, l.TextOrientation));
        Assert.All(upper, l => Assert.Equal(TextOrientation.Rotate180, l.TextOrientation));
        Assert.Equal(lower.Count, upper.Count);
        // The name is as large as fits: far larger than the second language beneath.
        Assert.True(lower.First(l => l.Value == "К").PointSize > 2 * lower.First(l => l.Value == "哈").PointSize);

        var chair = await ChairCodeAsync(api, id);
        var chairPage = pages[Array.IndexOf(Members, chair)];
        Assert.Contains("Председатель", chairPage.Text, StringComparison.Ordinal);
        Assert.Single(pages, p => p.Text.Contains("Председатель", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seating_by_default_puts_members_clockwise_from_the_chair_with_the_secretariat_beside_and_alternates_on_request()
    {
        var api = await host.App.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        var chair = await ChairCodeAsync(api, id);
        var seating = await api.GetJsonAsync($"/api/events/{id}/seating");
        Assert.Equal("round", seating["shape"]!.GetValue<string>());
        Assert.Equal(0, seating["version"]!.GetValue<long>());
        var others = Members.Where(m => m != chair).ToList();
        // Seats clockwise from the head: the chair, the members in precedence, the secretariat (at the chair's other hand), then the observer's table.
        Assert.Equal([chair, .. others, "RATS", "MNG"], Codes(seating));

        var changed = await api.PutJsonAsync($"/api/events/{id}/seating", new { shape = "u", rule = "alternating", version = 0 }, 200);
        Assert.Equal(1, changed["version"]!.GetValue<long>());
        var alternating = Codes(await api.GetJsonAsync($"/api/events/{id}/seating"));
        // The first in precedence at the chair's right (the last seat clockwise), the second at the left after the secretariat, …
        Assert.Equal(chair, alternating[0]);
        Assert.Equal("RATS", alternating[1]);
        Assert.Equal(others[0], alternating[^2]);
        Assert.Equal(others[1], alternating[2]);
        Assert.Equal(others[2], alternating[^3]);

        var stale = await api.PutJsonAsync($"/api/events/{id}/seating", new { shape = "round", rule = "clockwise", version = 0 }, 409);
        Assert.NotNull(stale["errors"]!["version"]);
        var wrong = await (await api.PutAsync($"/api/events/{id}/seating", JsonContent("""{"shape":"oval","rule":"clockwise","version":1}"""))).JsonAsync(400);
        Assert.Contains("shape", wrong.ToJsonString(), StringComparison.Ordinal);
        await api.PutJsonAsync($"/api/events/{id}/seating", new { shape = "round", rule = "clockwise", version = 1 }, 200);
    }

    [Fact]
    public async Task Seating_plan_names_each_delegation_in_the_documents_language_with_observers_and_organisations_apart()
    {
        var api = await host.App.ClientAsync();
        var conference = await api.EventIdAsync("5th scientific-practical conference");
        var ru = PdfRead.Pages(await api.GetByteArrayAsync($"/api/events/{conference}/documents/seating.pdf?lang=ru"));
        var page = Assert.Single(ru);
        Assert.True(page.Width > page.Height);
        PdfRead.InOrderAcrossLines(page.Text, "План рассадки", "5-я научно-практическая конференция РАТС ШОС");
        foreach (var name in new[] { "Казахстан", "Китай", "Исполнительный комитет РАТС ШОС", "Государства-наблюдатели", "Монголия", "Международные организации",
            "Антитеррористический центр СНГ", "Секретариат ОДКБ" })
            Assert.Contains(Unbroken(name), Unbroken(page.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("KAZ", page.Text, StringComparison.Ordinal);

        var zh = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{conference}/documents/seating.pdf?lang=zh"));
        Assert.Contains("座次图", zh, StringComparison.Ordinal);
        Assert.Contains("哈萨克斯坦", zh, StringComparison.Ordinal);
        Assert.DoesNotMatch("[А-Яа-я]", zh);
    }

    [Fact]
    public async Task A_party_that_declined_leaves_its_seat_and_its_nameplate()
    {
        using var app = ProtocolFixture.NewApp();
        var api = await app.ClientAsync();
        var id = await api.EventIdAsync("47th meeting");
        await api.PostJsonAsync($"/api/events/{id}/invitations", new { }, 200);
        var pak = await api.PartyIdAsync("PAK");
        await app.Db.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE invitation SET state = 'declined' WHERE event_id = @id AND party_id = @pak", new { id, pak }, tx));

        Assert.DoesNotContain("PAK", Codes(await api.GetJsonAsync($"/api/events/{id}/seating")));
        var seating = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/seating.pdf?lang=en"));
        Assert.Contains("Kazakhstan", seating, StringComparison.Ordinal);
        Assert.DoesNotContain("Pakistan", seating, StringComparison.Ordinal);
        var plates = PdfRead.Pages(await api.GetByteArrayAsync($"/api/events/{id}/documents/nameplates.pdf?lang=en"));
        Assert.Equal(11, plates.Count);
        Assert.DoesNotContain(plates, p => p.Text.Contains("Pakistan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nameplates_of_an_event_without_parties_are_refused_with_a_reason_in_the_readers_language()
    {
        var api = await host.App.ClientAsync();
        var workshop = await api.EventIdAsync("Concept and objectives meeting");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/events/{workshop}/documents/nameplates.pdf?lang=ru");
        request.Headers.AcceptLanguage.ParseAdd("ru");
        using var response = await api.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("nameplates.noParties", problem["code"]!.GetValue<string>());
        Assert.StartsWith("У мероприятия пока нет участвующих сторон", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static List<string> Codes(JsonNode seating) => seating["seats"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()).ToList();

    private static async Task<string> ChairCodeAsync(HttpClient api, long eventId)
    {
        var chairId = (await api.GetJsonAsync($"/api/events/{eventId}"))["chairPartyId"]!.GetValue<long>();
        return (await api.GetJsonAsync($"/api/parties/{chairId}"))["code"]!.GetValue<string>();
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>A name as read off a plate or the plan, without the spaces and hyphens of its line breaks (a long word is hyphenated).</summary>
    private static string Unbroken(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
