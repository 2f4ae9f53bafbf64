using Planner.Documents.Composer;
using Planner.Http;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>One tent card: the party's name, and whether it is the chair's.</summary>
public sealed record Plate(LocalizedText Name, bool IsChair);

/// <summary>
/// Nameplates (tent cards): one A4 landscape sheet per plate, folded in two along the middle. The lower half
/// carries the name as large as fits in the language asked, with the second language smaller beneath; the
/// upper half carries the same, turned upside down, so the name reads from both sides of the table once folded.
/// The chair's plate says so above the name.
/// </summary>
public static class Nameplates
{
    private const float Margin = 42;

    public static IEnumerable<Sheet> Compose(FontSet fonts, IReadOnlyList<Plate> plates, Labels first, Labels? second)
    {
        ArgumentNullException.ThrowIfNull(plates);
        ArgumentNullException.ThrowIfNull(first);
        foreach (var plate in plates)
        {
            var sheet = new Sheet(fonts, SheetWriter.A4Landscape.Width, SheetWriter.A4Landscape.Height);
            var fold = sheet.Height / 2;
            sheet.Line(new SKPoint(18, fold), new SKPoint(sheet.Width - 18, fold), new SKColor(0xB4, 0xB8, 0xC0), 0.5f, dashed: true);
            Half(sheet, plate, first, second, fold);
            sheet.Turned(() => Half(sheet, plate, first, second, fold));
            yield return sheet;
        }
    }

    /// <summary>The lower half's content, between the fold and the bottom edge.</summary>
    private static void Half(Sheet sheet, Plate plate, Labels first, Labels? second, float fold)
    {
        var top = fold + 24;
        var bottom = sheet.Height - Margin;
        var width = sheet.Width - (2 * Margin);
        if (plate.IsChair)
        {
            var chair = first["chairPlate"] + (second is null ? "" : " · " + second["chairPlate"]);
            sheet.Text(chair, sheet.Width / 2, top + 14, 16, bold: true, anchor: TextAnchor.Middle, color: Navy);
            top += 26;
        }

        var secondName = second is null ? "" : second.Text(plate.Name);
        var secondHeight = secondName.Length == 0 ? 0 : 52;
        sheet.Fit(first.Text(plate.Name), new SKRect(Margin, top, Margin + width, bottom - secondHeight), 110, 18, bold: true);
        if (secondHeight > 0)
            sheet.Fit(secondName, new SKRect(Margin, bottom - secondHeight + 6, Margin + width, bottom), 34, 10, maxLines: 1, color: Navy);
    }

    private static readonly SKColor Navy = new(0x1F, 0x3A, 0x68);
}
