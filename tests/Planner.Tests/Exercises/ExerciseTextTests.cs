using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Planner.Access;
using Planner.Data;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>
/// An exercise's texts (plan, findings, corrective actions) are stored in en, ru and zh; the after-action report prints
/// each in its own language, English only where a text was never translated, and then says so once in its footer.
/// </summary>
public sealed partial class ExerciseTextTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private const string RussianNote = Translations.StoredTextTests.RussianNote;
    private const string ChineseNote = Translations.StoredTextTests.ChineseNote;

    private readonly PlannerApp _app = fixture.App;

    /// <summary>
    /// A Latin word that is not a run of the rating letters P, S, M, U (the analysis table's header "PSMU" and its marks
    /// read back without spaces); the appendix letters stand alone.
    /// </summary>
    [GeneratedRegex("(?![PSMU]+(?![A-Za-z]))[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [Theory]
    [InlineData(ExerciseApi.Norak, "ru", "Для служебного пользования", "гидротехническое сооружение на реке Вахш", "Создать защищённый канал передачи данных")]
    [InlineData(ExerciseApi.Norak, "zh", "内部资料", "瓦赫什河上的一处水电设施", "国家安全委员会培训中心")]
    [InlineData(ExerciseApi.PeaceMission, "ru", "Для служебного пользования", "Радиосредства национальных контингентов несовместимы", "Управление связи Генерального штаба")]
    [InlineData(ExerciseApi.PeaceMission, "zh", "内部资料", "各国参演部队的无线电台互不兼容", "总参谋部通信部")]
    public async Task Demo_reports_in_Russian_and_Chinese_print_no_English(string exercise, string lang, string marking, string text, string action)
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var pages = PdfRead.Pages(await viewer.ReportAsync(await viewer.EventIdAsync(exercise), lang));
        var all = string.Concat(pages.Select(p => p.Text));

        Assert.All(pages, p => Assert.Contains(marking, p.Text, StringComparison.Ordinal));
        Assert.Contains(text, all, StringComparison.Ordinal);
        Assert.Contains(Flat(action), Flat(all), StringComparison.Ordinal);
        Assert.Empty(LatinWord().Matches(all).Select(m => m.Value));
        Assert.DoesNotContain(RussianNote, all, StringComparison.Ordinal);
        Assert.DoesNotContain(ChineseNote, all, StringComparison.Ordinal);

        // A stage's dates follow its name after the language's colon, an objective's rating its capabilities in the
        // language's parentheses (both full-width in Chinese).
        Assert.Matches(lang == "zh" ? "[\\p{IsCJKUnifiedIdeographs}]：20[01]\\d年" : "[а-я]: \\d+ [а-я]+ 20[01]\\d г\\.", all);
        Assert.Matches(lang == "zh" ? "能力：[^\\n]+（[PSMU]）" : "Возможности: [^\\n]+ \\([PSMU]\\)", all);
    }

    [Fact]
    public async Task Plan_texts_round_trip_as_languages_or_a_plain_string_and_the_report_prints_each_language()
    {
        var client = await _app.ClientAsync();
        var id = await NewExerciseAsync(client, 2031);
        var saved = await client.PutJsonAsync(ExerciseApi.Url(id), new
        {
            type = "tabletop",
            scope = new { en = "Tabletop exercise of the border services", ru = "Штабная тренировка пограничных служб", zh = "边防部门桌面推演" },
            threat = "Smuggling of weapons across the border",
            marking = new { en = "For official use only", ru = "Для служебного пользования", zh = "内部资料" },
        }, 200);
        Assert.Equal(("Tabletop exercise of the border services", "Штабная тренировка пограничных служб", "边防部门桌面推演"), Texts(saved["scope"]!));
        Assert.Equal(("Smuggling of weapons across the border", "", ""), Texts((await client.GetJsonAsync(ExerciseApi.Url(id)))["threat"]!));

        // Russian alone, without the English every language falls back to, is refused and saves nothing.
        var refused = await client.PutJsonAsync(ExerciseApi.Url(id), new { type = "tabletop", sponsor = new { ru = "Пограничная служба" }, version = saved["version"] }, 422);
        Assert.Equal("sponsor.en", refused["field"]!.GetValue<string>());
        Assert.Equal("", (await client.GetJsonAsync(ExerciseApi.Url(id)))["sponsor"]!["en"]!.GetValue<string>());

        // The Russian report prints the new Russian scope and marking; the threat, never translated, in English, and the note once.
        var ru = PdfRead.Pages(await client.ReportAsync(id, "ru"));
        var ruText = string.Concat(ru.Select(p => p.Text));
        Assert.Contains("Штабная тренировка пограничных служб", ruText, StringComparison.Ordinal);
        Assert.Contains("Smuggling of weapons across the border", ruText, StringComparison.Ordinal);
        Assert.DoesNotContain("Tabletop exercise of the border services", ruText, StringComparison.Ordinal);
        Assert.All(ru, p => Assert.Contains("Для служебного пользования", p.Text, StringComparison.Ordinal));
        Assert.Equal(1, PdfRead.Count(ruText, RussianNote));

        var zh = string.Concat(PdfRead.Pages(await client.ReportAsync(id, "zh")).Select(p => p.Text));
        Assert.Contains("边防部门桌面推演", zh, StringComparison.Ordinal);
        Assert.Equal(1, PdfRead.Count(zh, ChineseNote));

        // The same text is listed as untranslated; the translated ones are not.
        var missing = (await client.GetJsonAsync($"/api/events/{id}/translations?lang=zh")).AsArray()
            .Where(m => m!["entity"]!.GetValue<string>() == "exercise").Select(m => (m!["field"]!.GetValue<string>(), m["id"]!.GetValue<long>())).ToList();
        Assert.Equal([("exercise.threat", id)], missing);

        // Translated, the note goes.
        var version = (await client.GetJsonAsync(ExerciseApi.Url(id)))["version"]!.GetValue<long>();
        await client.PutJsonAsync(ExerciseApi.Url(id), new
        {
            type = "tabletop", scope = saved["scope"], marking = saved["marking"],
            threat = new { en = "Smuggling of weapons across the border", ru = "Контрабанда оружия через границу", zh = "跨境走私武器" }, version,
        }, 200);
        Assert.DoesNotContain(ChineseNote, PdfRead.Text(await client.ReportAsync(id, "zh")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_and_corrective_actions_take_languages_and_print_in_the_report()
    {
        var client = await _app.ClientAsync();
        var id = await NewExerciseAsync(client, 2032);
        await client.PutJsonAsync(ExerciseApi.Url(id), new { type = "drill" }, 200);
        var capability = (await client.GetJsonAsync("/api/capabilities")).AsArray()[0]!["id"]!.GetValue<long>();
        var objective = await client.PostJsonAsync(ExerciseApi.Url(id, "/objectives"), new
        {
            text = new { en = "Close the border section", ru = "Перекрыть участок границы", zh = "封闭边境地段" }, capabilityIds = new[] { capability },
        }, 201);
        var finding = await client.PostJsonAsync(ExerciseApi.Url(id, $"/objectives/{objective["id"]}/findings"), new
        {
            kind = "areaForImprovement", text = new { en = "Patrols were late", ru = "Патрули опоздали", zh = "巡逻队迟到" }, rootCause = "No vehicles on standby",
        }, 201);
        Assert.Equal(("Patrols were late", "Патрули опоздали", "巡逻队迟到"), Texts(finding["text"]!));
        Assert.Equal(("No vehicles on standby", "", ""), Texts(finding["rootCause"]!));
        var action = await client.PostJsonAsync(ExerciseApi.Url(id, $"/findings/{finding["id"]}/actions"), new
        {
            text = new { en = "Keep two vehicles on standby", ru = "Держать в готовности две машины", zh = "保持两辆车待命" }, element = "equipment",
            responsiblePartyId = await client.PartyIdAsync("KGZ"), pointOfContact = new { en = "Border service", ru = "Пограничная служба", zh = "边防局" },
            startOn = "2031-01-10", dueOn = "2031-03-01",
        }, 201);
        Assert.Equal(("Border service", "Пограничная служба", "边防局"), Texts(action["pointOfContact"]!));

        var ru = PdfRead.Text(await client.ReportAsync(id, "ru"));
        PdfRead.InOrder(Flat(ru), [.. new[] { "Перекрыть участок границы", "Патрули опоздали", "No vehicles on standby", "Держать в готовности две машины",
            "Пограничная служба" }.Select(Flat)]);
        Assert.Equal(1, PdfRead.Count(ru, RussianNote));
        var missing = (await client.GetJsonAsync($"/api/events/{id}/translations?lang=ru")).AsArray().Select(m => m!["field"]!.GetValue<string>()).ToList();
        Assert.Contains("finding.rootCause", missing);
        Assert.DoesNotContain("finding.text", missing);
        Assert.DoesNotContain("correctiveAction.text", missing);
    }

    [Fact]
    public async Task Migration_keeps_every_exercise_text_in_the_English_column()
    {
        using var scratch = new ScratchDatabase("0036_shared_host_state.sql");
        var db = scratch.Db;
        await using (var c = await db.OpenAsync())
        {
            await c.ExecuteAsync(
                """
                INSERT INTO party (id, code, kind, name_en, name_ru, name_zh) VALUES (1, 'TJK', 'state', 'Tajikistan', 'Таджикистан', '塔吉克斯坦');
                INSERT INTO venue (id, name_en, city_en, country, time_zone) VALUES (1, 'Fakhrabad training ground', 'Norak', 'Tajikistan', 'Asia/Dushanbe');
                INSERT INTO event (id, kind, title_en, title_ru, title_zh, venue_id, start_local, end_local, start_at, end_at)
                VALUES (1, 'exercise', 'Norak-Antiterror 2009', '', '', 1, '2009-04-17T09:00', '2009-04-19T18:00', 1239940800, 1240146000);
                INSERT INTO exercise (event_id, type, scope, threat, scenario, sponsor, point_of_contact, marking)
                VALUES (1, 'functional', 'Command-staff', 'Hostage taking', 'A group seizes a dam', 'RATS SCO', 'Operational department', 'For official use only');
                INSERT INTO objective (id, exercise_id, position, text_en) VALUES (1, 1, 1, 'Free the hostages');
                INSERT INTO observation (id, objective_id, evaluator, text) VALUES (1, 1, 'Team A', 'Late by an hour');
                INSERT INTO finding (id, objective_id, kind, text, root_cause) VALUES (1, 1, 'areaForImprovement', 'Liaison late', 'No transport');
                INSERT INTO corrective_action (id, finding_id, text, element, responsible_party_id, point_of_contact, start_on, due_on)
                VALUES (1, 1, 'Agree transport', 'planning', 1, 'International department', '2009-05-01', '2009-09-30');
                """);
        }

        Assert.Equal(["0040_exercise_texts.sql"], new Migrator(db).Upgrade().Take(1));
        await using var after = await db.OpenAsync();
        Assert.Equal(("Command-staff", "Hostage taking", "A group seizes a dam", "RATS SCO", "Operational department", "For official use only"),
            await after.QuerySingleAsync<(string, string, string, string, string, string)>(
                "SELECT scope_en, threat_en, scenario_en, sponsor_en, point_of_contact_en, marking_en FROM exercise WHERE event_id = 1"));
        Assert.Equal(("", "", ""), await after.QuerySingleAsync<(string, string, string)>("SELECT scope_ru, threat_zh, marking_ru FROM exercise WHERE event_id = 1"));
        Assert.Equal("Late by an hour", await after.ExecuteScalarAsync<string>("SELECT text_en FROM observation WHERE id = 1"));
        Assert.Equal(("Liaison late", "No transport"), await after.QuerySingleAsync<(string, string)>("SELECT text_en, root_cause_en FROM finding WHERE id = 1"));
        Assert.Equal(("Agree transport", "International department"),
            await after.QuerySingleAsync<(string, string)>("SELECT text_en, point_of_contact_en FROM corrective_action WHERE id = 1"));

        // The renamed and new columns have their history like the others.
        await after.ExecuteAsync("UPDATE finding SET text_ru = 'Офицеры связи опоздали' WHERE id = 1");
        var changes = await after.ExecuteScalarAsync<string>("SELECT changes FROM history WHERE entity = 'finding' AND entity_id = 1 ORDER BY id DESC LIMIT 1");
        Assert.Contains("text.ru", changes, StringComparison.Ordinal);
    }

    /// <summary>The text without white space and hyphens: table cells break lines and hyphenate words.</summary>
    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    private static (string, string, string) Texts(JsonNode text) =>
        (text["en"]!.GetValue<string>(), text["ru"]!.GetValue<string>(), text["zh"]!.GetValue<string>());

    /// <summary>A new exercise at the Matybulak range, hosted by Kazakhstan, without a plan yet.</summary>
    private static async Task<long> NewExerciseAsync(HttpClient client, int year)
    {
        var venue = (await client.GetJsonAsync("/api/venues?q=Matybulak")).AsArray()[0]!["id"]!.GetValue<long>();
        return (await client.PostJsonAsync("/api/events", new
        {
            kind = "exercise", title = new { en = $"Border exercise {Guid.NewGuid():N}", ru = "Пограничное учение", zh = "边境演习" }, venueId = venue,
            start = $"{year}-05-20T08:00", end = $"{year}-05-22T18:00", hostPartyId = await client.PartyIdAsync("KAZ"),
        }, 201))["id"]!.GetValue<long>();
    }
}
