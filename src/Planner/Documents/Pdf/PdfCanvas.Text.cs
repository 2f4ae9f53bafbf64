using Planner.Documents.Composer;
using SkiaSharp;

namespace Planner.Documents.Pdf;

/// <summary>Text: laid-out lines written as glyph ids, each part of a line placed once and its glyphs' own positions kept.</summary>
internal sealed partial class PdfCanvas
{
    /// <summary>
    /// Smallest difference (in points) between where a glyph is laid out and where the reader's advance would put
    /// it that is written as an adjustment: kerning and rounding in HarfBuzz's units are kept, float noise is not.
    /// </summary>
    private const double Slack = 0.0005;

    /// <summary>
    /// Writes <paramref name="lines"/> in one text object. A part whose glyphs a reader maps back to its characters one
    /// for one is written as glyphs only; in any other part, each cluster that does not map back carries its source
    /// text as ActualText, so text extracted or copied from the PDF is the source text. A synthesised bold is filled and
    /// stroked; a synthesised italic is slanted.
    /// </summary>
    public void Text(IEnumerable<TextOp> lines)
    {
        var started = false;
        (string Font, float Size)? current = null;
        var bold = false;
        foreach (var op in lines)
        {
            foreach (var part in op.Line.Parts)
            {
                if (part.Count == 0)
                    continue;
                if (!started)
                {
                    _out.Put("BT\n"u8);
                    started = true;
                }

                var run = part.Run;
                var font = _resources.Fonts.Use(run.Face, run.Glyphs.AsSpan(part.First, part.Count));
                if (current != (font, run.Size))
                {
                    current = (font, run.Size);
                    _out.Put(font).Put((byte)' ').Num(run.Size).Put("Tf\n"u8);
                }

                Paint(op.Color, stroke: false, 0, dashed: false);
                if (run.Face.FakeBold)
                    Paint(op.Color, stroke: true, FakeBoldWidth(run.Size), dashed: false);
                if (bold != run.Face.FakeBold)
                    _out.Put((bold = run.Face.FakeBold) ? "2 Tr\n"u8 : "0 Tr\n"u8);
                Part(op, part);
            }
        }

        if (started)
            _out.Put(bold ? "0 Tr\nET\n"u8 : "ET\n"u8);
    }

    /// <summary>The stroke that thickens a synthesised bold, as Skia draws it: 1/24 of the size at 9 pt, 1/32 from 36 pt.</summary>
    private static float FakeBoldWidth(float size)
    {
        var t = Math.Clamp((size - 9) / 27, 0, 1);
        return size * ((1f / 24) + (t * ((1f / 32) - (1f / 24))));
    }

    private void Part(TextOp op, LinePart part)
    {
        var run = part.Run;
        var x0 = op.X + part.OffsetX;
        if (IsPlain(part))
        {
            Glyphs(run, part.First, part.Count, x0, op.Baseline);
            return;
        }

        // Clusters are UTF-16 indexes into the run's text; glyphs of one cluster are written together.
        var g = part.First;
        var end = part.First + part.Count;
        while (g < end)
        {
            var cluster = Cluster(part, g);
            var next = g + 1;
            while (next < end && Cluster(part, next) == cluster)
                next++;
            var textEnd = part.TextEnd;
            for (var k = part.First; k < end; k++)
            {
                var other = Cluster(part, k);
                if (other > cluster && other < textEnd)
                    textEnd = other;
            }

            var text = run.Text.AsSpan(cluster, textEnd - cluster);
            var maps = next - g == 1 && text.Length == 1 && run.Face.MapsBack(run.Glyphs[g], text[0]);
            if (!maps)
                _out.Put("/Span <</ActualText "u8).Text(text).Put(">> BDC\n"u8);
            Glyphs(run, g, next - g, x0, op.Baseline);
            if (!maps)
                _out.Put("EMC\n"u8);
            g = next;
        }
    }

    private static int Cluster(LinePart part, int glyph) => Math.Clamp(part.Run.Clusters[glyph], part.TextStart, part.TextEnd);

    /// <summary>
    /// Glyphs <paramref name="first"/>..+<paramref name="count"/> of <paramref name="run"/>, the first placed with the text
    /// matrix, the others by the font's advances, adjusted where the layout placed them elsewhere (kerning).
    /// </summary>
    private void Glyphs(ShapedRun run, int first, int count, float x0, float baseline)
    {
        var size = run.Size;
        _out.Put("1 0 "u8).Num(run.Face.FakeItalic ? 0.2 : 0).Put("-1 "u8).Num(x0 + run.X[first]).Num(baseline).Put("Tm [<"u8);
        var expected = 0.0;
        for (var g = first; g < first + count; g++)
        {
            var x = (double)x0 + run.X[g];
            var glyph = run.Glyphs[g];
            if (g > first && Math.Abs(x - expected) > Slack)
                _out.Put((byte)'>').Number((expected - x) * 1000 / size).Put((byte)'<');
            _out.Glyph(glyph);
            expected = x + (PdfFonts.Width(run.Face, glyph) * size / 1000);
        }

        _out.Put(">] TJ\n"u8);
    }

    /// <summary>One glyph per character, in order, each the one the font maps that character to and back.</summary>
    private static bool IsPlain(LinePart part)
    {
        if (part.TextEnd - part.TextStart != part.Count)
            return false;
        var run = part.Run;
        for (var g = 0; g < part.Count; g++)
        {
            var index = part.First + g;
            var at = part.TextStart + g;
            if (run.Clusters[index] != at || !run.Face.MapsBack(run.Glyphs[index], run.Text[at]))
                return false;
        }

        return true;
    }
}
