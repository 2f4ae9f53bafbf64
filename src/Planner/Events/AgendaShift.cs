using System.Data.Common;
using NodaTime;
using Planner.Http;
using Planner.Scheduling;

namespace Planner.Events;

/// <summary>
/// An event's agenda when the event moves: its sessions shifted by the same local period (days, hours and minutes, so
/// that 10:00 stays 10:00 across a change of offset), or the sessions that would be left outside the event's new times.
/// </summary>
public static class AgendaShift
{
    /// <summary>The sessions of <paramref name="e"/> (as saved now) that lie outside its start and end.</summary>
    public static async Task<IReadOnlyList<AgendaSession>> OutsideAsync(DbConnection c, DbTransaction tx, Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return (await AgendaStore.ReadAsync(c, e, tx)).Days.SelectMany(d => d.Sessions)
            .Where(s => s.StartAt < e.StartAt || s.EndAt > e.EndAt).ToList();
    }

    /// <summary>
    /// Moves every session of the event by <paramref name="shift"/> through the agenda's own save (checks, bookings, conflicts),
    /// the latest first when moving later so that no session passes over another. A session that would then lie outside the
    /// event is refused as any session is.
    /// </summary>
    public static async Task ShiftAsync(DbConnection c, DbTransaction tx, AgendaService agenda, long eventId, Period shift, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if (shift == Period.Zero)
            return;
        var e = await EventStore.GetAsync(c, eventId, tx);
        var sessions = (await AgendaStore.ReadAsync(c, e, tx)).Days.SelectMany(d => d.Sessions).ToList();
        var later = e.Start.Plus(shift) > e.Start;
        foreach (var s in later ? sessions.OrderByDescending(s => s.StartAt) : sessions.OrderBy(s => s.StartAt))
        {
            ArgumentNullException.ThrowIfNull(agenda);
            await agenda.SaveAsync(c, tx, eventId, s.Id,
                new SessionInput(AgendaService.Input(s.Title), s.Start.Plus(shift), s.End.Plus(shift), AgendaService.Input(s.Room), s.ChairPersonId, AgendaService.ItemsOf(s), s.Version), acceptConflicts);
        }
    }

    /// <summary>The period between two local times in days, hours and minutes.</summary>
    public static Period Between(LocalDateTime from, LocalDateTime to) =>
        Period.Between(from, to, PeriodUnits.Days | PeriodUnits.Hours | PeriodUnits.Minutes);
}
