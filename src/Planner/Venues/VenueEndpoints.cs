using System.Text.Json.Serialization;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Venues;

/// <summary>A place where events are held, with the IANA time zone its local times are in.</summary>
public sealed record Venue(long Id, string Name, string City, string Country, string TimeZone, long Version)
{
    /// <summary>The venue's zone from NodaTime's own tz database (not the machine's), so results do not depend on the host.</summary>
    [JsonIgnore]
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];
}

public sealed record VenueInput(string? Name, string? City, string? Country, string? TimeZone, long? Version);

/// <summary><c>/api/venues</c>.</summary>
public static class VenueEndpoints
{
    private const string Select = "SELECT id, name, city, country, time_zone AS TimeZone, version FROM venue";

    public static async Task<Venue?> FindAsync(SqliteConnection c, long id, SqliteTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<Venue>(Select + " WHERE id = @id", new { id }, tx);

    /// <summary>Venues by city and name; <paramref name="search"/> matches part of the name, city or country.</summary>
    public static async Task<IReadOnlyList<Venue>> ListAsync(SqliteConnection c, string? search) =>
        (await c.QueryAsync<Venue>(Select + " WHERE @q IS NULL OR name LIKE @q ESCAPE '\\' OR city LIKE @q ESCAPE '\\' OR country LIKE @q ESCAPE '\\' ORDER BY city, name",
            new { q = Like.Contains(search) })).ToList();

    public static void MapVenues(this RouteGroupBuilder api)
    {
        var venues = api.MapGroup("/venues").WithTags("Venues");

        venues.MapGet("/", (Db db, string? q, CancellationToken ct) => db.ReadAsync(c => ListAsync(c, q), ct));

        venues.MapGet("/{id:long}", async (long id, Db db, CancellationToken ct) =>
            await db.ReadAsync(c => FindAsync(c, id), ct) ?? throw ProblemException.NotFound("venue", id));

        venues.MapPost("/", async (VenueInput input, Db db, CancellationToken ct) =>
        {
            var venue = await db.WriteAsync((c, tx) => CreateAsync(c, tx, input), ct);
            return Results.Created($"/api/venues/{venue.Id}", venue);
        });

        venues.MapPut("/{id:long}", (long id, VenueInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => UpdateAsync(c, tx, id, input), ct));

        venues.MapDelete("/{id:long}", (long id, long? version, Db db, CancellationToken ct) =>
            db.DeleteAsync(Table.Venue, id, version, ct, (c, tx) => EnsureNoEventsAsync(c, tx, id)));
    }

    /// <summary>Checks and changes a venue inside the caller's transaction (version checked; a venue with events keeps its zone).</summary>
    public static async Task<Venue?> UpdateAsync(SqliteConnection c, SqliteTransaction tx, long id, VenueInput input)
    {
        var v = Validate(input, creating: false);
        var zoneBefore = await c.ExecuteScalarAsync<string?>("SELECT time_zone FROM venue WHERE id = @id", new { id }, tx);
        await c.ChangeAsync(tx, Table.Venue, id, v.Version,
            """
            UPDATE venue SET name = @Name, city = @City, country = @Country, time_zone = @TimeZone, version = version + 1
            WHERE id = @id AND version = @Version
            """, new { id, v.Name, v.City, v.Country, v.TimeZone, v.Version });
        if (zoneBefore != v.TimeZone)
            await EnsureNoEventsAsync(c, tx, id);
        return await FindAsync(c, id, tx);
    }

    /// <summary>Checks and adds a venue inside the caller's transaction.</summary>
    public static async Task<Venue> CreateAsync(SqliteConnection c, SqliteTransaction tx, VenueInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = Validate(input, creating: true);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO venue (name, city, country, time_zone) VALUES (@Name, @City, @Country, @TimeZone) RETURNING id", v, tx);
        return (await FindAsync(c, id, tx))!;
    }

    /// <summary>
    /// A venue with events keeps its zone: their local times were fixed as instants in it. Its
    /// name and address may change.
    /// </summary>
    public static async Task EnsureNoEventsAsync(SqliteConnection c, SqliteTransaction tx, long id)
    {
        var events = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE venue_id = @id", new { id }, tx);
        if (events > 0)
            throw ProblemException.Conflict("timeZone", $"The venue {id} has {events} event(s); its time zone cannot change and it cannot be deleted while they refer to it.");
    }

    private static Venue Validate(VenueInput input, bool creating)
    {
        var check = new Check();
        var name = check.Text("name", input.Name, required: true, maxLength: 300);
        var city = check.Text("city", input.City, required: true, maxLength: 100);
        var country = check.Text("country", input.Country, required: true, maxLength: 100);
        var zone = check.Text("timeZone", input.TimeZone, required: true, maxLength: 64);
        if (zone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            check.Fail("timeZone", $"'{zone}' is not an IANA time zone id; use one such as Asia/Tashkent or Europe/Moscow.");
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new Venue(0, name, city, country, zone, input.Version ?? 0);
    }
}
