using Planner.Documents.Composer;
using Planner.Events;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>One badge: its holder and the check-in link its QR code carries.</summary>
public sealed record Badge(Holder Holder, string CheckInUrl);

/// <summary>
/// Badges at ID-1 card size (85.60 × 53.98 mm), ten to an A4 sheet in two columns with cut marks outside the
/// grid: a band coloured by category with the category's word, the event, the holder's name in the person's form
/// for the language, the position in the language, the party, and a QR code of the holder's own check-in link drawn as vector squares.
/// </summary>
public static class Badges
{
    /// <summary>ID-1 width and height in points.</summary>
    public const float CardWidth = 85.60f / 25.4f * 72;
    public const float CardHeight = 53.98f / 25.4f * 72;
    private const int Columns = 2;
    private const int Rows = 5;

    /// <summary>The category shown for a party taking part in <paramref name="role"/>.</summary>
    public static BadgeCategory CategoryOf(ParticipationRole role) => role switch
    {
        ParticipationRole.Member => BadgeCategory.Member,
        ParticipationRole.Observer => BadgeCategory.Observer,
        ParticipationRole.InternationalOrganisation => BadgeCategory.InternationalOrganisation,
        ParticipationRole.Secretariat => BadgeCategory.Secretariat,
        ParticipationRole.Press => BadgeCategory.Press,
        _ => BadgeCategory.Guest,
    };

    /// <summary>The band colour of each category.</summary>
    public static SKColor Colour(BadgeCategory category) => category switch
    {
        BadgeCategory.Member => new SKColor(0x1F, 0x3A, 0x68),
        BadgeCategory.Observer => new SKColor(0x2E, 0x7D, 0x32),
        BadgeCategory.InternationalOrganisation => new SKColor(0x02, 0x77, 0xBD),
        BadgeCategory.Secretariat => new SKColor(0x9A, 0x6B, 0x0B),
        BadgeCategory.Press => new SKColor(0xC6, 0x28, 0x28),
        _ => new SKColor(0x6A, 0x1B, 0x9A),
    };

    public static IEnumerable<Sheet> Compose(FontSet fonts, IReadOnlyList<Badge> badges, EventFacts facts, Labels l)
    {
        ArgumentNullException.ThrowIfNull(badges);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(l);
        if (badges.Count == 0)
        {
            var empty = new Sheet(fonts, SheetWriter.A4.Width, SheetWriter.A4.Height);
            empty.Text(l["badges"], 56, 80, 16, bold: true);
            empty.Text(l.Text(facts.Event.Title), 56, 100, 10);
            empty.Text(l["noBadges"], 56, 130, 10.5f);
            yield return empty;
            yield break;
        }

        var left = (SheetWriter.A4.Width - (Columns * CardWidth)) / 2;
        var top = (SheetWriter.A4.Height - (Rows * CardHeight)) / 2;
        for (var first = 0; first < badges.Count; first += Columns * Rows)
        {
            var sheet = new Sheet(fonts, SheetWriter.A4.Width, SheetWriter.A4.Height);
            CutMarks(sheet, left, top);
            var onSheet = badges.Skip(first).Take(Columns * Rows).ToList();
            for (var i = 0; i < onSheet.Count; i++)
                Card(sheet, onSheet[i], facts, l, left + (i % Columns * CardWidth), top + (i / Columns * CardHeight));
            yield return sheet;
        }
    }

    private static void Card(Sheet sheet, Badge badge, EventFacts facts, Labels l, float x, float y)
    {
        var category = CategoryOf(badge.Holder.Role);
        var colour = Colour(category);
        sheet.Rect(SKRect.Create(x, y, CardWidth, CardHeight), SKColors.White, new SKColor(0xDD, 0xDF, 0xE3));
        sheet.Rect(SKRect.Create(x, y, CardWidth, 26), colour);
        sheet.Image(Emblem.Bytes, SKRect.Create(x + 6, y + 4, 18, 18));
        sheet.Fit(l["badge." + Data.Enums.Name(category)].ToUpper(l.Culture), SKRect.Create(x + 28, y + 3, CardWidth - 56, 20), 11, 5, maxLines: 1,
            bold: true, color: SKColors.White);
        sheet.Fit(l.Text(facts.Event.Title), SKRect.Create(x + 8, y + 29, CardWidth - 16, 11), 7, 4, maxLines: 1, color: new SKColor(0x55, 0x5B, 0x66));
        const float qr = 64;
        var textWidth = CardWidth - qr - 22;
        sheet.Fit(l.Text(badge.Holder.Name), SKRect.Create(x + 8, y + 44, textWidth, 38), 15, 5, maxLines: 2, bold: true);
        if (badge.Holder.Title.En.Length > 0)
            sheet.Fit(l.Text(badge.Holder.Title), SKRect.Create(x + 8, y + 84, textWidth, 18), 7, 4, maxLines: 2, color: new SKColor(0x33, 0x37, 0x3D));
        sheet.Fit(l.Text(badge.Holder.Party), SKRect.Create(x + 8, y + 106, textWidth, 30), 9.5f, 4, maxLines: 2, color: colour);
        QrSquares.Of(badge.CheckInUrl).Draw(sheet, x + CardWidth - qr - 8, y + 48, qr);
        sheet.Rect(SKRect.Create(x, y + CardHeight - 6, CardWidth, 6), colour);
    }

    /// <summary>Short marks outside the grid on every line a cut follows.</summary>
    private static void CutMarks(Sheet sheet, float left, float top)
    {
        var ink = new SKColor(0x33, 0x33, 0x33);
        var right = left + (Columns * CardWidth);
        var bottom = top + (Rows * CardHeight);
        for (var c = 0; c <= Columns; c++)
        {
            var x = left + (c * CardWidth);
            sheet.Line(new SKPoint(x, top - 20), new SKPoint(x, top - 4), ink, 0.4f);
            sheet.Line(new SKPoint(x, bottom + 4), new SKPoint(x, bottom + 20), ink, 0.4f);
        }

        for (var r = 0; r <= Rows; r++)
        {
            var y = top + (r * CardHeight);
            sheet.Line(new SKPoint(left - 20, y), new SKPoint(left - 4, y), ink, 0.4f);
            sheet.Line(new SKPoint(right + 4, y), new SKPoint(right + 20, y), ink, 0.4f);
        }
    }
}
