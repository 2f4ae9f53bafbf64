using NodaTime;

namespace Planner.Events;

/// <summary>Dates a planner is asked to confirm before an event is saved: one already past, or more than a year ahead.</summary>
public static class EventDates
{
    /// <summary>How far ahead an event may start before its date is called unusual.</summary>
    public static readonly Period FarAhead = Period.FromYears(1);

    /// <summary><c>past</c>, <c>farFuture</c>, or null when a start on <paramref name="start"/> needs no confirmation on <paramref name="today"/>.</summary>
    public static string? Unusual(LocalDate start, LocalDate today) =>
        start < today ? "past" : start > today.Plus(FarAhead) ? "farFuture" : null;
}
