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
        var check = new Check();
        var at = ToInstant(check, zone, zoneId, local, field);
        check.ThrowIfFailed();
        return at!.Value;
    }

    /// <summary>The instant, or null with the reason recorded against <paramref name="field"/> in <paramref name="check"/>.</summary>
    public static Instant? ToInstant(Check check, Venue venue, LocalDateTime local, string field)
    {
        ArgumentNullException.ThrowIfNull(venue);
        return ToInstant(check, venue.Zone, venue.TimeZone, local, field);
    }

    /// <inheritdoc cref="ToInstant(Check, Venue, LocalDateTime, string)"/>
    public static Instant? ToInstant(Check check, DateTimeZone zone, string zoneId, LocalDateTime local, string field)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(zone);
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                return mapping.Single().ToInstant();
            case 0:
                check.Fail(field, $"{local:uuuu-MM-dd HH:mm} does not exist in {zoneId}: the clocks skip it. " +
                    $"Choose a time before {mapping.EarlyInterval.IsoLocalEnd:HH:mm} or from {mapping.LateInterval.IsoLocalStart:HH:mm}.",
                    ErrorCode.TimeSkipped, ("at", local), ("zone", zoneId), ("before", mapping.EarlyInterval.IsoLocalEnd.TimeOfDay.ToString("HH:mm", null)),
                    ("from", mapping.LateInterval.IsoLocalStart.TimeOfDay.ToString("HH:mm", null)));
                return null;
            default:
                check.Fail(field, $"{local:uuuu-MM-dd HH:mm} occurs twice in {zoneId} (at UTC{mapping.First().Offset} and UTC{mapping.Last().Offset}) " +
                    "because the clocks go back; choose a time outside that hour.", ErrorCode.TimeTwice, ("at", local), ("zone", zoneId));
                return null;
        }
    }
}
