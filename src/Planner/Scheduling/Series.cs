using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>
/// A yearly recurrence: in <see cref="Month"/>, starting on the <see cref="Week"/>-th <see cref="Weekday"/>
/// (ISO 1 = Monday; week 5 = the last), for <see cref="Days"/> days, at a venue, from/to local times.
/// </summary>
public sealed record SeriesRule(int Month, int Week, int Weekday, int Days, long VenueId, LocalTime StartTime, LocalTime EndTime);

/// <summary>A numbered series of events (the RATS SCO Council, the Tashkent conference), maybe recurring.</summary>
public sealed record Series(long Id, string Code, EventKind Kind, LocalizedText Name, SeriesRule? Rule, long Version)
{
    /// <summary>The next number in a series: one more than the highest so far.</summary>
    /// <remarks>Runs in the caller's immediate transaction, and numbers are unique per series, so two creations at once get different numbers.</remarks>
    public static async Task<int> NextNumberAsync(DbConnection c, DbTransaction tx, long seriesId, long? exceptEvent = null)
    {
        if (exceptEvent is { } id)
        {
            var own = await c.ExecuteScalarAsync<long?>("SELECT number FROM event WHERE id = @id AND series_id = @seriesId", new { id, seriesId }, tx);
            if (own is { } n)
                return (int)n;
        }

        return (int)await c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(number), 0) + 1 FROM event WHERE series_id = @seriesId", new { seriesId }, tx);
    }

    public static async Task EnsureNumberFreeAsync(DbConnection c, DbTransaction tx, long seriesId, int number, long? exceptEvent)
    {
        var other = await c.ExecuteScalarAsync<long?>(
            "SELECT id FROM event WHERE series_id = @seriesId AND number = @number AND id IS DISTINCT FROM @exceptEvent",
            new { seriesId, number, exceptEvent }, tx);
        if (other is not null)
            throw PlannerException.Conflict("number", $"Number {number} is already taken in this series, by event {other}.");
    }

    /// <summary>The first local date of the occurrence of <paramref name="rule"/> in <paramref name="year"/>.</summary>
    public static LocalDate FirstDay(SeriesRule rule, int year)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var weekday = (IsoDayOfWeek)rule.Weekday;
        if (rule.Week >= 5)
            return new LocalDate(year, rule.Month, 1).PlusMonths(1).PlusDays(-1).With(DateAdjusters.PreviousOrSame(weekday));
        return new LocalDate(year, rule.Month, 1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(rule.Week - 1);
    }
}

public sealed record SeriesRuleInput(int? Month, int? Week, int? Weekday, int? Days, long? VenueId, LocalTime? StartTime, LocalTime? EndTime);

public sealed record SeriesInput(string? Code, EventKind? Kind, LocalizedTextInput? Name, SeriesRuleInput? Rule, long? Version);

/// <summary>Storage of series.</summary>
public static class SeriesStore
{
    private sealed record Row(long Id, string Code, string Kind, string NameEn, string NameRu, string NameZh, long? RuleMonth, long? RuleWeek,
        long? RuleWeekday, long? RuleDays, long? RuleVenueId, string? RuleStartTime, string? RuleEndTime, long Version);

    private const string Select =
        """
        SELECT id, code, kind, name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh, rule_month AS RuleMonth, rule_week AS RuleWeek,
               rule_weekday AS RuleWeekday, rule_days AS RuleDays, rule_venue_id AS RuleVenueId, rule_start_time AS RuleStartTime,
               rule_end_time AS RuleEndTime, version
        FROM series
        """;

    public static async Task<IReadOnlyList<Series>> ListAsync(DbConnection c, DbTransaction? tx = null) =>
        (await c.QueryAsync<Row>(Select + " ORDER BY code", transaction: tx)).Select(ToSeries).ToList();

    public static async Task<Series> GetAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        (await c.QuerySingleOrDefaultAsync<Row>(Select + " WHERE id = @id", new { id }, tx)) is { } row
            ? ToSeries(row)
            : throw PlannerException.NotFound("series", id);

    public static async Task<long> SaveAsync(DbConnection c, DbTransaction tx, long? id, SeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var code = check.Text("code", input.Code, true, 40);
        var kind = check.Required("kind", input.Kind);
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        var r = input.Rule;
        if (r is not null)
        {
            check.That(r.Month is >= 1 and <= 12, "rule.month", "rule.month is 1 to 12.");
            check.That(r.Week is >= 1 and <= 5, "rule.week", "rule.week is 1 to 4, or 5 for the last week of the month.");
            check.That(r.Weekday is >= 1 and <= 7, "rule.weekday", "rule.weekday is an ISO day number, 1 = Monday to 7 = Sunday.");
            check.That(r.Days is >= 1 and <= 60, "rule.days", "rule.days is 1 to 60.");
            check.Required("rule.venueId", r.VenueId);
            var start = check.Required("rule.startTime", r.StartTime);
            var end = check.Required("rule.endTime", r.EndTime);
            if (r.StartTime is not null && r.EndTime is not null && r.Days == 1 && end <= start)
                check.Fail("rule.endTime", "A one-day event ends after it starts.");
        }

        if (id is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        if (r?.VenueId is { } venue && !await c.ExistsAsync(tx, Table.Venue, venue))
            throw PlannerException.Invalid("rule.venueId", $"There is no venue with id {venue}.");
        var other = await c.ExecuteScalarAsync<long?>("SELECT id FROM series WHERE code = @code AND id IS DISTINCT FROM @id", new { code, id }, tx);
        if (other is not null)
            throw PlannerException.Conflict("code", $"The code {code} is already used by series {other}.");

        var values = new
        {
            id, code, kind = Enums.Name(kind), name.En, name.Ru, name.Zh, r?.Month, r?.Week, r?.Weekday, r?.Days, r?.VenueId,
            startTime = r?.StartTime is { } s ? Sql.Text(s) : null, endTime = r?.EndTime is { } e ? Sql.Text(e) : null, input.Version,
        };
        if (id is null)
        {
            return await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO series (code, kind, name_en, name_ru, name_zh, rule_month, rule_week, rule_weekday, rule_days, rule_venue_id, rule_start_time, rule_end_time)
                VALUES (@code, @kind, @En, @Ru, @Zh, @Month, @Week, @Weekday, @Days, @VenueId, @startTime, @endTime) RETURNING id
                """, values, tx);
        }

        await c.ChangeAsync(tx, Table.Series, id.Value, input.Version!.Value,
            """
            UPDATE series SET code = @code, kind = @kind, name_en = @En, name_ru = @Ru, name_zh = @Zh, rule_month = @Month, rule_week = @Week,
                rule_weekday = @Weekday, rule_days = @Days, rule_venue_id = @VenueId, rule_start_time = @startTime, rule_end_time = @endTime,
                version = version + 1
            WHERE id = @id AND version = @Version
            """, values);
        return id.Value;
    }

    private static Series ToSeries(Row r) => new(r.Id, r.Code, Enums.Parse<EventKind>(r.Kind), new LocalizedText(r.NameEn, r.NameRu, r.NameZh),
        r.RuleMonth is null ? null : new SeriesRule((int)r.RuleMonth, (int)r.RuleWeek!, (int)r.RuleWeekday!, (int)r.RuleDays!, r.RuleVenueId!.Value,
            Sql.Time(r.RuleStartTime!), Sql.Time(r.RuleEndTime!)),
        r.Version);
}
