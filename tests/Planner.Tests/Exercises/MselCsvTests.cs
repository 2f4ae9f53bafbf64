using Planner.Errors;
using Planner.Exercises;
using Planner.Http;

namespace Planner.Tests.Exercises;

/// <summary>Reading an MSEL from CSV, without a host.</summary>
public sealed class MselCsvTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_know_their_line()
    {
        var csv = "\uFEFFNumber,scenarioTime,from,to,message\r\n"
            + "1,2009-04-18 10:30,Border post,Staff,\"Shots fired, \"\"two\"\" wounded\"\r\n"
            + "\r\n"
            + "2,2009-04-18T11:00,HQ,Staff,\"First line\nsecond line\"\n"
            + "3,2009-04-18 12:00,HQ,Staff,After the break\n";
        var (rows, errors) = MselCsv.Read(csv);
        Assert.Empty(errors);
        Assert.Equal([2, 4, 6], rows.Select(r => r.Line));
        Assert.Equal([0, 1, 2], rows.Select(r => r.Index));
        Assert.Equal("Shots fired, \"two\" wounded", rows[0]["message"]);
        Assert.Equal("First line\nsecond line", rows[1]["message"]);
        Assert.Equal("1", rows[0]["number"]);
        Assert.Equal("", rows[0]["controller"]);
    }

    [Fact]
    public void A_bad_header_names_every_unknown_repeated_and_missing_column()
    {
        var (rows, errors) = MselCsv.Read("number,when,from,from\n1,x,a,b\n");
        Assert.Single(rows);
        var header = errors["header"];
        Assert.Contains(header, m => m.Contains("'when' is not a column", StringComparison.Ordinal));
        Assert.Contains(header, m => m.Contains("'from' appears twice", StringComparison.Ordinal));
        Assert.Contains(header, m => m.Contains("'scenarioTime' is required", StringComparison.Ordinal));
        Assert.Contains(header, m => m.Contains("'to' is required", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_quote_a_short_row_and_an_empty_file_are_told_where_they_are()
    {
        var (_, errors) = MselCsv.Read("number,scenarioTime,from,to\n1,2009-04-18 10:30,a\n2,2009-04-18 10:30,a,\"b\n");
        Assert.Equal(["Line 3 opens a quoted field that is never closed."], errors["body"]);
        Assert.Equal(["Line 2 has 3 fields; the header names 4."], errors["rows[0]"]);

        Assert.Contains("The file is empty", MselCsv.Read("").Errors["header"][0], StringComparison.Ordinal);
        Assert.Equal(["The file has a header but no injects."], MselCsv.Read("number,scenarioTime,from,to\n\n").Errors["body"]);
    }

    [Fact]
    public void Values_that_do_not_parse_are_reported_under_their_row_and_column()
    {
        var (rows, _) = MselCsv.Read("number,scenarioTime,from,to,objective,status\n0,18.04.2009,a,b,7,done\n5,2009-04-18 10:30,a,b,1,released\n");
        var check = new Check();
        var objectives = new Dictionary<int, long> { [1] = 501 };
        var bad = MselCsv.ToInput(rows[0], objectives, check);
        var good = MselCsv.ToInput(rows[1], objectives, check);
        Assert.Null(bad.Number);
        Assert.Null(bad.ScenarioTime);
        Assert.Equal(["rows[0].number", "rows[0].objective", "rows[0].scenarioTime", "rows[0].status"],
            Assert.Throws<PlannerException>(check.ThrowIfFailed).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(5, good.Number);
        Assert.Equal(new NodaTime.LocalDateTime(2009, 4, 18, 10, 30), good.ScenarioTime);
        Assert.Equal(501L, good.ObjectiveId);
        Assert.Equal(InjectStatus.Released, good.Status);
    }
}
