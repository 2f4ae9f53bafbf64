using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Venues;

/// <summary>Makes every change to venues: a venue with events keeps its time zone and cannot be deleted.</summary>
public sealed class VenueService(Db db)
{
    public Task<Venue> CreateAsync(VenueInput input, CancellationToken cancellationToken = default) =>
        db.WriteAsync((c, tx) => CreateAsync(c, tx, input), cancellationToken);

    public Task<Venue?> UpdateAsync(long id, VenueInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = Validate(input, creating: false);
        return db.WriteAsync(async (c, tx) =>
        {
            var zoneBefore = await c.ExecuteScalarAsync<string?>("SELECT time_zone FROM venue WHERE id = @id", new { id }, tx);
            await c.ChangeAsync(tx, Table.Venue, id, v.Version,
                """
                UPDATE venue SET name_en = @NameEn, name_ru = @NameRu, name_zh = @NameZh, city_en = @CityEn, city_ru = @CityRu, city_zh = @CityZh,
                    country = @Country, time_zone = @TimeZone, version = version + 1
                WHERE id = @id AND version = @Version
                """, Values(v, id));
            if (zoneBefore != v.TimeZone)
                await EnsureNoEventsAsync(c, tx, id);
            return await VenueStore.FindAsync(c, id, tx);
        }, cancellationToken);
    }

    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Venue, id, version, cancellationToken, (c, tx) => EnsureNoEventsAsync(c, tx, id));

    /// <summary>Checks and adds a venue inside the caller's transaction.</summary>
    internal static async Task<Venue> CreateAsync(DbConnection c, DbTransaction tx, VenueInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = Validate(input, creating: true);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO venue (name_en, name_ru, name_zh, city_en, city_ru, city_zh, country, time_zone)
            VALUES (@NameEn, @NameRu, @NameZh, @CityEn, @CityRu, @CityZh, @Country, @TimeZone) RETURNING id
            """, Values(v, 0), tx);
        return (await VenueStore.FindAsync(c, id, tx))!;
    }

    /// <summary>
    /// A venue with events keeps its zone: their local times were fixed as instants in it. Its
    /// name and address may change.
    /// </summary>
    private static async Task EnsureNoEventsAsync(DbConnection c, DbTransaction tx, long id)
    {
        var events = await VenueStore.EventCountAsync(c, id, tx);
        if (events > 0)
            throw PlannerException.Conflict("timeZone", $"The venue {id} has {events} event(s); its time zone cannot change and it cannot be deleted while they refer to it.", ErrorCode.VenueInUse);
    }

    private static object Values(Venue v, long id) => new
    {
        id, NameEn = v.Name.En, NameRu = v.Name.Ru, NameZh = v.Name.Zh, CityEn = v.City.En, CityRu = v.City.Ru, CityZh = v.City.Zh,
        v.Country, v.TimeZone, v.Version,
    };

    private static Venue Validate(VenueInput input, bool creating)
    {
        var check = new Check();
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        var city = LocalizedTextInput.Check(check, "city", input.City);
        var country = check.Text("country", input.Country, required: true, maxLength: 100);
        var zone = check.Text("timeZone", input.TimeZone, required: true, maxLength: 64);
        if (zone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            check.Fail("timeZone", $"'{zone}' is not an IANA time zone id; use one such as Asia/Tashkent or Europe/Moscow.", ErrorCode.TimeZoneUnknown, ("value", zone));
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new Venue(0, name, city, country, zone, input.Version ?? 0);
    }
}
