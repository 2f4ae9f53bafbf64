using NodaTime;
using Planner.Http;
using Planner.Venues;

namespace Planner.Scheduling;

/// <summary>
/// Turns a local date-time at a venue into an instant with NodaTime's own tz database.
/// Rule: a local time that does not exist (skipped by a clock change) or occurs twice
/// (repeated when clocks go back) is refused with 422, naming the field and the choices,
/// rather than guessed; the planner picks a time that exists once.
/// </summary>
public static class VenueTime
{
    public static Instant ToInstant(Venue venue, LocalDateTime local, string field)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return ToInstant(venue.Zone, venue.TimeZone, local, field);
    }

    public static Instant ToInstant(DateTimeZone zone, string zoneId, LocalDateTime local, string field)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            1 => mapping.Single().ToInstant(),
            0 => throw PlannerException.Invalid(field,
                $"{local:uuuu-MM-dd HH:mm} does not exist in {zoneId}: the clocks skip it. " +
                $"Choose a time before {mapping.EarlyInterval.IsoLocalEnd:HH:mm} or from {mapping.LateInterval.IsoLocalStart:HH:mm}."),
            _ => throw PlannerException.Invalid(field,
                $"{local:uuuu-MM-dd HH:mm} occurs twice in {zoneId} (at UTC{mapping.First().Offset} and UTC{mapping.Last().Offset}) " +
                "because the clocks go back; choose a time outside that hour."),
        };
    }
}
