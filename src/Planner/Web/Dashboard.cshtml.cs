using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Exercises;
using Planner.Http;
using Planner.Scheduling;
using Planner.Time;

namespace Planner.Web;

/// <summary>
/// The first page after signing in: the events of the coming six months, the year's programme as a
/// calendar, the open conflicts of the coming year, the invitations still waiting for an answer, and
/// the corrective actions past their completion date.
/// </summary>
public sealed class DashboardModel(Db db, SecretariatClock clock, Chairmanship chairmanship) : PlannerPage
{
    public LocalDate Today { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<Event> Coming { get; private set; } = [];

    public IReadOnlyList<ProgrammeEntry> Programme { get; private set; } = [];

    public IReadOnlyList<Conflict> Conflicts { get; private set; } = [];

    public IReadOnlyList<Invitations.WaitingInvitation> Unanswered { get; private set; } = [];

    public IReadOnlyList<OverdueAction> Overdue { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "year")]
    public int? RequestedYear { get; set; }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        Today = clock.Today;
        Year = RequestedYear is >= 1990 and <= 2200 ? RequestedYear.Value : Today.Year;
        await db.ReadAsync(async c =>
        {
            Coming = (await EventStore.ListAsync(c, Today, Today.PlusMonths(6), null)).Where(e => e.Status != EventStatus.Cancelled).ToList();
            Programme = await Scheduling.Programme.ReadAsync(c, chairmanship, Year, Year);
            Conflicts = await ConflictFinder.FindAsync(c, null, Scope.Between(now, now + Duration.FromDays(366)));
            Unanswered = await Invitations.WaitingStore.ListAsync(c, now);
            Overdue = await EvaluationStore.OverdueAsync(c, Today);
            return 0;
        }, cancellationToken);
    }
}
