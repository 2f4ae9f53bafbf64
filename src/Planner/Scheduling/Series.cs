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
    /// <remarks>Locks the series (<see cref="WriteLock.Series"/>) until the caller's write unit ends, so two creations at once get different numbers.</remarks>
    public static async Task<int> NextNumberAsync(DbConnection c, DbTransaction tx, long seriesId, long? exceptEvent = null)
    {
        await Locks.TakeAsync(c, tx, WriteLock.Series(seriesId));
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
        await Locks.TakeAsync(c, tx, WriteLock.Series(seriesId));
        var other = await c.ExecuteScalarAsync<long?>(
            "SELECT id FROM event WHERE series_id = @seriesId AND number = @number AND id IS DISTINCT FROM @exceptEvent",
            new { seriesId, number, exceptEvent }, tx);
        if (other is not null)
            throw PlannerException.Of(ErrorKind.Conflict, "number", ErrorCode.SeriesNumberTaken, $"Number {number} is already taken in this series, by event {other}.",
                ("number", number));
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

    private static Series ToSeries(Row r) => new(r.Id, r.Code, Enums.Parse<EventKind>(r.Kind), new LocalizedText(r.NameEn, r.NameRu, r.NameZh),
        r.RuleMonth is null ? null : new SeriesRule((int)r.RuleMonth, (int)r.RuleWeek!, (int)r.RuleWeekday!, (int)r.RuleDays!, r.RuleVenueId!.Value,
            Sql.Time(r.RuleStartTime!), Sql.Time(r.RuleEndTime!)),
        r.Version);
}
