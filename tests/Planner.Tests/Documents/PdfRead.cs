using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Planner.Tests.Documents;

/// <summary>One page of a PDF as a reader extracts it: its text in drawing order and its letters with their positions.</summary>
internal sealed record PageText(int Number, string Text, IReadOnlyList<Letter> Letters, double Width, double Height);

/// <summary>A font of a PDF as poppler's <c>pdffonts</c> lists it: name (<c>ABCDEF+Name</c> for a subset), type, embedded, subset.</summary>
internal sealed record PdfFont(string Name, string Type, bool Embedded, bool Subset);

/// <summary>Reads PDFs back with PdfPig, as a person copying text out of them would get it, and with poppler.</summary>
internal static class PdfRead
{
    public static IReadOnlyList<PageText> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => new PageText(p.Number, string.Concat(p.Letters.Select(l => l.Value)), p.Letters.ToList(), p.Width, p.Height)).ToList();
    }

    /// <summary>
    /// The page's lines as a reader sees them, top to bottom: letters on one baseline, left to right, between
    /// <paramref name="fromX"/> and <paramref name="toX"/> (a table column), without the spaces at their ends.
    /// </summary>
    public static IReadOnlyList<string> Lines(PageText page, double fromX = 0, double toX = double.MaxValue) =>
        page.Letters.Where(l => l.StartBaseLine.X >= fromX && l.StartBaseLine.X < toX)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Trim())
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>All pages' text, one after another.</summary>
    public static string Text(byte[] pdf) => string.Concat(Pages(pdf).Select(p => p.Text));

    public static (string? Title, string? Author, string? Language, DateTimeOffset? Created) Metadata(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lang = document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken token) ? token.Data : null;
        return (document.Information.Title, document.Information.Author, lang, document.Information.GetCreatedDateTimeOffset());
    }

    /// <summary>The fonts of the PDF, as poppler's <c>pdffonts</c> (what prepress checks use) lists them.</summary>
    public static IReadOnlyList<PdfFont> Fonts(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"planner-fonts-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdffonts", [file]) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdffonts did not start; tests/run.sh installs poppler-utils.");
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdffonts failed: {errors}");

            // name type… encoding emb sub uni object generation; the type may hold spaces ("CID TrueType", "Type 3").
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(line =>
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return new PdfFont(words[0], string.Join(' ', words[1..^6]), words[^5] == "yes", words[^4] == "yes");
            }).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Asserts that each of <paramref name="parts"/> occurs in <paramref name="text"/>, each after the one before.</summary>
    public static void InOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after position {at} in: {text}");
            at = found + part.Length;
        }
    }

    /// <summary>
    /// As <see cref="InOrder"/>, with white space left out of both sides: a sentence broken over lines is read
    /// back without the space its line break replaced.
    /// </summary>
    public static void InOrderAcrossLines(string text, params string[] parts) =>
        InOrder(Squeeze(text), parts.Select(Squeeze).ToArray());

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
