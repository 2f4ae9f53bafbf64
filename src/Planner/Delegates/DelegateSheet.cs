using ClosedXML.Excel;
using Planner.Http;

namespace Planner.Delegates;

/// <summary>One delegate as a line of a delegate list.</summary>
/// <remarks>
/// The English name is written as given and family name (split at its last space, as English names are written:
/// "Rakesh Mehra"), the Russian and Chinese names whole, in their protocol order; the position in each language.
/// Read back the same way: the Russian and Chinese names are kept whole as those languages' family names. The function
/// is the person's in this delegation ("Head of delegation", "Expert"), in each language.
/// </remarks>
public sealed record DelegateLine(string Party, string FamilyName, string GivenName, string NameRu, string NameZh,
    string PositionEn, string PositionRu, string PositionZh, bool IsHead, LocalizedText Function);

/// <summary>
/// Where in a file a fault is, said in the reader's language: a workbook's <paramref name="Sheet"/> and
/// <paramref name="Row"/>, a sheet's header (no row), a CSV line (no sheet), or the CSV header (neither).
/// </summary>
public sealed record SheetPlace(string? Sheet, int? Row) : IPhrase
{
    public string In(Language language, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sheet"] = Sheet ?? "", ["row"] = Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        var key = (Sheet, Row) switch
        {
            (not null, not null) => "delegates.at.sheetRow",
            (not null, null) => "delegates.at.sheet",
            (null, not null) => "delegates.at.line",
            _ => "delegates.at.header",
        };
        return catalogue.Fill(key, language, values);
    }

    /// <summary>The place in English (the problem's English message).</summary>
    public override string ToString() => In(Language.English, Catalogue.Default);
}

/// <summary>A line read from a file: where it was (sheet and row, or CSV line) and its values by column.</summary>
public sealed record SheetRow(int Index, SheetPlace Place, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.GetValueOrDefault(column, "");
}

/// <summary>
/// Delegate lists as spreadsheets (ClosedXML) and CSV: the columns <see cref="Columns"/> in this order, a header
/// row, one line per delegate; in a workbook, one sheet per group of participants.
/// </summary>
public static class DelegateSheet
{
    public const string Party = "party", FamilyName = "familyName", GivenName = "givenName", NameRu = "nameRu", NameZh = "nameZh",
        PositionEn = "positionEn", PositionRu = "positionRu", PositionZh = "positionZh", Role = "role",
        FunctionEn = "functionEn", FunctionRu = "functionRu", FunctionZh = "functionZh";

    /// <summary>The columns; the function's are optional on import (a file without them keeps the functions recorded).</summary>
    public static readonly string[] Columns = [Party, FamilyName, GivenName, NameRu, NameZh, PositionEn, PositionRu, PositionZh, Role, FunctionEn, FunctionRu, FunctionZh];

    /// <summary>The workbook: one sheet per group (in the order given), its name the group's.</summary>
    public static byte[] Write(IReadOnlyList<(string Group, IReadOnlyList<DelegateLine> Lines)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        using var workbook = new XLWorkbook();
        foreach (var (group, lines) in groups)
        {
            var sheet = workbook.Worksheets.Add(group.Length > 31 ? group[..31] : group);
            for (var c = 0; c < Columns.Length; c++)
                sheet.Cell(1, c + 1).Value = Columns[c];
            sheet.Row(1).Style.Font.Bold = true;
            for (var r = 0; r < lines.Count; r++)
            {
                var l = lines[r];
                string[] values = [l.Party, l.FamilyName, l.GivenName, l.NameRu, l.NameZh, l.PositionEn, l.PositionRu, l.PositionZh, l.IsHead ? "head" : "member",
                    l.Function.En, l.Function.Ru, l.Function.Zh];
                for (var c = 0; c < values.Length; c++)
                    sheet.Cell(r + 2, c + 1).SetValue(values[c]);
            }

            // Fixed widths: measuring text (AdjustToContents) needs System.Drawing, which Linux lacks.
            sheet.Columns(1, Columns.Length).Width = 22;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The rows of a workbook (every sheet, each with its header row).</summary>
    public static IReadOnlyList<SheetRow> ReadWorkbook(Stream content, Check check)
    {
        ArgumentNullException.ThrowIfNull(check);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(content);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            check.Fail("body", "The file is not an .xlsx workbook.", ErrorCode.DelegatesNotWorkbook);
            return [];
        }

        using (workbook)
        {
            var rows = new List<SheetRow>();
            foreach (var sheet in workbook.Worksheets)
            {
                var used = sheet.RangeUsed();
                if (used is null)
                    continue;
                var header = used.FirstRow().Cells().Select(c => c.GetString().Trim()).ToList();
                var names = Header(header, new SheetPlace(sheet.Name, null), check);
                foreach (var row in used.RowsUsed().Skip(1))
                {
                    var values = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var c = 0; c < names.Count; c++)
                        values[names[c]] = row.Cell(c + 1).GetString();
                    rows.Add(new SheetRow(rows.Count, new SheetPlace(sheet.Name, row.RowNumber()), values));
                }
            }

            return rows;
        }
    }

    /// <summary>The rows of a CSV file (RFC 4180, first line the header).</summary>
    public static IReadOnlyList<SheetRow> ReadCsv(string text, Check check)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(check);
        var records = Exercises.MselCsv.Split(text.TrimStart('\uFEFF'), out var broken);
        if (broken is { } brokenLine)
            check.Fail("body", $"Line {brokenLine} opens a quoted field that is never closed.", ErrorCode.CsvUnclosedQuote, ("line", brokenLine));
        if (records.Count == 0)
        {
            check.Fail("header", $"The file is empty; its first line names the columns: {string.Join(",", Columns)}.", ErrorCode.DelegatesEmpty,
                ("columns", string.Join(",", Columns)));
            return [];
        }

        var names = Header(records[0].Fields.Select(f => f.Trim()).ToList(), new SheetPlace(null, null), check);
        var rows = new List<SheetRow>();
        foreach (var (fields, line) in records.Skip(1).Where(r => r.Fields.Any(f => f.Length > 0)))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < names.Count; c++)
                values[names[c]] = c < fields.Count ? fields[c] : "";
            rows.Add(new SheetRow(rows.Count, new SheetPlace(null, line), values));
        }

        return rows;
    }

    private static List<string> Header(IReadOnlyList<string> header, SheetPlace where, Check check)
    {
        var names = new List<string>();
        foreach (var name in header)
        {
            var column = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            check.That(column is not null || name.Length == 0, "header", $"'{name}' in {where} is not a column of a delegate list; the columns are {string.Join(", ", Columns)}.",
                ErrorCode.DelegatesUnknownColumn, ("name", name), ("place", where), ("columns", string.Join(", ", Columns)));
            names.Add(column ?? "");
        }

        foreach (var required in new[] { Party, FamilyName, Role })
            check.That(names.Contains(required), "header", $"{where} has no column '{required}'.", ErrorCode.DelegatesMissingColumn, ("place", where), ("column", required));
        return names;
    }
}
