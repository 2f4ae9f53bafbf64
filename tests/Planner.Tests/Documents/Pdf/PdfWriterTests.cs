using System.Text;
using Planner.Documents.Composer;
using Planner.Documents.Pdf;
using SkiaSharp;
using Reader = UglyToad.PdfPig.PdfDocument;

namespace Planner.Tests.Documents.Pdf;

/// <summary>
/// Planner's PDF writer read back as a reader reads it: numbers and strings in PDF's syntax, a cross-reference table
/// that finds every object, letters where the layout put them (kerning kept), pictures with their transparency.
/// </summary>
public sealed class PdfWriterTests
{
    [Theory]
    [InlineData(12, "12")]
    [InlineData(0.5, "0.5")]
    [InlineData(-3.125, "-3.125")]
    [InlineData(595.2756, "595.276")]
    [InlineData(0.0004, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(1234567.0001, "1234567")]
    public void Numbers_are_written_in_the_shortest_decimal_form_to_a_thousandth(double value, string written) =>
        Assert.Equal(written, Encoding.ASCII.GetString(new PdfBytes().Number(value).Span));

    [Theory]
    [InlineData("Agenda (draft)", "(Agenda \\(draft\\))")]
    [InlineData("back\\slash", "(back\\\\slash)")]
    [InlineData("Ра", "<FEFF04200430>")]
    [InlineData("议", "<FEFF8BAE>")]
    public void Text_strings_are_literal_when_ascii_and_utf16_with_a_byte_order_mark_otherwise(string text, string written) =>
        Assert.Equal(written, Encoding.ASCII.GetString(new PdfBytes().Text(text).Span));

    [Fact]
    public void The_cross_reference_table_finds_every_object_and_the_trailer_the_catalog()
    {
        var pdf = Write(canvas => canvas.Rects([new SKRect(10, 10, 100, 50)], SKColors.Teal, stroke: false), pages: 3);

        var text = Encoding.Latin1.GetString(pdf);
        var xref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var lines = text[xref..].Split('\n');
        Assert.Equal("xref", lines[0]);
        var count = int.Parse(lines[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        for (var number = 1; number < count; number++)
        {
            var offset = int.Parse(lines[2 + number][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj", text[offset..], StringComparison.Ordinal);
        }

        using var document = Reader.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.Equal("Test", document.Information.Title);
    }

    [Fact]
    public void Letters_sit_where_the_layout_put_them_kerning_included()
    {
        // "AV" and "To" are kerned in DejaVu Sans: the advance alone would put the second letter elsewhere.
        var line = TextLayout.Lines(Typesetter.Fonts, [new Span("AVATAR Towns")], 20, 500)[0];
        var pdf = Write(canvas => canvas.Text([new TextOp(line, 50, 100, SKColors.Black)]));

        using var document = Reader.Open(pdf);
        var letters = document.GetPage(1).Letters.Where(l => l.Value != " ").ToList();
        var laid = line.Parts.SelectMany(p => Enumerable.Range(p.First, p.Count).Select(g => (Char: p.Run.Text[p.Run.Clusters[g]], X: 50 + p.OffsetX + p.Run.X[g])))
            .Where(g => g.Char != ' ').ToList();
        var face = line.Parts[0].Run.Face;
        var advanceOfA = PdfFonts.Width(face, line.Parts[0].Run.Glyphs[0]) * 20 / 1000;
        Assert.True(Math.Abs(laid[1].X - laid[0].X - advanceOfA) > 0.1, "The layout kerns A and V.");
        Assert.Equal(string.Concat(laid.Select(g => g.Char)), string.Concat(letters.Select(l => l.Value)));
        Assert.All(letters.Zip(laid), pair => Assert.Equal(pair.Second.X, pair.First.StartBaseLine.X, 0.01));
        Assert.All(letters, l => Assert.Equal(PageFrame.Height - 100, l.StartBaseLine.Y, 0.01));
    }

    [Fact]
    public void A_picture_keeps_its_transparency_as_a_soft_mask()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(200, 30, 30, 128));
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var pdf = Write(canvas => canvas.Image(png.ToArray(), new SKRect(10, 10, 50, 50)));

        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceRGB", text, StringComparison.Ordinal);
        Assert.Contains("/SMask", text, StringComparison.Ordinal);
        using var document = Reader.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
    }

    [Fact]
    public void A_picture_that_cannot_be_decoded_is_left_out()
    {
        var pdf = Write(canvas => canvas.Image([1, 2, 3], new SKRect(10, 10, 50, 50)));

        using var document = Reader.Open(pdf);
        Assert.Empty(document.GetPage(1).GetImages());
    }

    [Fact]
    public void A_document_with_nothing_to_draw_is_one_blank_page()
    {
        var pdf = Write(_ => { }, pages: 0);

        using var document = Reader.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Empty(document.GetPage(1).Letters);
    }

    private static byte[] Write(Action<PdfCanvas> draw, int pages = 1)
    {
        using var memory = new MemoryStream();
        var document = new PdfDocument(memory, new PdfInfo("Test", "Planner", "en", DateTime.UtcNow));
        for (var i = 0; i < pages; i++)
        {
            var canvas = document.Page(PageFrame.Width, PageFrame.Height);
            draw(canvas);
            document.Add(canvas.Finish());
        }

        document.Close();
        return memory.ToArray();
    }
}
