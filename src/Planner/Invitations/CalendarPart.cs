using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.TimeZones;
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
/// built from NodaTime's tz database that defines the zone completely (every change since 1970, yearly rules as RRULEs).
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
        var e = EventOf(entry);
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

    /// <summary>
    /// A calendar to subscribe to (no METHOD: RFC 5545 publishing, not iTIP): one VEVENT per entry, without attendees,
    /// and one VTIMEZONE per zone used, defined as completely as in the invitations.
    /// </summary>
    public static string Publish(string name, IReadOnlyList<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var calendar = new Calendar { ProductId = "-//Planner//Feeds//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in entries.Select(e => e.TimeZone).Distinct(StringComparer.Ordinal))
        {
            var first = entries.First(e => e.TimeZone == zone);
            calendar.AddTimeZone(TimeZoneOf(zone, first.Start, first.End));
        }

        foreach (var entry in entries)
        {
            calendar.Events.Add(EventOf(entry));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The VEVENT of an entry, without its attendees.</summary>
    private static CalendarEvent EventOf(CalendarEntry entry) => new()
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

    private static CalDateTime Local(LocalDateTime value, string zone) => new(value.ToDateTimeUnspecified(), zone, true);

    /// <summary>The first year the time-zone part covers; the last is <see cref="LastYear"/>.</summary>
    public const int FirstYear = 1970;

    /// <summary>The year up to which transitions are listed; a rule still in force then recurs without end.</summary>
    public const int LastYear = 2100;

    /// <summary>
    /// A VTIMEZONE that defines <paramref name="zoneId"/> completely, by its rules: every offset change of the tz
    /// database from 1970 on, whatever the event's dates, so a client that keeps zones by TZID reads any later copy
    /// of any event right (a Tehran entry of 2021 must not put a 2023 meeting an hour off). Changes that recur
    /// yearly on the same rule (the last Sunday of March at 02:00) become one observance with a yearly RRULE, with
    /// UNTIL where the rule ended and none where it is still in force; changes on no such rule are listed one by one.
    /// </summary>
    private static VTimeZone TimeZoneOf(string zoneId, LocalDateTime start, LocalDateTime end)
    {
        _ = (start, end);
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var from = Instant.FromUtc(FirstYear, 1, 1, 0, 0);
        var to = Instant.FromUtc(LastYear, 12, 31, 0, 0);
        var intervals = zone.GetZoneIntervals(from, to).ToList();
        var timeZone = new VTimeZone(zoneId);
        var first = intervals[0];
        timeZone.TimeZoneInfos.Add(Observance(first, first.WallOffset, new LocalDateTime(FirstYear, 1, 1, 0, 0)));

        // Transitions grouped into runs of consecutive years on one rule.
        var open = new Dictionary<TransitionRule, List<(ZoneInterval Interval, Offset Before, LocalDateTime Local)>>();
        var runs = new List<List<(ZoneInterval Interval, Offset Before, LocalDateTime Local)>>();
        for (var i = 1; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            var before = intervals[i - 1].WallOffset;
            var local = interval.Start.WithOffset(before).LocalDateTime;
            var rule = TransitionRule.Of(interval, before, local);
            if (open.TryGetValue(rule, out var run) && run[^1].Local.Year == local.Year - 1)
            {
                run.Add((interval, before, local));
                continue;
            }

            run = [(interval, before, local)];
            open[rule] = run;
            runs.Add(run);
        }

        foreach (var run in runs.OrderBy(r => r[0].Interval.Start))
        {
            var (interval, before, local) = run[0];
            var info = Observance(interval, before, local);
            if (run.Count > 1)
            {
                var rule = TransitionRule.Of(interval, before, local);
                var pattern = new RecurrencePattern(FrequencyType.Yearly);
                pattern.ByMonth.Add(local.Month);
                pattern.ByDay.Add(new WeekDay((DayOfWeek)((int)local.DayOfWeek % 7), rule.Week));
                // Still in force at the end of the list: the rule recurs without end.
                if (run[^1].Local.Year < LastYear)
                    pattern.Until = new CalDateTime(run[^1].Interval.Start.ToDateTimeUtc(), true);
                info.RecurrenceRule = pattern;
            }

            timeZone.TimeZoneInfos.Add(info);
        }

        return timeZone;
    }

    private static VTimeZoneInfo Observance(ZoneInterval interval, Offset before, LocalDateTime local) => new()
    {
        Name = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT",
        OffsetFrom = new UtcOffset(before.ToTimeSpan()),
        OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
        TimeZoneName = interval.Name,
        DtStart = new CalDateTime(local.ToDateTimeUnspecified(), null, true),
    };

    /// <summary>
    /// What makes offset changes one yearly rule: the offsets, the name, the month, the weekday and its week
    /// (1 to 4, or -1 for the last of the month), and the local time of the change.
    /// </summary>
    private readonly record struct TransitionRule(Offset Before, Offset After, string Name, int Month, IsoDayOfWeek Day, int Week, LocalTime Time)
    {
        public static TransitionRule Of(ZoneInterval interval, Offset before, LocalDateTime local)
        {
            var days = CalendarSystem.Iso.GetDaysInMonth(local.Year, local.Month);
            var week = local.Day + 7 > days ? -1 : (local.Day - 1) / 7 + 1;
            return new TransitionRule(before, interval.WallOffset, interval.Name, local.Month, local.DayOfWeek, week, local.TimeOfDay);
        }
    }
}
