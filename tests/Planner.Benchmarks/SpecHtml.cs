using System.Globalization;
using System.Net;
using System.Text;
using Planner.Documents.Composer;

namespace Planner.Benchmarks;

/// <summary>
/// A <see cref="DocumentSpec"/> as the HTML page a .NET team would print with Chromium instead: the same headings,
/// paragraphs and tables (header row repeated on every page), A4 with the same margins, the same font, the running
/// header and "Page X of Y" footer as Chromium's print header and footer. The content is the same; only the engine differs.
/// </summary>
internal static class SpecHtml
{
    /// <summary>Page margins in CSS pixels at 96 dpi, from the composer's frame in points.</summary>
    public static (string Top, string Bottom, string Side) Margins =>
        (Px(PageFrame.Top), Px(PageFrame.Height - PageFrame.Bottom), Px(PageFrame.Left));

    public static string Of(DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var html = new StringBuilder(1 << 20);
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{spec.Language}\"><head><meta charset=\"utf-8\"><title>{Encode(spec.Title)}</title><style>");
        html.Append("@page{size:A4}body{font-family:'DejaVu Sans','LXGW WenKai',sans-serif;font-size:10.5pt;color:#1a1a1a;margin:0}");
        html.Append("h1{font-size:18pt;margin:0 0 8pt}h2{font-size:13pt;margin:12pt 0 6pt;break-after:avoid}h3{font-size:11.5pt;margin:10pt 0 4pt;break-after:avoid}");
        html.Append("p{margin:0 0 4pt}table{width:100%;border-collapse:collapse;font-size:9.5pt;margin-bottom:8pt}");
        html.Append("th,td{border:0.5pt solid #8a8a8a;padding:3pt 4pt;text-align:left;vertical-align:top}th{background:#e4e8ee}tr{break-inside:avoid}");
        html.Append("</style></head><body>");
        foreach (var block in spec.Blocks)
            Block(html, block);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Block(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Heading h:
                html.Append(CultureInfo.InvariantCulture, $"<h{Math.Clamp(h.Level, 1, 3)}>{Encode(h.Text)}</h{Math.Clamp(h.Level, 1, 3)}>");
                break;
            case Paragraph p:
                html.Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:{p.Size}pt;text-align:{p.Align.ToString().ToLowerInvariant()}\">");
                Spans(html, p.Spans);
                html.Append("</p>");
                break;
            case BulletList list:
                html.Append("<ul>");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    Spans(html, item);
                    html.Append("</li>");
                }

                html.Append("</ul>");
                break;
            case Table table:
                var total = table.Widths.Sum();
                html.Append("<table><colgroup>");
                foreach (var width in table.Widths)
                    html.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{100 * width / total:0.#}%\">");
                html.Append("</colgroup><thead><tr>");
                foreach (var cell in table.Header)
                    Cell(html, "th", cell);
                html.Append("</tr></thead><tbody>");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row)
                        Cell(html, "td", cell);
                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case Spacer spacer:
                html.Append(CultureInfo.InvariantCulture, $"<div style=\"height:{spacer.Height}pt\"></div>");
                break;
            case PageBreak:
                html.Append("<div style=\"break-after:page\"></div>");
                break;
            default:
                break;
        }
    }

    private static void Cell(StringBuilder html, string tag, Cell cell)
    {
        html.Append(CultureInfo.InvariantCulture, $"<{tag}{(cell.Shade ? " style=\"background:#f3f4f6\"" : "")}>");
        Spans(html, cell.Spans);
        html.Append(CultureInfo.InvariantCulture, $"</{tag}>");
    }

    private static void Spans(StringBuilder html, IReadOnlyList<Span> spans)
    {
        foreach (var span in spans)
        {
            var text = Encode(span.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            html.Append(span.Bold ? "<b>" : "").Append(span.Italic ? "<i>" : "").Append(text).Append(span.Italic ? "</i>" : "").Append(span.Bold ? "</b>" : "");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Px(float points) => string.Create(CultureInfo.InvariantCulture, $"{points * 96 / 72:0.#}px");
}
