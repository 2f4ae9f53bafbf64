using Ical.Net;
using NodaTime;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>A national holiday of a party: its days (both inclusive) and its name as the government calls it.</summary>
public sealed record Holiday(long Id, long PartyId, string PartyCode, string Title, LocalDate FirstDay, LocalDate LastDay, long Version);

/// <summary>
/// Reads parties' national holidays from an iCalendar (<c>.ics</c>) file as governments publish them (each VEVENT an
/// all-day period; the DTEND of an all-day event is exclusive). <see cref="BlackoutService"/> keeps them as blackouts
/// of kind <c>holiday</c>; <see cref="BlackoutStore.HolidaysAsync"/> reads them.
/// </summary>
public static class Holidays
{
    /// <summary>The most holidays one import takes; a larger file is almost certainly not a holiday calendar.</summary>
    public const int MaxImport = 2000;

    /// <summary>The periods of an iCalendar text: (summary, first day, last day inclusive).</summary>
    public static IReadOnlyList<(string Title, LocalDate First, LocalDate Last)> Read(string ics)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(ics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw PlannerException.Of(ErrorKind.Invalid, "file", ErrorCode.HolidayBadFile, "The file is not an iCalendar (.ics) file: " + e.Message);
        }

        var events = calendar?.Events.ToList() ?? [];
        if (events.Count == 0)
            throw PlannerException.Of(ErrorKind.Invalid, "file", ErrorCode.HolidayNoEvents, "The file has no events (VEVENT); choose a calendar of holidays.");
        if (events.Count > MaxImport)
            throw PlannerException.Of(ErrorKind.Invalid, "file", ErrorCode.HolidayTooMany, $"The file has {events.Count} events; at most {MaxImport} are imported at once.",
                ("count", events.Count), ("max", MaxImport));
        var periods = new List<(string, LocalDate, LocalDate)>();
        foreach (var e in events)
        {
            if (e.DtStart is null)
                throw PlannerException.Of(ErrorKind.Invalid, "file", ErrorCode.HolidayNoDate, $"The event '{e.Summary}' has no date.", ("name", e.Summary ?? ""));
            var first = LocalDate.FromDateOnly(e.DtStart.Date);
            // An all-day event's DTEND is the day after its last day; a timed one ends on its DTEND's day; none means one day.
            var last = e.DtEnd is not { } end ? first
                : e.DtStart.HasTime ? LocalDate.FromDateOnly(end.Date)
                : LocalDate.FromDateOnly(end.Date).PlusDays(-1);
            if (last < first)
                last = first;
            if (!Dates.Supported(first) || !Dates.Supported(last))
                throw PlannerException.Of(ErrorKind.Invalid, "file", ErrorCode.HolidayNoDate, $"The event '{e.Summary}' has a date outside the supported range.", ("name", e.Summary ?? ""));
            var title = string.IsNullOrWhiteSpace(e.Summary) ? "Holiday" : e.Summary.Trim();
            periods.Add((title.Length > 300 ? title[..300] : title, first, last));
        }

        return periods;
    }
}
