using System.Net;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Documents;

public sealed class DocumentEndpointTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    private async Task<byte[]> PdfAsync(string document, string lang, Role role = Role.Viewer)
    {
        var client = await _app.ClientAsync(role);
        var id = await client.EventIdAsync("40th meeting");
        var response = await client.GetAsync($"/api/events/{id}/documents/{document}.pdf?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Russian_agenda_reads_back_title_sessions_items_and_speakers_in_order()
    {
        var pdf = await PdfAsync("agenda", "ru");
        var pages = PdfRead.Pages(pdf);
        Assert.Single(pages);
        PdfRead.InOrder(pages[0].Text,
            "Программа", "40-е заседание Совета РАТС ШОС", "8 сентября 2023 г.", "Председательство: Казахстан",
            "10:00–12:30", "Открытие заседания", "Зал: Главный зал", "Председательствующий: Джаксыбеков Арман",
            "№", "Вопрос", "Выступающие",
            "1", "Приветственное слово председательствующего", "Джаксыбеков Арман",
            "Доклад Директора Исполнительного комитета", "Мирзаев Руслан",
            "14:30–17:00", "Пленарное заседание", "Принятие решений Совета", "Подписание итоговых документов", "Страница 1 из 1");
    }

    [Fact]
    public async Task Chinese_agenda_extracts_exactly_the_source_characters()
    {
        var text = PdfRead.Text(await PdfAsync("agenda", "zh"));

        // 十 and the Kangxi radical ⼗ look alike (some CJK faces even share one glyph); the reader must get the ideograph back.
        Assert.Contains("上合组织地区反恐怖机构理事会第四十次会议", text, StringComparison.Ordinal);
        Assert.DoesNotContain("⼗", text, StringComparison.Ordinal);
        PdfRead.InOrder(text, "议程", "2023年9月8日", "主席国：哈萨克斯坦", "开幕会议", "会议主席致欢迎辞", "阿尔曼·贾克瑟别科夫",
            "地区反恐怖机构执行委员会主任工作报告", "鲁斯兰·米尔扎耶夫", "全体会议", "通过理事会决议", "签署成果文件", "下次理事会会议的时间和地点", "第 1 页，共 1 页");
    }

    [Fact]
    public async Task Participants_are_grouped_and_in_russian_alphabetical_precedence()
    {
        var text = PdfRead.Text(await PdfAsync("participants", "ru"));
        PdfRead.InOrder(text, "Список участников", "Государства-члены", "Делегация", "Фамилия, имя", "Должность",
            "Индия", "Мехра Ракеш", "Глава делегации", "Объединённый секретарь",
            "Иран", "Казахстан", "Джаксыбеков Арман", "Глава делегации", "Нурланова Дана", "Китай", "Ван Цзяньго",
            "Кыргызстан", "Пакистан", "Россия", "Таджикистан", "Узбекистан",
            "Государства-наблюдатели", "Беларусь", "Монголия", "Секретариат", "Исполнительный", "комитет РАТС ШОС", "Мирзаев Руслан");
    }

    [Fact]
    public async Task Outcome_numbers_decisions_and_lists_signatories_in_precedence_order()
    {
        var text = PdfRead.Text(await PdfAsync("outcome", "en"));
        PdfRead.InOrder(text, "Outcome of the meeting", "Decisions adopted",
            "1. On the report of the RATS SCO Executive Committee", "The report is approved.",
            "2. On holding a joint anti-terrorist exercise", "3. On the date and venue of the next meeting",
            "Documents signed", "1. Protocol of the 40th meeting of the RATS SCO Council", "State", "Signatory",
            "India", "Rakesh Mehra", "Iran", "Hossein Karimi", "Kazakhstan", "Arman Dzhaksybekov", "China", "Wang Jianguo",
            "Kyrgyzstan", "Pakistan", "Russia", "Sergei Volkov", "Tajikistan", "Uzbekistan", "Bakhodir Tursunov",
            "Documents adopted without signing", "2. Joint statement on countering the use of the Internet for terrorist purposes");

        // Observers do not sign.
        Assert.DoesNotContain("Belarus", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mongolia", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_carries_title_author_language_and_creation_date()
    {
        var (title, author, language, created) = PdfRead.Metadata(await PdfAsync("outcome", "zh"));
        Assert.Equal("会议成果 — 上合组织地区反恐怖机构理事会第四十次会议", title);
        Assert.Equal("上海合作组织地区反恐怖机构执行委员会", author);
        Assert.Equal("zh", language);
        Assert.NotNull(created);
        Assert.InRange(created.Value, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Trilingual_documents_stay_small_though_the_cjk_font_is_large()
    {
        foreach (var lang in new[] { "en", "ru", "zh" })
            Assert.InRange((await PdfAsync("agenda", lang)).Length, 1_000, 1_000_000);
    }

    [Fact]
    public async Task Unknown_language_is_a_bad_request_naming_lang()
    {
        var client = await _app.ClientAsync(Role.Viewer);
        var id = await client.EventIdAsync("40th meeting");
        var problem = await client.GetJsonAsync($"/api/events/{id}/documents/agenda.pdf?lang=fr", 400);
        Assert.NotNull(problem["errors"]!["lang"]);
        await client.GetJsonAsync($"/api/events/{id}/documents/minutes.pdf?lang=en", 404);
        await client.GetJsonAsync("/api/events/999999/documents/agenda.pdf?lang=en", 404);
    }

    [Fact]
    public async Task Documents_need_a_token()
    {
        var client = _app.CreateClient();
        var response = await client.GetAsync("/api/events/1/documents/agenda.pdf?lang=en");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
