using Dapper;
using System.Data.Common;
using Planner.Data;

namespace Planner.Venues;

/// <summary>Reads venues.</summary>
public static class VenueStore
{
    private sealed record Row(long Id, string NameEn, string NameRu, string NameZh, string CityEn, string CityRu, string CityZh,
        string Country, string TimeZone, long Version);

    private const string Select =
        """
        SELECT id, name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh, city_en AS CityEn, city_ru AS CityRu, city_zh AS CityZh,
               country, time_zone AS TimeZone, version FROM venue
        """;

    public static async Task<Venue?> FindAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        (await c.QuerySingleOrDefaultAsync<Row>(Select + " WHERE id = @id", new { id }, tx)) is { } r ? ToVenue(r) : null;

    /// <summary>Venues by city and name; <paramref name="search"/> matches part of the name, city or country.</summary>
    public static async Task<IReadOnlyList<Venue>> ListAsync(DbConnection c, string? search) =>
        (await c.QueryAsync<Row>(Select + """
             WHERE @q IS NULL OR lower(name_en) LIKE lower(@q) ESCAPE '\' OR lower(name_ru) LIKE lower(@q) ESCAPE '\' OR lower(name_zh) LIKE lower(@q) ESCAPE '\' OR lower(city_en) LIKE lower(@q) ESCAPE '\' OR lower(city_ru) LIKE lower(@q) ESCAPE '\' OR lower(city_zh) LIKE lower(@q) ESCAPE '\'
                OR lower(country) LIKE lower(@q) ESCAPE '\'
             ORDER BY city_en, name_en
            """, new { q = Like.Contains(search) })).Select(ToVenue).ToList();

    private static Venue ToVenue(Row r) =>
        new(r.Id, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), new LocalizedText(r.CityEn, r.CityRu, r.CityZh), r.Country, r.TimeZone, r.Version);

    /// <summary>How many events are held at the venue.</summary>
    public static Task<long> EventCountAsync(DbConnection c, long id, DbTransaction? tx = null) =>
        c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE venue_id = @id", new { id }, tx);
}
