using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Web;

namespace Planner.Events.Pages;

/// <summary>
/// <c>/events</c>: every event, by date, searched by title (any language), party or venue and filtered by
/// kind, year and status, a page at a time. Planners delete an event nothing was sent for and cancel any.
/// </summary>
public sealed class EventListModel(Db db, EventService events) : PlannerPage
{
    public const string Form = "events";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public EventPage Result { get; private set; } = new([], 0, 1, EventFilter.DefaultPageSize);

    public IReadOnlyList<int> Years { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        await db.ReadAsync(async c =>
        {
            Years = await EventListStore.YearsAsync(c);
            Result = await EventListStore.SearchAsync(c,
                new EventFilter(Search, Enums.TryParse<EventKind>(Kind), Year, Enums.TryParse<EventStatus>(Status), PageNumber));
            return 0;
        }, cancellationToken);

    /// <summary>This list's address with the search and filters kept and <paramref name="page"/> shown.</summary>
    public string Link(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                query.Add(name + "=" + Uri.EscapeDataString(value));
        }

        Add("q", Search);
        Add("kind", Kind);
        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("status", Status);
        if (page > 1)
            query.Add("p=" + WebSetup.Invariant(page));
        return "/events" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public Task<IActionResult> OnPostDeleteAsync(long eventId, long version, CancellationToken cancellationToken) =>
        ChangeAsync(Form, () => events.DeleteAsync(eventId, version, cancellationToken), cancellationToken, then: () => Link(PageNumber));

    public Task<IActionResult> OnPostCancelAsync(long eventId, long version, CancellationToken cancellationToken) =>
        ChangeAsync(Form, () => events.CancelAsync(eventId, version, cancellationToken), cancellationToken, then: () => Link(PageNumber));
}
