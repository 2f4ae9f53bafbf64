using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>A party as the programme names it.</summary>
public sealed record PartyRef(long Id, string Code, LocalizedText Name);

/// <summary>
/// One line of the multi-year plan. <see cref="ChairFromRotation"/> is true where a Council meeting has no
/// chair of its own and the programme shows the state chairing on its first day.
/// </summary>
public sealed record ProgrammeEntry(long Id, EventKind Kind, LocalizedText Title, int? Number, LocalDateTime Start, LocalDateTime End,
    string TimeZone, string Venue, string City, PartyRef? Host, PartyRef? Chair, bool ChairFromRotation, EventStatus Status);

/// <summary>The programme of years, and the next occurrences proposed by series rules.</summary>
public static class Programme
{
    private sealed record Row(long Id, string Kind, string TitleEn, string TitleRu, string TitleZh, long? Number, string StartLocal, string EndLocal,
        string TimeZone, string Venue, string City, long? HostId, string? HostCode, string? HostEn, string? HostRu, string? HostZh,
        long? ChairId, string? ChairCode, string? ChairEn, string? ChairRu, string? ChairZh, string Status);

    /// <summary>Every event of every kind held in the years <paramref name="first"/> to <paramref name="last"/>, in order of start.</summary>
    public static async Task<IReadOnlyList<ProgrammeEntry>> ReadAsync(DbConnection c, Chairmanship chairmanship, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(chairmanship);
        var rows = await c.QueryAsync<Row>(
            """
            SELECT e.id, e.kind, e.title_en AS TitleEn, e.title_ru AS TitleRu, e.title_zh AS TitleZh, e.number,
                   e.start_local AS StartLocal, e.end_local AS EndLocal, v.time_zone AS TimeZone, v.name_en AS Venue, v.city_en AS City,
                   h.id AS HostId, h.code AS HostCode, h.name_en AS HostEn, h.name_ru AS HostRu, h.name_zh AS HostZh,
                   ch.id AS ChairId, ch.code AS ChairCode, ch.name_en AS ChairEn, ch.name_ru AS ChairRu, ch.name_zh AS ChairZh, e.status
            FROM event e JOIN venue v ON v.id = e.venue_id
            LEFT JOIN party h ON h.id = e.host_party_id LEFT JOIN party ch ON ch.id = e.chair_party_id
            WHERE e.start_local < @to AND e.end_local >= @from
            ORDER BY e.start_at, e.id
            """, new { from = $"{first:D4}-01-01", to = $"{last + 1:D4}-01-01" });
        var terms = await chairmanship.TermsAsync(c, null, new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));
        return rows.Select(r =>
        {
            var start = Sql.DateTime(r.StartLocal);
            var kind = Enums.Parse<EventKind>(r.Kind);
            var chair = r.ChairId is { } id ? new PartyRef(id, r.ChairCode!, new LocalizedText(r.ChairEn!, r.ChairRu!, r.ChairZh!)) : null;
            var rotation = chair is null && kind == EventKind.Council
                ? terms.FirstOrDefault(t => t.From <= start.Date && start.Date < t.To)
                : null;
            return new ProgrammeEntry(r.Id, kind, new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), (int?)r.Number, start, Sql.DateTime(r.EndLocal),
                r.TimeZone, r.Venue, r.City, r.HostId is { } h ? new PartyRef(h, r.HostCode!, new LocalizedText(r.HostEn!, r.HostRu!, r.HostZh!)) : null,
                chair ?? (rotation is null ? null : new PartyRef(rotation.PartyId, rotation.Code, rotation.Name)), rotation is not null,
                Enums.Parse<EventStatus>(r.Status));
        }).ToList();
    }

    /// <summary>
    /// The occurrence of a recurring series in <paramref name="year"/> as a draft event, unless the series
    /// already has an event that year or carries no rule. Its number is the next in the series.
    /// </summary>
    public static async Task<IReadOnlyList<EventInput>> ProposeAsync(DbConnection c, DbTransaction? tx, long seriesId, int year)
    {
        if (year is < 1990 or > 2200)
            throw PlannerException.Malformed("year", "year is from 1990 to 2200.", ErrorCode.QueryProgrammeYear);
        var series = await SeriesStore.GetAsync(c, seriesId, tx);
        if (series.Rule is not { } rule)
            return [];
        if (tx is not null)
            await Locks.TakeAsync(c, tx, WriteLock.Series(seriesId));
        var held = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM event WHERE series_id = @seriesId AND substr(start_local, 1, 4) = @year",
            new { seriesId, year = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) }, tx);
        if (held > 0)
            return [];
        var number = (int)await c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(number), 0) + 1 FROM event WHERE series_id = @seriesId", new { seriesId }, tx);
        var first = Series.FirstDay(rule, year);
        var name = series.Name;
        var title = new LocalizedTextInput($"{Ordinal(number)} {char.ToLowerInvariant(name.En[0])}{name.En[1..]}",
            name.Ru.Length > 0 ? $"{name.Ru} (№ {number})" : null,
            name.Zh.Length > 0 ? $"第{number}届{name.Zh}" : null);
        return
        [
            new EventInput(series.Kind, title, seriesId, number, rule.VenueId, first.At(rule.StartTime), first.PlusDays(rule.Days - 1).At(rule.EndTime),
                null, null, EventStatus.Draft, null),
        ];
    }

    /// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.</summary>
    public static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
