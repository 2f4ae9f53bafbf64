using NodaTime;
using Planner.Http;

namespace Planner.Scheduling;

/// <summary>The limits of a free-window search, the same for the API and the date finder's page.</summary>
public static class WindowSearch
{
    /// <summary>Refuses (400, naming the field) a search for other than 1 to 60 days, or a range reversed or longer than three years.</summary>
    public static void Check(WindowQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (q.Days is < 1 or > 60)
            throw PlannerException.Malformed("days", "days is the number of consecutive working days wanted, 1 to 60.", ErrorCode.QueryDays);
        if (q.To < q.From || Period.Between(q.From, q.To, PeriodUnits.Days).Days > 3 * 366)
            throw PlannerException.Malformed("to", "to comes on or after from, at most three years later.", ErrorCode.QueryRange, ("years", 3));
    }
}
