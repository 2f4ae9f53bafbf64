using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Planner.Invitations;

namespace Planner.Tests.Invitations;

/// <summary>
/// The VTIMEZONE of an invitation read as a calendar client reads it — only its own observances and rules, no tz
/// database — gives the same offset as the tz database at every date from 1970 to 2099, whatever the event's date.
/// </summary>
public sealed class TimeZonePartTests
{
    [Theory]
    [InlineData("Asia/Tehran", 2021)]
    [InlineData("Asia/Almaty", 2019)]
    [InlineData("Asia/Kolkata", 2023)]
    [InlineData("Europe/Moscow", 2009)]
    [InlineData("Europe/Berlin", 2024)]
    public void The_time_zone_part_defines_the_zone_at_every_date_not_only_near_the_event(string zoneId, int year)
    {
        var entry = new CalendarEntry("planner-event-1@example", 0, "Meeting", "Hall", "", zoneId,
            new LocalDateTime(year, 6, 10, 10, 0), new LocalDateTime(year, 6, 10, 18, 0), Instant.FromUtc(year, 1, 1, 0, 0),
            "secretariat@example", "Secretariat", [], false);
        var (text, _) = CalendarPart.Build(entry);
        var onsets = Onsets(text);
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        for (var t = Instant.FromUtc(1970, 1, 2, 0, 0); t < Instant.FromUtc(2099, 12, 1, 0, 0); t += Duration.FromHours(24 * 3 + 7))
        {
            var offset = onsets.Last(o => o.At <= t).Offset;
            Assert.True(offset == zone.GetUtcOffset(t), $"{zoneId} at {t}: the part says {offset}, the tz database {zone.GetUtcOffset(t)}");
        }

        // The 2023 Tehran meeting of the issue, read with the zone of a 2021 invitation: 10:00 is 06:30 UTC.
        if (zoneId == "Asia/Tehran")
            Assert.Equal(Offset.FromHoursAndMinutes(3, 30), onsets.Last(o => o.At <= Instant.FromUtc(2023, 6, 10, 6, 30)).Offset);
    }

    /// <summary>Each instant the zone's offset changes, and the offset from then on, by the VTIMEZONE alone (RFC 5545 3.6.5).</summary>
    private static List<(Instant At, Offset Offset)> Onsets(string calendar)
    {
        var lines = calendar.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        var onsets = new List<(Instant, Offset)>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT")
            {
                current = [];
            }
            else if (line is "END:STANDARD" or "END:DAYLIGHT" && current is not null)
            {
                onsets.AddRange(Expand(current));
                current = null;
            }
            else if (current is not null && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                current[line[..colon].Split(';')[0]] = line[(colon + 1)..];
            }
        }

        return onsets.OrderBy(o => o.Item1).ToList();
    }

    private static IEnumerable<(Instant, Offset)> Expand(Dictionary<string, string> observance)
    {
        var start = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss").Parse(observance["DTSTART"]).Value;
        var from = OffsetOf(observance["TZOFFSETFROM"]);
        var to = OffsetOf(observance["TZOFFSETTO"]);
        yield return (start.WithOffset(from).ToInstant(), to);
        if (!observance.TryGetValue("RRULE", out var rrule))
            yield break;
        var parts = rrule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("YEARLY", parts["FREQ"]);
        var month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
        var byDay = parts["BYDAY"];
        var week = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
        var day = byDay[^2..] switch { "MO" => IsoDayOfWeek.Monday, "TU" => IsoDayOfWeek.Tuesday, "WE" => IsoDayOfWeek.Wednesday, "TH" => IsoDayOfWeek.Thursday, "FR" => IsoDayOfWeek.Friday, "SA" => IsoDayOfWeek.Saturday, _ => IsoDayOfWeek.Sunday };
        Instant? until = parts.TryGetValue("UNTIL", out var u) ? InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'").Parse(u).Value : null;
        for (var year = start.Year + 1; year <= 2100; year++)
        {
            var date = week > 0
                ? new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(day)).PlusWeeks(week - 1)
                : new LocalDate(year, month, 1).With(DateAdjusters.EndOfMonth).With(DateAdjusters.PreviousOrSame(day));
            var at = (date + start.TimeOfDay).WithOffset(from).ToInstant();
            if (until is { } last && at > last)
                yield break;
            yield return (at, to);
        }
    }

    private static Offset OffsetOf(string text) => OffsetPattern.CreateWithInvariantCulture(text.Length > 5 ? "+HHmmss" : "+HHmm").Parse(text).Value;
}
