using System.Text.RegularExpressions;
using Planner.Documents.Composer;
using Planner.Tests.Support;

namespace Planner.Tests.Documents;

/// <summary>
/// The fonts in the PDFs as poppler lists them: every one a real TrueType font, embedded and subset to the glyphs
/// used (never a Type 3 drawing procedure, never a whole font file), in every document and language.
/// </summary>
public sealed partial class EmbeddedFontTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    /// <summary>Every document in every language: the Council meeting's agenda, participants and outcome, and the exercise's report.</summary>
    public static TheoryData<string, string, string> Documents()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in new[] { "en", "ru", "zh" })
        {
            foreach (var document in new[] { "agenda", "participants", "outcome" })
                data.Add("40th meeting", document, language);
            data.Add("Norak-Antiterror 2009", "report", language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_document_embeds_only_subset_truetype_fonts(string title, string document, string language)
    {
        var api = await demo.App.ClientAsync();
        var id = await api.EventIdAsync(title);
        var pdf = await api.GetByteArrayAsync($"/api/events/{id}/documents/{document}.pdf?lang={language}");

        var fonts = PdfRead.Fonts(pdf);
        Assert.NotEmpty(fonts);
        AssertSubsetTrueType(fonts);
        Assert.Contains(fonts, f => f.Name.EndsWith("+DejaVuSans", StringComparison.Ordinal));
        if (language == "zh")
            Assert.Contains(fonts, f => f.Name.EndsWith("+LXGWWenKai-Regular", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ru", 120_000)]
    [InlineData("zh", 300_000)]
    public async Task Agenda_embeds_only_the_glyphs_it_uses(string language, int maxBytes)
    {
        // Whole files would be 1.1 MB (DejaVu Sans, three styles) and 20 MB (LXGW WenKai, two styles).
        var api = await demo.App.ClientAsync();
        var id = await api.EventIdAsync(language == "ru" ? "47th meeting" : "40th meeting");
        var pdf = await api.GetByteArrayAsync($"/api/events/{id}/documents/agenda.pdf?lang={language}");
        Assert.InRange(pdf.Length, 1_000, maxBytes);
    }

    [Fact]
    public void Chinese_bold_and_italic_are_real_fonts_and_read_back_exactly()
    {
        // Any document built through the public model: bold and italic in three scripts, a marking and a watermark.
        const string chinese = "上海合作组织，《议程》：第四十次会议。";
        var spec = new DocumentSpec("议程", "上海合作组织", "zh", "上合组织", "草案", "草案", "第 {0} 页，共 {1} 页",
        [
            new Heading(chinese),
            new Paragraph([new Span(chinese, Bold: true), new Span(" Совет РАТС ШОС ", Italic: true), new Span("Council", Bold: true, Italic: true)]),
        ]);
        var pdf = Typesetter.Composer.Write(spec);

        var fonts = PdfRead.Fonts(pdf);
        AssertSubsetTrueType(fonts);
        Assert.Contains(fonts, f => f.Name.EndsWith("+LXGWWenKai-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.EndsWith("+DejaVuSans-BoldOblique", StringComparison.Ordinal));
        PdfRead.InOrder(PdfRead.Text(pdf), chinese, chinese, "Совет РАТС ШОС", "Council", "第 1 页，共 1 页");
    }

    [Fact]
    public void The_same_glyphs_are_subset_once()
    {
        var face = Typesetter.Fonts.Latin(bold: false, italic: false);
        ushort[] glyphs = [36, 37, 38];
        var first = FontSubsetter.Subset(face, glyphs);
        Assert.NotNull(first);
        Assert.Same(first, FontSubsetter.Subset(face, [.. glyphs]));
        Assert.NotSame(first, FontSubsetter.Subset(face, [36, 37]));
    }

    [Fact]
    public void A_font_embeds_only_the_glyphs_drawn_with_it()
    {
        // DejaVu Sans Bold is 700 KB whole; three letters and the page number's digits take a few kilobytes.
        var spec = new DocumentSpec("Abc", "RATS SCO", "en", "RATS SCO", "", "", "{0}/{1}", [new Paragraph([new Span("Abc", Bold: true)])]);
        var pdf = Typesetter.Composer.Write(spec);

        Assert.InRange(pdf.Length, 1_000, 30_000);
        Assert.Contains(PdfRead.Fonts(pdf), f => f.Name.EndsWith("+DejaVuSans-Bold", StringComparison.Ordinal));
        PdfRead.InOrder(PdfRead.Text(pdf), "Abc", "1/1");
    }

    private static void AssertSubsetTrueType(IReadOnlyList<PdfFont> fonts) =>
        Assert.All(fonts, f =>
        {
            Assert.Equal("CID TrueType", f.Type);
            Assert.True(f.Embedded, $"{f.Name} is not embedded");
            Assert.True(f.Subset, $"{f.Name} is not named as a subset");
            Assert.Matches(SubsetName(), f.Name);
        });

    [GeneratedRegex("^[A-Z]{6}\\+[A-Za-z0-9-]+$")]
    private static partial Regex SubsetName();
}
