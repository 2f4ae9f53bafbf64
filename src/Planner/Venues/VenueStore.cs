using Dapper;
using System.Data.Common;
using Planner.Data;

namespace Planner.Venues;

/// <summary>Reads venues.</summary>
public static class VenueStore
{
    private const string Select = "SELECT id, name, city, country, time_zone AS TimeZone, version FROM venue";

    public static async Task<Venue?> FindAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<Venue>(Select + " WHERE id = @id", new { id }, tx);

    /// <summary>Venues by city and name; <paramref name="search"/> matches part of the name, city or country.</summary>
    public static async Task<IReadOnlyList<Venue>> ListAsync(DbConnection c, string? search) =>
        (await c.QueryAsync<Venue>(Select + " WHERE @q IS NULL OR lower(name) LIKE lower(@q) ESCAPE '\\' OR lower(city) LIKE lower(@q) ESCAPE '\\' OR lower(country) LIKE lower(@q) ESCAPE '\\' ORDER BY city, name",
            new { q = Like.Contains(search) })).ToList();

    /// <summary>How many events are held at the venue.</summary>
    public static Task<long> EventCountAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE venue_id = @id", new { id }, tx);
}
