using Planner.Documents;
using Planner.Documents.Composer;

namespace Planner.Tests.Documents;

/// <summary>The composer alone: line and page breaking, tables, fonts and extraction, without a host.</summary>
public sealed class ComposerTests
{
    /// <summary>A document of just <paramref name="blocks"/>, with an English running header and footer.</summary>
    internal static DocumentSpec Spec(params Block[] blocks) =>
        new("Test document", "Secretariat", "en", "RATS SCO", "", "", "Page {0} of {1}", blocks);

    [Fact]
    public void Chinese_paragraph_breaks_between_characters_and_reads_back_exactly()
    {
        var source = string.Concat(Enumerable.Repeat("上合组织地区反恐怖机构理事会第四十次会议通过了十项决议。", 12));
        var pages = PdfRead.Pages(Typesetter.Composer.Write(Spec(new Paragraph(source))));
        var text = pages[0].Text;
        Assert.Contains(source, text, StringComparison.Ordinal);

        // Several lines, none wider than the text column.
        var baselines = pages[0].Letters.Where(l => l.Location.Y > 64 && l.Location.Y < 780).Select(l => Math.Round(l.Location.Y)).Distinct().Count();
        Assert.True(baselines >= 4, $"{baselines} lines");
        Assert.All(pages[0].Letters, l => Assert.InRange(l.Location.X, PageFrame.Left - 1, PageFrame.Right + 1));
    }

    [Fact]
    public void Mixed_scripts_read_back_exactly_in_one_paragraph()
    {
        const string source = "Совет РАТС ШОС (Council of RATS SCO, 理事会) — 40-е заседание, 十二 人大 口 日月 木水火.";
        var text = PdfRead.Text(Typesetter.Composer.Write(Spec(new Paragraph([new Span("Совет РАТС ШОС ", Bold: true), new Span("(Council of RATS SCO, 理事会)", Italic: true), new Span(" — 40-е заседание, 十二 人大 口 日月 木水火.")]))));
        Assert.Contains(source, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_and_header_repeats()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"Line {i:D2}"));
        var table = new Table([1, 3], [new Cell("Key"), new Cell("Value")],
        [
            [new Cell("short"), new Cell("first row")],
            [new Cell("tall"), new Cell(tall)],
            [new Cell("after"), new Cell("last row")],
        ]);
        var pages = PdfRead.Pages(Typesetter.Composer.Write(Spec(new Heading("Split rows"), table)));
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => PdfRead.InOrder(p.Text, "KeyValue"));
        var all = string.Concat(pages.Select(p => p.Text));
        PdfRead.InOrder(all, [.. Enumerable.Range(1, 90).Select(i => $"Line {i:D2}"), "last row"]);
        Assert.All(pages, p => Assert.All(p.Letters.Where(l => !p.Text.Contains("Page", StringComparison.Ordinal) || l.Location.Y > 40),
            l => Assert.True(l.Location.Y > 64, $"'{l.Value}' at {l.Location.Y} is over the footer")));
    }

    [Fact]
    public void Rows_move_whole_to_the_next_page()
    {
        var rows = Enumerable.Range(1, 60).Select(i => (IReadOnlyList<Cell>)[new Cell($"R{i:D2}"), new Cell($"first {i:D2}\nsecond {i:D2}\nthird {i:D2}")]).ToList();
        var pages = PdfRead.Pages(Typesetter.Composer.Write(Spec(new Table([1, 3], [new Cell("No."), new Cell("Text")], rows))));
        Assert.True(pages.Count >= 2);
        for (var i = 1; i <= 60; i++)
        {
            // All three lines of a row on the same page as its number.
            var page = Assert.Single(pages, p => p.Text.Contains($"R{i:D2}", StringComparison.Ordinal));
            PdfRead.InOrder(page.Text, $"R{i:D2}", $"first {i:D2}", $"second {i:D2}", $"third {i:D2}");
        }
    }

    [Fact]
    public void Heading_is_kept_with_the_paragraph_that_follows()
    {
        var filler = Enumerable.Range(0, 44).Select(i => (Block)new Paragraph($"Filler line {i}")).ToList();
        var pages = PdfRead.Pages(Typesetter.Composer.Write(Spec([.. filler, new Heading("Kept heading"), new Paragraph("Its paragraph.")])));
        var page = Assert.Single(pages, p => p.Text.Contains("Kept heading", StringComparison.Ordinal));
        Assert.Contains("Its paragraph.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Marking_watermark_cover_and_bullets_are_drawn()
    {
        var spec = new DocumentSpec("After-action report", "Secretariat", "en", "RATS SCO", "DRAFT", "DRAFT", "Page {0} of {1}",
            [new BulletList([[new Span("Strength: ", Bold: true), new Span("coordination")], [new Span("Improve: radio discipline")]])])
        {
            Cover = new Cover(Emblem.Bytes, "Norak-Antiterror 2009", ["After-action report", "17–19 April 2009"]),
        };
        var pages = PdfRead.Pages(Typesetter.Composer.Write(spec));
        Assert.Equal(2, pages.Count);
        // The running header reads left to right: organisation, marking, title.
        PdfRead.InOrder(pages[0].Text, "RATS SCO", "DRAFT", "After-action report", "Norak-Antiterror 2009", "17–19 April 2009", "Page 1 of 2");
        Assert.Equal(2, PdfRead.Count(pages[1].Text, "DRAFT"));
        PdfRead.InOrder(pages[1].Text, "•", "Strength: coordination", "•", "Improve: radio discipline", "Page 2 of 2");
    }

    [Fact]
    public void Two_page_trilingual_document_stays_under_one_megabyte()
    {
        var names = new[] { "Казахстан Kazakhstan 哈萨克斯坦", "Китай China 中国", "Россия Russia 俄罗斯", "Узбекистан Uzbekistan 乌兹别克斯坦" };
        var rows = Enumerable.Range(0, 70).Select(i => (IReadOnlyList<Cell>)[new Cell(names[i % 4]), new Cell($"Делегат {i} Delegate {i} 代表{i}")]).ToList();
        var pdf = Typesetter.Composer.Write(Spec(new Table([1, 1], [new Cell("Сторона / Party / 方"), new Cell("Имя / Name / 姓名")], rows)));
        Assert.Equal(2, PdfRead.Pages(pdf).Count);
        Assert.InRange(pdf.Length, 1, 1_000_000);
    }
}
