using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Planner.Access;
using Planner.Data;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Translations;

/// <summary>What planners type is stored and printed in en, ru and zh; what is not translated is reported, and said once in a document's footer.</summary>
public sealed partial class StoredTextTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    internal const string ChineseNote = "部分内容以英文列出：尚无译文。";
    internal const string RussianNote = "Часть текста приводится на английском языке: перевод отсутствует.";

    private readonly PlannerApp _app = fixture.App;

    private static async Task<byte[]> PdfAsync(HttpClient client, long eventId, string document, string lang)
    {
        var response = await client.GetAsync($"/api/events/{eventId}/documents/{document}.pdf?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [Fact]
    public async Task Russian_agenda_of_the_47th_meeting_prints_the_Russian_venue_and_no_English()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var text = PdfRead.Text(await PdfAsync(client, await client.EventIdAsync("47th meeting"), "agenda", "ru"));

        Assert.Contains("Место проведения: Конференц-центр ФСБ России, Москва", text, StringComparison.Ordinal);
        Assert.Contains("Зал: Главный зал", text, StringComparison.Ordinal);
        // UTC is how Russian writes the zone's offset too ("время местное, UTC+03:00"); nothing else is Latin.
        Assert.Contains("(время местное, UTC+03:00)", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Latin(), text.Replace("UTC+", "", StringComparison.Ordinal));
        Assert.DoesNotContain(RussianNote, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Russian_list_prints_Russian_positions_and_the_family_name_first()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var text = PdfRead.Text(await PdfAsync(client, await client.EventIdAsync("40th meeting"), "participants", "ru"));

        PdfRead.InOrderAcrossLines(text, "Фамилия, имя", "Должность", "Индия", "Мехра Ракеш", "Глава делегации", "Объединённый секретарь Министерства внутренних дел",
            "Казахстан", "Джаксыбеков Арман", "Первый заместитель Председателя Комитета национальной безопасности", "Китай", "Ван Цзяньго",
            "Заместитель министра общественной безопасности");
        Assert.DoesNotContain("Ракеш Мехра", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Latin(), text);
    }

    [Fact]
    public async Task Chinese_agenda_of_an_English_only_event_has_no_inline_marks_and_one_footer_note()
    {
        var client = await _app.ClientAsync();
        var (eventId, _) = await EnglishOnlyEventAsync(client);

        var pages = PdfRead.Pages(await PdfAsync(client, eventId, "agenda", "zh"));
        var text = string.Concat(pages.Select(p => p.Text));
        Assert.Contains("Hall of Friendship，Tashkent", text, StringComparison.Ordinal);
        Assert.Contains("Opening of the workshop", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[en]", text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(text, Regex.Escape(ChineseNote)));
        Assert.Contains(ChineseNote, pages[0].Text, StringComparison.Ordinal);

        // Each document counts its own texts: the next one, fully translated, has no note.
        var demo = PdfRead.Text(await PdfAsync(client, await client.EventIdAsync("40th meeting"), "agenda", "zh"));
        Assert.DoesNotContain(ChineseNote, demo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translations_of_an_event_list_exactly_the_texts_without_their_own_language()
    {
        var client = await _app.ClientAsync();
        var (eventId, venueId) = await EnglishOnlyEventAsync(client);
        var viewer = await _app.ClientAsync(Role.Viewer);

        var zh = (await viewer.GetJsonAsync($"/api/events/{eventId}/translations?lang=zh")).AsArray()
            .Select(t => (t!["field"]!.GetValue<string>(), t["entity"]!.GetValue<string>(), t["shownAs"]!.GetValue<string>()))
            .Order().ToList();
        Assert.Equal(
            [("event.title", "event", "en"), ("item.title", "item", "en"), ("session.room", "session", "en"),
             ("session.title", "session", "en"), ("venue.city", "venue", "en"), ("venue.name", "venue", "en")], zh);
        var venue = (await viewer.GetJsonAsync($"/api/events/{eventId}/translations?lang=zh")).AsArray().Single(t => t!["field"]!.GetValue<string>() == "venue.name")!;
        Assert.Equal(venueId, venue["id"]!.GetValue<long>());

        // The Russian title and venue were given: only what lacks Russian is listed.
        var ru = (await viewer.GetJsonAsync($"/api/events/{eventId}/translations?lang=ru")).AsArray().Select(t => t!["field"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["item.title", "session.room", "session.title"], ru);
        Assert.Empty((await viewer.GetJsonAsync($"/api/events/{eventId}/translations?lang=en")).AsArray());
        Assert.Equal("lang", (await viewer.GetJsonAsync($"/api/events/{eventId}/translations?lang=fr", 400))["field"]!.GetValue<string>());

        var demo = (await viewer.GetJsonAsync($"/api/events/{await viewer.EventIdAsync("47th meeting")}/translations?lang=zh")).AsArray();
        Assert.Empty(demo);
    }

    [Fact]
    public async Task Plain_strings_are_taken_as_English_and_a_name_alone_still_makes_a_person()
    {
        var client = await _app.ClientAsync();
        var venue = await client.PostJsonAsync("/api/venues", new { name = "Plain hall", city = "Bishkek", country = "Kyrgyzstan", timeZone = "Asia/Bishkek" }, 201);
        Assert.Equal("Plain hall", venue["name"]!["en"]!.GetValue<string>());
        Assert.Equal("", venue["name"]!["ru"]!.GetValue<string>());

        var party = await client.PartyIdAsync("KGZ");
        var plain = await client.PostJsonAsync("/api/people", new { name = "Aibek Sadykov", title = "Adviser", partyId = party }, 201);
        Assert.Equal("Aibek Sadykov", plain["name"]!["en"]!.GetValue<string>());
        Assert.Equal("Adviser", plain["title"]!["en"]!.GetValue<string>());

        var parts = await client.PostJsonAsync("/api/people", new
        {
            familyName = new { en = "Sadykov", ru = "Садыков", zh = "萨德科夫" },
            givenNames = new { en = "Bakyt", ru = "Бакыт Осмонович", zh = "巴克特" },
            title = new { en = "Adviser", ru = "Советник", zh = "顾问" },
            partyId = party,
        }, 201);
        Assert.Equal("Bakyt Sadykov", parts["name"]!["en"]!.GetValue<string>());
        Assert.Equal("Садыков Бакыт Осмонович", parts["name"]!["ru"]!.GetValue<string>());
        Assert.Equal("巴克特·萨德科夫", parts["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("Садыков", parts["familyName"]!["ru"]!.GetValue<string>());

        var bad = await client.PostJsonAsync("/api/venues", new { name = new { ru = "Зал" }, city = "Bishkek", country = "Kyrgyzstan", timeZone = "Asia/Bishkek" }, 422);
        Assert.Equal("name.en", bad["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Migration_keeps_every_value_in_the_English_column()
    {
        using var scratch = new ScratchDatabase("0025_history.sql");
        var db = scratch.Db;
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync(
                """
                INSERT INTO party (id, code, kind, name_en, name_ru, name_zh) VALUES (1, 'KAZ', 'state', 'Kazakhstan', 'Казахстан', '哈萨克斯坦');
                INSERT INTO venue (id, name, city, country, time_zone) VALUES (1, 'Palace of Independence', 'Astana', 'Kazakhstan', 'Asia/Almaty');
                INSERT INTO person (id, name_en, name_ru, name_zh, title, party_id) VALUES (1, 'Arman Dzhaksybekov', 'Арман Джаксыбеков', '', 'First Deputy Chairman', 1);
                INSERT INTO event (id, kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at)
                VALUES (1, 'council', '40th meeting', '40-е заседание', '第四十次会议', 1, '2023-09-08T10:00', '2023-09-08T17:00', 1694145600, 1694170800);
                INSERT INTO agenda_session (id, event_id, start_local, end_local, start_at, end_at, room) VALUES (1, 1, '2023-09-08T10:00', '2023-09-08T12:00', 1694145600, 1694152800, 'Main hall');
                INSERT INTO participation (event_id, party_id, role) VALUES (1, 1, 'member');
                INSERT INTO delegate (event_id, party_id, person_id, is_head, function, position) VALUES (1, 1, 1, 1, 'Head of the Anti-Terrorism Centre', 0);
                """);
        }

        Assert.Contains("0030_stored_texts.sql", new Migrator(db).Upgrade());
        await using var after = await db.OpenAsync();
        Assert.Equal(("Palace of Independence", "", "Astana", ""),
            await after.QuerySingleAsync<(string, string, string, string)>("SELECT name_en, name_ru, city_en, city_zh FROM venue WHERE id = 1"));
        Assert.Equal(("First Deputy Chairman", "Arman Dzhaksybekov", "Арман Джаксыбеков", "Арман Джаксыбеков"),
            await after.QuerySingleAsync<(string, string, string, string)>("SELECT title_en, family_name_en, family_name_ru, name_ru FROM person WHERE id = 1"));
        Assert.Equal("Main hall", await after.ExecuteScalarAsync<string>("SELECT room_en FROM agenda_session WHERE id = 1"));
        // 0041: a delegate's function is kept as the English one.
        Assert.Equal(("Head of the Anti-Terrorism Centre", "", ""),
            await after.QuerySingleAsync<(string, string, string)>("SELECT function_en, function_ru, function_zh FROM delegate WHERE person_id = 1"));

        // The new columns have their history like the others.
        await after.ExecuteAsync("UPDATE venue SET name_ru = 'Дворец Независимости' WHERE id = 1");
        var changes = await after.ExecuteScalarAsync<string>("SELECT changes FROM history WHERE entity = 'venue' AND entity_id = 1 ORDER BY id DESC LIMIT 1");
        Assert.Contains("name.ru", changes, StringComparison.Ordinal);
        Assert.Contains("Дворец Независимости", changes, StringComparison.Ordinal);
    }

    /// <summary>A new event whose texts are English only, but for its Russian title, venue and city.</summary>
    private static async Task<(long Event, long Venue)> EnglishOnlyEventAsync(HttpClient client)
    {
        var venue = await client.PostJsonAsync("/api/venues", new
        {
            name = new { en = "Hall of Friendship", ru = "Зал Дружбы" }, city = new { en = "Tashkent", ru = "Ташкент" },
            country = "Uzbekistan", timeZone = "Asia/Tashkent",
        }, 201);
        var venueId = venue["id"]!.GetValue<long>();
        var e = await client.PostJsonAsync("/api/events", new
        {
            kind = "workshop", title = new { en = $"Workshop on stored texts {Guid.NewGuid():N}", ru = "Семинар" }, venueId,
            start = "2031-03-04T09:00", end = "2031-03-04T18:00",
        }, 201);
        var eventId = e["id"]!.GetValue<long>();
        await client.PostJsonAsync($"/api/events/{eventId}/agenda/sessions", new
        {
            title = "Opening", start = "2031-03-04T10:00", end = "2031-03-04T12:00", room = "Room 2",
            items = new[] { new { title = "Opening of the workshop" } },
        }, 201);
        return (eventId, venueId);
    }
}
