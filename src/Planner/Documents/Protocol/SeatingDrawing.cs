using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Planner.Documents.Composer;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>Draws a <see cref="SeatingLayout"/>: on an A4 landscape PDF page, or as SVG for the event page.</summary>
public static class SeatingDrawing
{
    private static readonly SKColor Table = new(0xE8, 0xEC, 0xF2);
    private static readonly SKColor Edge = new(0x55, 0x5B, 0x66);
    private static readonly SKColor ChairFill = new(0xF4, 0xE7, 0xC3);

    /// <summary>The plan on one A4 landscape page: title, event, the rule followed, and the layout scaled to fit.</summary>
    public static Sheet Page(FontSet fonts, SeatingLayout layout, EventFacts facts, SeatingSettings settings, Labels l)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(l);
        var page = new Sheet(fonts, SheetWriter.A4Landscape.Width, SheetWriter.A4Landscape.Height);
        const float margin = 36;
        page.Text(l["seating"], margin, 44, 16, bold: true);
        page.Text(l.Text(facts.Event.Title) + " · " + Layouts.Dates(facts.Event, l), margin, 62, 10);
        page.Text(l[settings.Rule == SeatingRule.Clockwise ? "seatingClockwise" : "seatingAlternating"], margin, 76, 9, color: Edge);
        page.Text(l["org.short"], page.Width - margin, 44, 9, anchor: TextAnchor.End, color: Edge);

        var area = new SKRect(margin, 88, page.Width - margin, page.Height - margin);
        var scale = Math.Min(1.1f, Math.Min(area.Width / layout.Width, area.Height / layout.Height));
        var dx = area.Left + ((area.Width - (layout.Width * scale)) / 2);
        SKRect Map(SKRect r) => new(dx + (r.Left * scale), area.Top + (r.Top * scale), dx + (r.Right * scale), area.Top + (r.Bottom * scale));

        foreach (var circle in layout.Circles)
            page.Ellipse(Map(circle), Table, Edge);
        foreach (var rect in layout.Rects)
            page.Rect(Map(rect), Table, Edge);
        foreach (var caption in layout.Captions)
            page.Text(l[caption.Key], dx + (caption.X * scale), area.Top + (caption.Y * scale), 10 * Math.Max(scale, 0.8f), bold: true, color: Edge);
        foreach (var seat in layout.Seats)
        {
            var box = Map(seat.Box);
            page.Rect(box, seat.IsChair ? ChairFill : SKColors.White, Edge);
            var inner = box;
            inner.Inflate(-3, -2);
            if (seat.IsChair)
            {
                page.Text(l["chairPlate"], box.MidX, box.Top - 3, 7 * scale, bold: true, anchor: TextAnchor.Middle, color: Edge);
            }

            page.Fit(l.Text(seat.Name), inner, 9.5f * scale, 4, maxLines: 3);
        }

        return page;
    }

    /// <summary>
    /// The plan as an inline SVG element (no script, no external reference), names in <paramref name="language"/>
    /// (HTML-encoded), for the event page. Labels split into at most three lines at spaces and sized by their length.
    /// </summary>
    public static string Svg(SeatingLayout layout, string language, string title, Func<string, string> caption)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(caption);
        var html = HtmlEncoder.Default;
        var s = new StringBuilder();
        string N(float v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        s.Append(CultureInfo.InvariantCulture, $"""<svg class="seating" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(layout.Width)} {N(layout.Height)}" style="width:100%;max-width:{N(layout.Width)}px;height:auto" role="img" aria-label="{html.Encode(title)}" font-family="sans-serif">""");
        foreach (var c in layout.Circles)
            s.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(c.MidX)}" cy="{N(c.MidY)}" r="{N(c.Width / 2)}" fill="#e8ecf2" stroke="#555b66"/>""");
        foreach (var r in layout.Rects)
            s.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(r.Left)}" y="{N(r.Top)}" width="{N(r.Width)}" height="{N(r.Height)}" fill="#e8ecf2" stroke="#555b66"/>""");
        foreach (var c in layout.Captions)
            s.Append(CultureInfo.InvariantCulture, $"""<text x="{N(c.X)}" y="{N(c.Y)}" font-size="12" font-weight="bold" fill="#555b66">{html.Encode(caption(c.Key))}</text>""");
        foreach (var seat in layout.Seats)
        {
            var b = seat.Box;
            var name = seat.Name.In(language);
            s.Append(CultureInfo.InvariantCulture, $"""<g class="seat" data-party="{html.Encode(seat.Code)}"{(seat.IsChair ? " data-chair=\"true\"" : "")}>""");
            s.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(b.Left)}" y="{N(b.Top)}" width="{N(b.Width)}" height="{N(b.Height)}" rx="3" fill="{(seat.IsChair ? "#f4e7c3" : "#fff")}" stroke="#555b66"/>""");
            var lines = Split(name, 3);
            var longest = lines.Max(x => x.Length);
            var size = Math.Min(10.5f, Math.Min((b.Width - 6) / (Math.Max(1, longest) * (IsWide(name) ? 1f : 0.55f)), (b.Height - 4) / (lines.Count * 1.15f)));
            var y = b.MidY - ((lines.Count - 1) * size * 1.15f / 2) + (size * 0.35f);
            s.Append(CultureInfo.InvariantCulture, $"""<text x="{N(b.MidX)}" text-anchor="middle" font-size="{N(size)}">""");
            foreach (var line in lines)
            {
                s.Append(CultureInfo.InvariantCulture, $"""<tspan x="{N(b.MidX)}" y="{N(y)}">{html.Encode(line)}</tspan>""");
                y += size * 1.15f;
            }

            s.Append("</text><title>").Append(html.Encode(name)).Append("</title></g>");
        }

        return s.Append("</svg>").ToString();
    }

    private static bool IsWide(string text) => text.Any(c => FontSet.IsCjk(c));

    /// <summary>The text in at most <paramref name="most"/> lines of about equal length, broken at spaces.</summary>
    private static List<string> Split(string text, int most)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count < most; count++)
        {
            var target = text.Length / (float)count;
            var lines = new List<string>();
            var current = "";
            foreach (var word in words)
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > target + 4 && lines.Count < count - 1)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = current.Length == 0 ? word : current + " " + word;
                }
            }

            lines.Add(current);
            if (lines.Max(l => l.Length) <= 18)
                return lines;
        }

        return Wrap(words, Math.Max(12, text.Length / most + 2), most);
    }

    private static List<string> Wrap(string[] words, int width, int most)
    {
        var lines = new List<string> { "" };
        foreach (var word in words)
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width && lines.Count < most)
                lines.Add(word);
            else
                lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return lines;
    }
}
