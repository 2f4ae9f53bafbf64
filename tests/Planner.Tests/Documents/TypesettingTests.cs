using NodaTime;
using Planner.Documents;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Venues;

namespace Planner.Tests.Documents;

/// <summary>How lines and pages break in printed documents: hyphens, phrases kept whole, headings kept with what follows, empty columns.</summary>
public sealed class TypesettingTests
{
    [Fact]
    public void Long_Russian_word_in_a_narrow_column_breaks_with_a_hyphen()
    {
        const string word = "Контртеррористическое";
        var table = new Table([1, 5], [new Cell("A"), new Cell("B")], [[new Cell(word), new Cell("учение")]]);
        var page = PdfRead.Pages(Typesetter.Composer.Write(ComposerTests.Spec(table)))[0];

        // The first column: its header, then the word over several lines, each but the last ending in a hyphen.
        var column = PdfRead.Lines(page, PageFrame.Left, PageFrame.Left + ((PageFrame.Right - PageFrame.Left) / 6)).ToList();
        var lines = column.SkipWhile(l => l != "A").Skip(1).Where(l => !l.StartsWith("Page", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 2, string.Join(" | ", column));
        Assert.All(lines[..^1], l => Assert.EndsWith("-", l, StringComparison.Ordinal));
        Assert.DoesNotContain("-", lines[^1], StringComparison.Ordinal);
        Assert.Equal(word, string.Concat(lines.Select(l => l.TrimEnd('-'))));
    }

    [Fact]
    public void Number_and_its_word_and_numero_and_its_number_stay_on_one_line()
    {
        // The same sentence behind ever longer openings: each phrase comes to a line's end in one of them.
        var paragraphs = Enumerable.Range(0, 40).Select(k => (Block)new Paragraph(
            "Совместное антитеррористическое учение " + string.Concat(Enumerable.Repeat("и ", k))
            + "прошло 17 апреля 2009 г. на полигоне № 1 в Таджикистане.")).ToList();
        var lines = PdfRead.Pages(Typesetter.Composer.Write(ComposerTests.Spec([.. paragraphs]))).SelectMany(p => PdfRead.Lines(p)).ToList();
        Assert.DoesNotContain(lines, l => l.EndsWith(" 17", StringComparison.Ordinal) || l.EndsWith("2009", StringComparison.Ordinal)
            || l.EndsWith("№", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("г.", StringComparison.Ordinal) || l.StartsWith("апреля", StringComparison.Ordinal)
            || l.StartsWith("1 в", StringComparison.Ordinal));
        Assert.True(lines.Any(l => l.StartsWith("17 апреля", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.True(lines.Any(l => l.StartsWith("2009 г.", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.True(lines.Any(l => l.StartsWith("№ 1", StringComparison.Ordinal)), string.Join("\n", lines));
    }

    [Fact]
    public void Session_heading_never_ends_a_page_it_goes_over_with_its_first_row()
    {
        // However long the first session, the second one's heading is on the page of its room line and first item.
        for (var first = 10; first <= 45; first++)
        {
            var pages = PdfRead.Pages(Typesetter.Composer.Write(Layouts.Agenda(Facts, Agenda(first, speakers: false), Labels.LoadAll()["ru"])));
            var page = Assert.Single(pages, p => p.Text.Contains("Вторая сессия", StringComparison.Ordinal));
            PdfRead.InOrder(page.Text, "Вторая сессия", "Зал: Зал Б", "Вопрос второй сессии");
        }
    }

    [Fact]
    public void Agenda_names_its_zone_once_numbers_items_throughout_and_leaves_out_an_empty_speakers_column()
    {
        var labels = Labels.LoadAll();
        var pdf = Typesetter.Composer.Write(Layouts.Agenda(Facts, Agenda(3, speakers: false), labels["ru"]));
        var text = PdfRead.Text(pdf);
        Assert.Equal(1, PdfRead.Count(text, "(время местное, UTC+03:00)"));
        Assert.DoesNotContain("Выступающие", text, StringComparison.Ordinal);
        PdfRead.InOrder(text, "1Вопрос 1", "2Вопрос 2", "3Вопрос 3", "Вторая сессия", "4Вопрос второй сессии");

        var withSpeakers = PdfRead.Text(Typesetter.Composer.Write(Layouts.Agenda(Facts, Agenda(3, speakers: true), labels["ru"])));
        PdfRead.InOrder(withSpeakers, "№", "Вопрос", "Выступающие", "Иванов Иван");
        Assert.Contains("(local time, UTC+03:00)", PdfRead.Text(Typesetter.Composer.Write(Layouts.Agenda(Facts, Agenda(3, speakers: false), labels["en"]))), StringComparison.Ordinal);
        Assert.Contains("（当地时间，UTC+03:00）", PdfRead.Text(Typesetter.Composer.Write(Layouts.Agenda(Facts, Agenda(3, speakers: false), labels["zh"]))), StringComparison.Ordinal);
    }

    private static readonly LocalDate Day = new(2027, 4, 15);

    private static EventFacts Facts
    {
        get
        {
            var start = Day.At(new LocalTime(9, 0));
            var e = new Event(47, EventKind.Council, new LocalizedText("47th meeting of the RATS SCO Council", "47-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十七次会议"),
                null, 47, 1, "Europe/Moscow", start, start.PlusHours(9), Instant.FromUtc(2027, 4, 15, 6, 0), Instant.FromUtc(2027, 4, 15, 15, 0), null, null, EventStatus.Planned, 1);
            return new EventFacts(e, new Venue(1, new LocalizedText("Conference centre", "Конференц-центр", "会议中心"), new LocalizedText("Moscow", "Москва", "莫斯科"), "Russia", "Europe/Moscow", 1), null);
        }
    }

    /// <summary>Two sessions: the first with <paramref name="items"/> items, the second with one, in rooms А and Б.</summary>
    private static Agenda Agenda(int items, bool speakers)
    {
        IReadOnlyList<Speaker> Speakers() => speakers ? [new Speaker(1, new LocalizedText("Ivan Ivanov", "Иванов Иван", "伊万诺夫"), new LocalizedText("", "", ""), 1)] : [];
        AgendaSession Session(int id, string title, int hour, string room, IReadOnlyList<AgendaItem> list)
        {
            var start = Day.At(new LocalTime(hour, 0));
            return new AgendaSession(id, new LocalizedText(title, title, title), start, start.PlusHours(2), Instant.FromUtc(2027, 4, 15, hour - 3, 0),
                Instant.FromUtc(2027, 4, 15, hour - 1, 0), new LocalizedText(room, room, room), null, null, list, 1);
        }

        var first = Enumerable.Range(1, items).Select(i => new AgendaItem(i, i, new LocalizedText($"Item {i}", $"Вопрос {i}", $"议题{i}"), "", Speakers())).ToList();
        var second = new List<AgendaItem> { new(100, 1, new LocalizedText("Item of the second session", "Вопрос второй сессии", "第二场议题"), "", []) };
        return new Agenda(47, "Europe/Moscow",
            [new AgendaDay(Day, [Session(1, "Первая сессия", 9, "Зал А", first), Session(2, "Вторая сессия", 14, "Зал Б", second)])]);
    }
}
