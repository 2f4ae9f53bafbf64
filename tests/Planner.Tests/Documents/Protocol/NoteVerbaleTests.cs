using System.Text.RegularExpressions;
using Planner.Tests.Support;

namespace Planner.Tests.Documents.Protocol;

/// <summary>The note verbale as a protocol officer reads it, and the outgoing register its numbers come from.</summary>
public sealed partial class NoteVerbaleTests(ProtocolFixture host) : IClassFixture<ProtocolFixture>
{
    private async Task<(HttpClient Api, long EventId)> InvitedAsync()
    {
        var api = await host.App.ClientAsync();
        return (api, await host.InvitedMeetingAsync(api));
    }

    [Fact]
    public async Task Russian_note_addresses_the_ministry_in_the_dative_with_the_standard_formulas_and_nothing_in_another_language()
    {
        var (api, id) = await InvitedAsync();
        var kaz = await api.PartyIdAsync("KAZ");
        var pdf = await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=ru");
        var text = PdfRead.Text(pdf);

        Assert.Contains("Региональная антитеррористическая структура Шанхайской организации сотрудничества", text, StringComparison.Ordinal);
        PdfRead.InOrderAcrossLines(text, "Вербальная нота", "№ 2027/0",
            "Исполнительный комитет Региональной антитеррористической структуры Шанхайской организации сотрудничества свидетельствует своё уважение Министерству иностранных дел Республики Казахстан и имеет честь пригласить",
            "«47-е заседание Совета РАТС ШОС»", "состоится 15 апреля 2027 года.", "Место проведения: Конференц-центр ФСБ России, Москва",
            "не более 4 человек", "до 1 апреля 2027 года", "http://localhost/rsvp/",
            "Исполнительный комитет РАТС ШОС пользуется случаем, чтобы возобновить Министерству иностранных дел Республики Казахстан уверения в своём высоком уважении.",
            "Ташкент, 15 января 2027 года");
        // The QR code, drawn as squares, reads back as the link printed beside it; the link opens the party's RSVP page.
        var link = Link().Match(text).Value;
        Assert.Equal([link], await QrRead.CodesAsync(pdf, 1));
        using var anonymous = host.App.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        // Only the link and the letters QR are in Latin script: the venue is in Russian too.
        var russian = Link().Replace(text, "").Replace("QR", "", StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", russian);
    }

    [Fact]
    public async Task Chinese_and_English_notes_use_their_own_formulas()
    {
        var (api, id) = await InvitedAsync();
        var kaz = await api.PartyIdAsync("KAZ");
        var zh = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=zh"));
        PdfRead.InOrderAcrossLines(zh, "普通照会", "上海合作组织地区反恐怖机构执行委员会向哈萨克斯坦共和国外交部致意，并谨邀请", "上合组织地区反恐怖机构理事会第四十七次会议",
            "2027年4月15日", "不超过4人", "顺致崇高的敬意。", "2027年1月15日于塔什干");
        Assert.Contains("俄罗斯联邦安全局会议中心，莫斯科", zh, StringComparison.Ordinal);

        var en = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=en"));
        PdfRead.InOrderAcrossLines(en, "Note verbale",
            "presents its compliments to the Ministry of Foreign Affairs of the Republic of Kazakhstan and has the honour to invite",
            "47th meeting of the RATS SCO Council", "15 April 2027", "no more than 4 persons", "by 1 April 2027",
            "avails itself of this opportunity to renew to the Ministry of Foreign Affairs of the Republic of Kazakhstan the assurances of its highest consideration.",
            "Tashkent, 15 January 2027", "The Ministry of Foreign Affairs of the Republic of Kazakhstan");
        var metadata = PdfRead.Metadata(await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=en"));
        Assert.Equal(("Note verbale " + Number(en), "RATS SCO Executive Committee", "en"), (metadata.Title, metadata.Author, metadata.Language));
        Assert.NotNull(metadata.Created);
    }

    [Fact]
    public async Task A_note_printed_again_keeps_its_number_and_the_register_lists_each_number_once()
    {
        var (api, id) = await InvitedAsync();
        var kaz = await api.PartyIdAsync("KAZ");
        var first = Number(PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=ru")));
        var again = Number(PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{id}/documents/note.pdf?party={kaz}&lang=zh")));
        Assert.Equal(first, again);
        Assert.Matches(@"^2027/\d{3}$", first);

        var register = (await api.GetJsonAsync("/api/register?year=2027")).AsArray();
        // Inviting the meeting's parties numbered their notes, one each, in sequence from 2027/001.
        Assert.Equal(register.Select((_, i) => $"2027/{i + 1:000}"), register.Select(e => e!["number"]!.GetValue<string>()));
        var entry = Assert.Single(register, e => e!["partyId"]!.GetValue<long>() == kaz);
        Assert.Equal(first, entry!["number"]!.GetValue<string>());
        Assert.Equal("2027-01-15", entry["issuedOn"]!.GetValue<string>());
        Assert.Equal("Министерству иностранных дел Республики Казахстан", entry["addressee"]!.GetValue<string>());
        Assert.Equal("Приглашение: 47-е заседание Совета РАТС ШОС", entry["subject"]!.GetValue<string>());
        Assert.Empty((await api.GetJsonAsync("/api/register?year=2026")).AsArray());
        await api.GetJsonAsync("/api/register?year=twenty", 400);
    }

    [Fact]
    public async Task A_party_without_an_addressee_in_the_language_is_refused_by_name_and_takes_no_number()
    {
        var (api, id) = await InvitedAsync();
        var party = await api.GetJsonAsync($"/api/parties/{await api.PartyIdAsync("MNG")}");
        var mng = party["id"]!.GetValue<long>();
        await api.PutJsonAsync($"/api/parties/{mng}", new
        {
            code = "MNG", kind = "state", name = party["name"], contactEmails = party["contactEmails"], language = "en",
            addressee = new { en = "the Ministry of Foreign Affairs of Mongolia", ru = "", zh = "" }, version = party["version"]!.GetValue<long>(),
        }, 200);
        var before = (await api.GetJsonAsync("/api/register?year=2027")).AsArray().Count;

        var problem = await (await api.GetAsync($"/api/events/{id}/documents/note.pdf?party={mng}&lang=ru")).JsonAsync(409);
        Assert.Contains("addressee.ru", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await api.GetJsonAsync("/api/register?year=2027")).AsArray().Count);

        await (await api.GetAsync($"/api/events/{id}/documents/note.pdf?lang=ru")).JsonAsync(400);
        await (await api.GetAsync($"/api/events/{id}/documents/note.pdf?party={mng}&lang=fr")).JsonAsync(400);
        var notInvited = await api.EventIdAsync("44th meeting");
        await (await api.GetAsync($"/api/events/{notInvited}/documents/note.pdf?party={await api.PartyIdAsync("KAZ")}&lang=ru")).JsonAsync(409);
    }

    [Fact]
    public async Task The_addressee_is_part_of_the_party_and_kept_when_a_change_leaves_it_out()
    {
        var api = await host.App.ClientAsync();
        var kgz = await api.GetJsonAsync($"/api/parties/{await api.PartyIdAsync("KGZ")}");
        Assert.Equal("Министерству иностранных дел Кыргызской Республики", kgz["addressee"]!["ru"]!.GetValue<string>());
        var changed = await api.PutJsonAsync($"/api/parties/{kgz["id"]}", new
        {
            code = "KGZ", kind = "state", name = kgz["name"], contactEmails = kgz["contactEmails"], language = "ru", version = kgz["version"]!.GetValue<long>(),
        }, 200);
        Assert.Equal("吉尔吉斯共和国外交部", changed["addressee"]!["zh"]!.GetValue<string>());
        var tooLong = await api.PutJsonAsync($"/api/parties/{kgz["id"]}", new
        {
            code = "KGZ", kind = "state", name = kgz["name"], contactEmails = kgz["contactEmails"], language = "ru",
            addressee = new { en = new string('a', 501) }, version = changed["version"]!.GetValue<long>(),
        }, 422);
        Assert.NotNull(tooLong["errors"]!["addressee.en"]);
    }

    private static string Number(string text) => NumberPattern().Match(text).Groups[1].Value;

    [GeneratedRegex(@"(?:No\.|№|第) ?(\d{4}/\d{3})")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"http://localhost/rsvp/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
