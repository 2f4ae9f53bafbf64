using System.Globalization;
using Dapper;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Documents;

/// <summary>A list of participants of 60 parties and 600 people: many pages, read back page by page.</summary>
public sealed class LongListTests : IDisposable
{
    private readonly PlannerApp _app = new(demo: false);

    public void Dispose() => _app.Dispose();

    /// <summary>Adds an event with <paramref name="parties"/> member parties of ten delegates each; returns its id.</summary>
    private async Task<long> BigEventAsync(int parties)
    {
        await _app.ClientAsync(Role.Viewer);
        return await _app.Db.WriteAsync(async (c, tx) =>
        {
            var venue = await c.ExecuteScalarAsync<long>(
                "INSERT INTO venue (name_en, name_zh, city_en, city_zh, country, time_zone) VALUES ('Hall', '大厅', 'Tashkent', '塔什干', 'Uzbekistan', 'Asia/Tashkent') RETURNING id", null, tx);
            var e = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO event (kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at, status)
                VALUES ('conference', 'Big conference', 'Большая конференция', '', @venue, '2030-05-06T09:00', '2030-05-06T18:00', 1904011200, 1904043600, 'draft')
                RETURNING id
                """, new { venue }, tx);
            for (var p = 0; p < parties; p++)
            {
                // Russian names whose alphabetical order differs from the order of insertion.
                var ru = $"Государство {(char)('Я' - (p % 30))}{p:D2}";
                var party = await c.ExecuteScalarAsync<long>(
                    "INSERT INTO party (code, kind, name_en, name_ru, name_zh) VALUES (@code, 'state', @en, @ru, @zh) RETURNING id",
                    new { code = $"S{p:D2}", en = $"State {p:D2}", ru, zh = $"国家{p:D2}" }, tx);
                await c.ExecuteAsync("INSERT INTO participation (event_id, party_id, role) VALUES (@e, @party, 'member')", new { e, party }, tx);
                for (var k = 0; k < 10; k++)
                {
                    var person = await c.ExecuteScalarAsync<long>(
                        "INSERT INTO person (name_en, name_ru, name_zh, title_en, party_id) VALUES (@en, @ru, @zh, @title, @party) RETURNING id",
                        new
                        {
                            en = $"Person {p:D2}-{k}", ru = $"Участник {p:D2}-{k}", zh = $"代表{p:D2}之{k}",
                            title = k == 3 ? string.Join(' ', Enumerable.Repeat("Deputy Head of the Department of International Cooperation,", 4)) : "Officer",
                            party,
                        }, tx);
                    await c.ExecuteAsync(
                        "INSERT INTO delegate (event_id, party_id, person_id, is_head, function_en, position) VALUES (@e, @party, @person, @head, '', @k)",
                        new { e, party, person, head = k == 0 ? 1 : 0, k }, tx);
                }
            }

            return e;
        });
    }

    [Fact]
    public async Task Header_row_repeats_on_every_page_and_footer_counts_pages()
    {
        var id = await BigEventAsync(60);
        var client = await _app.ClientAsync(Role.Viewer);
        var pdf = await (await client.GetAsync($"/api/events/{id}/documents/participants.pdf?lang=en")).Content.ReadAsByteArrayAsync();
        var pages = PdfRead.Pages(pdf);
        Assert.InRange(pages.Count, 15, 40);
        foreach (var page in pages)
        {
            Assert.Contains($"Page {page.Number} of {pages.Count}", page.Text, StringComparison.Ordinal);
            PdfRead.InOrder(page.Text, "DelegationNamePosition");

            // A delegation that goes on from the page before is named again at the top.
            var first = page.Text.IndexOf("Person ", StringComparison.Ordinal);
            Assert.Matches(@"(State \d\d|State \d\d \(continued\))$", page.Text[..first]);

            // Every letter lies on the page, and nothing but the footer comes near the bottom edge.
            Assert.All(page.Letters, l => Assert.InRange(l.Location.X, 0, page.Width));
            Assert.All(page.Letters, l => Assert.InRange(l.Location.Y, 0, page.Height));
            var low = page.Letters.Where(l => l.Location.Y < 64).ToList();
            Assert.Equal($"Page {page.Number} of {pages.Count}", string.Concat(low.Select(l => l.Value)));
            Assert.All(low, l => Assert.InRange(l.Location.Y, 30, 40));
        }

        // Every person exactly once, the parties in order of precedence of their Russian names.
        var text = PdfRead.Text(pdf);
        for (var p = 0; p < 60; p++)
        {
            for (var k = 0; k < 10; k++)
                Assert.Equal(1, PdfRead.Count(text, $"Person {p:D2}-{k}"));
        }

        var expected = Enumerable.Range(0, 60)
            .OrderBy(p => $"Государство {(char)('Я' - (p % 30))}{p:D2}", StringComparer.Create(CultureInfo.GetCultureInfo("ru-RU"), true))
            .Select(p => $"State {p:D2}").ToArray();
        PdfRead.InOrder(text, expected);
    }

    [Fact]
    public async Task Missing_translation_falls_back_to_english_said_once_in_the_footer()
    {
        var id = await BigEventAsync(1);
        var client = await _app.ClientAsync(Role.Viewer);
        var text = PdfRead.Text(await (await client.GetAsync($"/api/events/{id}/documents/participants.pdf?lang=zh")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Big conference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[en]", text, StringComparison.Ordinal);
        Assert.Equal(1, PdfRead.Count(text, "部分内容以英文列出：尚无译文。"));
        Assert.Contains("国家00", text, StringComparison.Ordinal);
        Assert.Contains("草案", text, StringComparison.Ordinal);
    }
}
