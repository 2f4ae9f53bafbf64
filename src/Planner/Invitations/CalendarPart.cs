using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Duration = NodaTime.Duration;

namespace Planner.Invitations;

/// <summary>An attendee of the calendar entry: one address with its iCalendar ROLE and whether an answer is wanted.</summary>
public sealed record CalendarAttendee(string Address, string Name, string Role, bool Rsvp, string PartStat);

/// <summary>What the calendar entry of a message says.</summary>
/// <param name="Uid">Stable for the event across every message: clients update the entry they have.</param>
/// <param name="Sequence">Raised with every change announced; clients ignore entries older than the one they have.</param>
public sealed record CalendarEntry(string Uid, int Sequence, string Title, string Location, string Description,
    string TimeZone, LocalDateTime Start, LocalDateTime End, Instant Stamp, string OrganiserAddress, string OrganiserName,
    IReadOnlyList<CalendarAttendee> Attendees, bool Cancelled);

/// <summary>
/// Builds the <c>text/calendar</c> part of an iMIP message (RFC 6047) with Ical.Net: METHOD:REQUEST for an
/// invitation or change, METHOD:CANCEL for a cancellation; local times with the venue's TZID and a VTIMEZONE
/// built from NodaTime's tz database, listing each offset in force from a year before the event to a year after.
/// </summary>
public static class CalendarPart
{
    /// <summary>The iCalendar text, and the METHOD it carries.</summary>
    public static (string Text, string Method) Build(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var method = entry.Cancelled ? "CANCEL" : "REQUEST";
        var calendar = new Calendar { Method = method, ProductId = "-//Planner//Invitations//EN" };
        calendar.AddTimeZone(TimeZoneOf(entry.TimeZone, entry.Start, entry.End));
        var e = new CalendarEvent
        {
            Uid = entry.Uid,
            Sequence = entry.Sequence,
            Summary = entry.Title,
            Location = entry.Location,
            Description = entry.Description,
            DtStart = Local(entry.Start, entry.TimeZone),
            DtEnd = Local(entry.End, entry.TimeZone),
            DtStamp = new CalDateTime(entry.Stamp.ToDateTimeUtc(), true),
            Organizer = new Organizer("mailto:" + entry.OrganiserAddress) { CommonName = entry.OrganiserName },
            Status = entry.Cancelled ? "CANCELLED" : "CONFIRMED",
        };
        foreach (var a in entry.Attendees)
        {
            e.Attendees.Add(new Attendee("mailto:" + a.Address)
            {
                CommonName = a.Name,
                Role = a.Role,
                Rsvp = a.Rsvp,
                ParticipationStatus = a.PartStat,
            });
        }

        calendar.Events.Add(e);
        return (new CalendarSerializer().SerializeToString(calendar) ?? "", method);
    }

    private static CalDateTime Local(LocalDateTime value, string zone) => new(value.ToDateTimeUnspecified(), zone, true);

    /// <summary>A VTIMEZONE with one observance per offset change of <paramref name="zoneId"/> near the event.</summary>
    private static VTimeZone TimeZoneOf(string zoneId, LocalDateTime start, LocalDateTime end)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var from = start.InZoneLeniently(zone).ToInstant() - Duration.FromDays(366);
        var to = end.InZoneLeniently(zone).ToInstant() + Duration.FromDays(366);
        var timeZone = new VTimeZone(zoneId);
        var intervals = zone.GetZoneIntervals(from, to).ToList();
        foreach (var interval in intervals)
        {
            // The observance starts where the interval starts (or, for the first, at the start of the window),
            // written in the local time of the offset before it.
            var begins = interval.HasStart && interval.Start > from ? interval.Start : from;
            var before = zone.GetUtcOffset(begins - Duration.FromSeconds(1));
            var local = begins.WithOffset(before).LocalDateTime;
            timeZone.TimeZoneInfos.Add(new VTimeZoneInfo
            {
                Name = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT",
                OffsetFrom = new UtcOffset(before.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                TimeZoneName = interval.Name,
                DtStart = new CalDateTime(local.ToDateTimeUnspecified(), null, true),
            });
        }

        return timeZone;
    }
}
