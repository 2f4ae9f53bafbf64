using Dapper;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>
/// Makes every change to series: checks (a code used once, a recurrence rule that names a real venue and a sensible
/// week and times), the version read, and a removal refused while events still belong to the series.
/// </summary>
public sealed class SeriesService(Db db)
{
    /// <summary>Creates a series (<paramref name="id"/> null) or changes one under the version read.</summary>
    public Task<Series> SaveAsync(long? id, SeriesInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync((c, tx) => SaveAsync(c, tx, id, input), cancellationToken);
    }

    /// <summary>Creates a series (<paramref name="id"/> null) or changes one under the version read, inside the caller's transaction.</summary>
    internal static async Task<Series> SaveAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, long? id, SeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var code = check.Text("code", input.Code, true, 40);
        var kind = check.Required("kind", input.Kind);
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        var r = input.Rule;
        if (r is not null)
        {
            check.That(r.Month is >= 1 and <= 12, "rule.month", "rule.month is 1 to 12.", ErrorCode.RuleMonth);
            check.That(r.Week is >= 1 and <= 5, "rule.week", "rule.week is 1 to 4, or 5 for the last week of the month.", ErrorCode.RuleWeek);
            check.That(r.Weekday is >= 1 and <= 7, "rule.weekday", "rule.weekday is an ISO day number, 1 = Monday to 7 = Sunday.", ErrorCode.RuleWeekday);
            check.That(r.Days is >= 1 and <= 60, "rule.days", "rule.days is 1 to 60.", ErrorCode.RuleDays);
            check.Required("rule.venueId", r.VenueId);
            var start = check.Required("rule.startTime", r.StartTime);
            var end = check.Required("rule.endTime", r.EndTime);
            if (r.StartTime is not null && r.EndTime is not null && r.Days == 1 && end <= start)
                check.Fail("rule.endTime", "A one-day event ends after it starts.", ErrorCode.RuleEndTime);
        }

        if (id is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        var values = new
        {
            id, code, kind = Enums.Name(kind), name.En, name.Ru, name.Zh, r?.Month, r?.Week, r?.Weekday, r?.Days, r?.VenueId,
            startTime = r?.StartTime is { } s ? Sql.Text(s) : null, endTime = r?.EndTime is { } e ? Sql.Text(e) : null, input.Version,
        };
        if (r?.VenueId is { } venue && !await c.ExistsAsync(tx, Table.Venue, venue))
            throw PlannerException.Invalid("rule.venueId", $"There is no venue with id {venue}.", ErrorCode.VenueNotFound);
        var other = await c.ExecuteScalarAsync<long?>("SELECT id FROM series WHERE code = @code AND id IS DISTINCT FROM @id", new { code, id }, tx);
        if (other is not null)
            throw PlannerException.Of(ErrorKind.Conflict, "code", ErrorCode.SeriesCodeTaken, $"The code {code} is already used by series {other}.", ("value", code));
        var saved = id ?? await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO series (code, kind, name_en, name_ru, name_zh, rule_month, rule_week, rule_weekday, rule_days, rule_venue_id, rule_start_time, rule_end_time)
            VALUES (@code, @kind, @En, @Ru, @Zh, @Month, @Week, @Weekday, @Days, @VenueId, @startTime, @endTime) RETURNING id
            """, values, tx);
        if (id is not null)
        {
            await c.ChangeAsync(tx, Table.Series, saved, input.Version!.Value,
                """
                UPDATE series SET code = @code, kind = @kind, name_en = @En, name_ru = @Ru, name_zh = @Zh, rule_month = @Month, rule_week = @Week,
                    rule_weekday = @Weekday, rule_days = @Days, rule_venue_id = @VenueId, rule_start_time = @startTime, rule_end_time = @endTime,
                    version = version + 1
                WHERE id = @id AND version = @Version
                """, values);
        }

        return await SeriesStore.GetAsync(c, saved, tx);
    }

    /// <summary>Removes a series (version checked when given); refused while it still has events.</summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Series, id, version, cancellationToken, async (c, tx) =>
        {
            await Locks.TakeAsync(c, tx, WriteLock.Series(id));
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE series_id = @id", new { id }, tx) > 0)
                throw PlannerException.Conflict("id", "The series still has events; remove them from it first.", ErrorCode.SeriesInUse);
        });
}
