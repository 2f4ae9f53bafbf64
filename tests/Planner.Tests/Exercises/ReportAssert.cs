using Planner.Tests.Documents;
using UglyToad.PdfPig.Content;

namespace Planner.Tests.Exercises;

/// <summary>Checks of the after-action report's layout as read back from the PDF.</summary>
internal static class ReportAssert
{
    /// <summary>
    /// On the page of the analysis table, each rating mark stands under the column header of the same letter
    /// (P, S, M, U) and on the line of its objective's number; <paramref name="expected"/> gives the rating per objective number.
    /// </summary>
    public static void RatingsInColumns(IReadOnlyList<PageText> pages, IReadOnlyDictionary<int, char> expected)
    {
        var page = pages.First(p => p.Text.Contains("Analysis of capabilities", StringComparison.Ordinal));
        var letters = page.Letters;
        var header = Find(page, "CapabilityPSMU");
        var columns = letters.Skip(header + "Capability".Length).Take(4).ToList();
        Assert.Equal("PSMU", string.Concat(columns.Select(l => l.Value)));
        var headerY = columns[0].StartBaseLine.Y;
        var left = letters[Find(page, "Objective", from: 0, below: headerY + 1)].StartBaseLine.X;

        // Objective numbers ("1.") at the left edge of the table, under the header.
        var rows = new Dictionary<int, double>();
        for (var i = 0; i + 1 < letters.Count; i++)
        {
            var l = letters[i];
            if (l.StartBaseLine.Y < headerY - 1 && Math.Abs(l.StartBaseLine.X - left) < 2 && letters[i + 1].Value == "."
                && int.TryParse(l.Value, out var number) && !rows.ContainsKey(number))
                rows[number] = l.StartBaseLine.Y;
        }

        // The legend below the table ("P: performed without challenges. …") is not a mark.
        var legendY = letters[Find(page, "P: performed")].StartBaseLine.Y;
        var marks = letters.Where(l => l.StartBaseLine.Y < headerY - 1 && l.StartBaseLine.Y > legendY + 1 && l.Value.Length == 1 && "PSMU".Contains(l.Value, StringComparison.Ordinal)
            && l.BoundingBox.Centroid.X > columns[0].BoundingBox.Left - 8 && l.BoundingBox.Centroid.X < columns[3].BoundingBox.Right + 8).ToList();
        var found = new Dictionary<int, char>();
        foreach (var mark in marks)
        {
            var column = columns.MinBy(c => Math.Abs(c.BoundingBox.Centroid.X - mark.BoundingBox.Centroid.X))!;
            Assert.True(Math.Abs(column.BoundingBox.Centroid.X - mark.BoundingBox.Centroid.X) < 3,
                $"The mark {mark.Value} at x={mark.BoundingBox.Centroid.X:F1} is not under a column header.");
            Assert.Equal(column.Value, mark.Value);
            var row = rows.Where(r => Math.Abs(r.Value - mark.StartBaseLine.Y) < 2).Select(r => r.Key).DefaultIfEmpty(-1).First();
            Assert.True(row > 0, $"The mark {mark.Value} at y={mark.StartBaseLine.Y:F1} is on no objective's line: {string.Join(", ", rows.Select(r => $"{r.Key}@{r.Value:F1}"))} (left {left:F1}).");
            found[row] = mark.Value[0];
        }

        Assert.Equal(expected.OrderBy(e => e.Key), found.OrderBy(e => e.Key));
    }

    /// <summary>The index of the first letter of <paramref name="text"/> in the page's letters (optionally: on a line at or below <paramref name="below"/>).</summary>
    private static int Find(PageText page, string text, int from = 0, double below = double.MaxValue)
    {
        var letters = page.Letters;
        for (var i = from; i + text.Length <= letters.Count; i++)
        {
            if (letters[i].StartBaseLine.Y <= below && Matches(letters, i, text))
                return i;
        }

        Assert.Fail($"'{text}' is not on page {page.Number}.");
        return -1;
    }

    private static bool Matches(IReadOnlyList<Letter> letters, int at, string text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            if (letters[at + k].Value != text[k].ToString())
                return false;
        }

        return true;
    }
}
