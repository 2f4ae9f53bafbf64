using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Planner.Data;

namespace Planner.Exercises;

/// <summary>
/// Reads a Master Scenario Events List from CSV (RFC 4180: comma-separated, fields with commas, quotes or line
/// breaks in double quotes, a quote inside written twice). The first line names the columns, in any order:
/// <c>number, scenarioTime, from, to, method, message, expectedAction, objective, controller, status</c>;
/// <c>number</c>, <c>scenarioTime</c>, <c>from</c> and <c>to</c> are required. <c>objective</c> is the
/// objective's number (1 for the first objective), <c>scenarioTime</c> a local time such as 2009-04-18 10:30.
/// </summary>
public static class MselCsv
{
    /// <summary>The columns an MSEL file may have, as written in its header.</summary>
    public static readonly string[] Columns = ["number", "scenarioTime", "from", "to", "method", "message", "expectedAction", "objective", "controller", "status"];

    private static readonly string[] Required = ["number", "scenarioTime", "from", "to"];

    private static readonly LocalDateTimePattern[] TimePatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm"),
        LocalDateTimePattern.ExtendedIso,
    ];

    /// <summary>A data row of the file: its index among the data rows, its line in the file, its values by column.</summary>
    public sealed record Row(int Index, int Line, IReadOnlyDictionary<string, string> Values)
    {
        public string this[string column] => Values.GetValueOrDefault(column, "");
    }

    /// <summary>The rows of <paramref name="text"/>, or the reason the file as a whole cannot be read (keyed by field).</summary>
    public static (IReadOnlyList<Row> Rows, IReadOnlyDictionary<string, string[]> Errors) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var records = Split(text.TrimStart('\uFEFF'), out var brokenLine);
        if (brokenLine is { } line)
            errors["body"] = [$"Line {line} opens a quoted field that is never closed."];
        if (records.Count == 0 || records[0].Fields.All(f => f.Length == 0))
        {
            errors["header"] = [$"The file is empty; its first line names the columns: {string.Join(",", Columns)}."];
            return ([], errors);
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var names = new List<string>();
        foreach (var name in header)
        {
            var column = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
                Add(errors, "header", $"'{name}' is not a column of the MSEL; the columns are {string.Join(", ", Columns)}.");
            else if (names.Contains(column))
                Add(errors, "header", $"The column '{column}' appears twice.");
            names.Add(column ?? name);
        }

        foreach (var missing in Required.Where(r => !names.Contains(r)))
            Add(errors, "header", $"The column '{missing}' is required.");

        var rows = new List<Row>();
        foreach (var (fields, lineNumber) in records.Skip(1))
        {
            if (fields.All(f => f.Trim().Length == 0))
                continue;
            var index = rows.Count;
            if (fields.Count != names.Count)
                Add(errors, $"rows[{index}]", $"Line {lineNumber} has {fields.Count} fields; the header names {names.Count}.");
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(fields.Count, names.Count); i++)
                values[names[i]] = fields[i].Trim();
            rows.Add(new Row(index, lineNumber, values));
        }

        if (rows.Count == 0 && errors.Count == 0)
            errors["body"] = ["The file has a header but no injects."];
        return (rows, errors);
    }

    /// <summary>Turns a row into the input of one inject; values that do not parse are reported under <c>rows[i].column</c>.</summary>
    public static InjectInput ToInput(Row row, IReadOnlyDictionary<int, long> objectiveIds, Http.Check check)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(objectiveIds);
        ArgumentNullException.ThrowIfNull(check);
        var field = $"rows[{row.Index}].";
        int? number = null;
        if (row["number"].Length > 0)
        {
            if (int.TryParse(row["number"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                number = n;
            else
                check.Fail(field + "number", $"Line {row.Line}: '{row["number"]}' is not an inject number (a positive whole number).",
                    ErrorCode.MselNotNumber, ("line", row.Line), ("value", row["number"]));
        }

        LocalDateTime? time = null;
        if (row["scenarioTime"].Length > 0)
        {
            time = TimePatterns.Select(p => p.Parse(row["scenarioTime"])).FirstOrDefault(r => r.Success)?.Value;
            if (time is null)
                check.Fail(field + "scenarioTime", $"Line {row.Line}: '{row["scenarioTime"]}' is not a time; write it as 2009-04-18 10:30.",
                    ErrorCode.MselNotTime, ("line", row.Line), ("value", row["scenarioTime"]));
        }

        long? objective = null;
        if (row["objective"].Length > 0)
        {
            if (int.TryParse(row["objective"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) && objectiveIds.TryGetValue(o, out var oid))
                objective = oid;
            else
                check.Fail(field + "objective", $"Line {row.Line}: the exercise has no objective number '{row["objective"]}'.",
                    ErrorCode.MselNoObjective, ("line", row.Line), ("value", row["objective"]));
        }

        InjectStatus? status = null;
        if (row["status"].Length > 0)
        {
            status = Enums.TryParse<InjectStatus>(row["status"]);
            if (status is null)
                check.Fail(field + "status", $"Line {row.Line}: '{row["status"]}' is not one of pending, released, skipped.",
                    ErrorCode.MselNotStatus, ("line", row.Line), ("value", row["status"]));
        }

        return new InjectInput(number, time, row["from"], row["to"], row["method"], row["message"], row["expectedAction"],
            objective, row["controller"], status, null);
    }

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var list) ? [.. list, message] : [message];

    /// <summary>Splits CSV text into records of fields, each with the line it starts on.</summary>
    internal static List<(List<string> Fields, int Line)> Split(string text, out int? unclosedQuoteLine)
    {
        var records = new List<(List<string>, int)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (ch == '\n')
                        line++;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
                quoteLine = line;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                fields.Add(field.ToString());
                field.Clear();
                records.Add((fields, recordLine));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((fields, recordLine));
        }

        unclosedQuoteLine = quoted ? quoteLine : null;
        return records;
    }
}
