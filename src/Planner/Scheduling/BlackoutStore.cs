using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;

namespace Planner.Scheduling;

/// <summary>
/// A period (both days inclusive) when no event is held: for every event, or, with a party, for those it hosts
/// (<see cref="Kind"/> <c>declared</c>); or a party's national holiday (<c>holiday</c>, see <see cref="Holidays"/>).
/// </summary>
public sealed record Blackout(long Id, string Title, LocalDate FirstDay, LocalDate LastDay, long? PartyId, long Version)
{
    /// <summary><c>declared</c> or <c>holiday</c>.</summary>
    public string Kind { get; init; } = "declared";
}

/// <summary>A blackout period as a client sends it; <c>Version</c> is required to change one.</summary>
public sealed record BlackoutInput(string? Title, LocalDate? FirstDay, LocalDate? LastDay, long? PartyId, long? Version);

/// <summary>Reads blackout periods: declared ones and parties' national holidays.</summary>
public static class BlackoutStore
{
    private sealed record Row(long Id, string Title, string FirstDay, string LastDay, long? PartyId, long Version, string Kind);

    private const string Select = "SELECT id, title, first_day AS FirstDay, last_day AS LastDay, party_id AS PartyId, version, kind FROM blackout";

    /// <summary>Every blackout period (declared and holidays), by first day.</summary>
    public static async Task<IReadOnlyList<Blackout>> ListAsync(DbConnection c, DbTransaction? tx = null) =>
        (await c.QueryAsync<Row>(Select + " ORDER BY first_day, id", transaction: tx)).Select(ToBlackout).ToList();

    /// <summary>The declared periods (not holidays) ending on or after <paramref name="from"/>, by first day.</summary>
    public static async Task<IReadOnlyList<Blackout>> DeclaredAsync(DbConnection c, LocalDate from) =>
        (await c.QueryAsync<Row>(Select + " WHERE kind = 'declared' AND last_day >= @from ORDER BY first_day, id", new { from = Sql.Text(from) }))
        .Select(ToBlackout).ToList();

    public static async Task<Blackout?> FindAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<Row>(Select + " WHERE id = @id", new { id }, tx) is { } row ? ToBlackout(row) : null;

    private sealed record HolidayRow(long Id, long PartyId, string PartyCode, string Title, string FirstDay, string LastDay, long Version);

    /// <summary>Parties' national holidays ending on or after <paramref name="from"/>, by party code then date.</summary>
    public static async Task<IReadOnlyList<Holiday>> HolidaysAsync(DbConnection c, LocalDate from) =>
        (await c.QueryAsync<HolidayRow>(
            """
            SELECT b.id, b.party_id AS PartyId, p.code AS PartyCode, b.title, b.first_day AS FirstDay, b.last_day AS LastDay, b.version
            FROM blackout b JOIN party p ON p.id = b.party_id
            WHERE b.kind = 'holiday' AND b.last_day >= @from
            ORDER BY p.code, b.first_day
            """, new { from = Sql.Text(from) }))
        .Select(r => new Holiday(r.Id, r.PartyId, r.PartyCode, r.Title, Sql.Date(r.FirstDay), Sql.Date(r.LastDay), r.Version)).ToList();

    private static Blackout ToBlackout(Row r) =>
        new(r.Id, r.Title, Sql.Date(r.FirstDay), Sql.Date(r.LastDay), r.PartyId, r.Version) { Kind = r.Kind };
}
