using System.Text.Json.Serialization;
using NodaTime;

namespace Planner.Venues;

/// <summary>A place where events are held, with the IANA time zone its local times are in.</summary>
public sealed record Venue(long Id, string Name, string City, string Country, string TimeZone, long Version)
{
    /// <summary>The venue's zone from NodaTime's own tz database (not the machine's), so results do not depend on the host.</summary>
    [JsonIgnore]
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];
}

public sealed record VenueInput(string? Name, string? City, string? Country, string? TimeZone, long? Version);
