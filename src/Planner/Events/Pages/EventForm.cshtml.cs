using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Parties;
using Planner.Scheduling;
using Planner.Venues;
using Planner.Web;
using Planner.Time;

namespace Planner.Events.Pages;

/// <summary>
/// Creates (<c>/events/new</c>) or changes (<c>/events/{id}/edit</c>) an event. A change that would clash is
/// shown with its conflicts and saved only when the planner ticks "save anyway".
/// </summary>
public sealed class EventFormModel(Db db, EventService events, Precedence precedence, SecretariatClock clock) : PlannerPage
{
    public const string Form = "event";

    [FromRoute]
    public long? Id { get; set; }

    public Event? Existing { get; private set; }

    public IReadOnlyList<Venue> Venues { get; private set; } = [];

    public IReadOnlyList<Series> SeriesList { get; private set; } = [];

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    /// <summary>How many agenda sessions the event has: a change of its dates then offers to move them with it.</summary>
    public int Sessions { get; private set; }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        await db.ReadAsync(async c =>
        {
            Existing = Id is { } id ? await EventStore.GetAsync(c, id) : null;
            Sessions = Existing is null ? 0 : (await AgendaStore.ReadAsync(c, Existing)).Days.Sum(d => d.Sessions.Count);
            Venues = await VenueStore.ListAsync(c, null);
            SeriesList = await SeriesStore.ListAsync(c);
            Parties = await PartyStore.ListAsync(c, precedence, clock.Today);
            return 0;
        }, cancellationToken);

    /// <summary>
    /// The value a field shows: what was posted (a refused form), else the event's own, else for a new event what the
    /// address proposes (the date finder's "start an event here" link: <c>?venueId=3&amp;start=…</c>), else empty.
    /// </summary>
    public string Value(string field, Func<Event, string?> current) =>
        Request.HasFormContentType ? Posted(field) : Existing is null ? Request.Query[field].ToString() : current(Existing) ?? "";

    /// <summary>Whether the form asks the planner to confirm an unusual start date (shown with its box to tick).</summary>
    public bool ConfirmDateAsked { get; private set; }

    /// <summary>
    /// A new start date in the past or more than a year ahead is refused at the field, with the date as the page writes it,
    /// until <paramref name="confirmed"/>; an unchanged date of an existing event is not asked about again.
    /// </summary>
    private bool DateNeedsConfirming(LocalDateTime? start, bool confirmed)
    {
        if (start is not { } s)
            return false;
        var today = clock.Today;
        if (EventDates.Unusual(s.Date, today) is not { } unusual)
            return false;
        if (confirmed || (Id is not null && Request.Form["originalStart"].ToString() == s.Date.ToString("uuuu-MM-dd", null)))
            return confirmed;
        Flag(Form, "start", Words.T("eventForm." + unusual, Words.Date(s.Date)));
        return true;
    }

    public Task<IActionResult> OnPostAsync(string? kind, string? titleEn, string? titleRu, string? titleZh, string? seriesId, string? number,
        string? venueId, string? start, string? end, string? hostPartyId, string? chairPartyId, string? status, long? version, bool accept,
        bool confirmDate, bool moveAgenda, CancellationToken cancellationToken)
    {
        var input = new EventInput(
            Enums.TryParse<EventKind>(kind),
            new LocalizedTextInput(titleEn, titleRu, titleZh),
            Number(Form, "seriesId", seriesId, required: false),
            SmallNumber(Form, "number", number, required: false),
            Number(Form, "venueId", venueId),
            DateTime(Form, "start", start),
            DateTime(Form, "end", end),
            Number(Form, "hostPartyId", hostPartyId, required: false),
            Number(Form, "chairPartyId", chairPartyId, required: false),
            Enums.TryParse<EventStatus>(status),
            version);
        ConfirmDateAsked = DateNeedsConfirming(input.Start, confirmDate);
        long saved = 0;
        return ChangeAsync(Form, async () =>
            saved = (await events.SaveAsync(Id, input, accept, moveAgenda, cancellationToken)).Id,
            cancellationToken, then: () => $"/events/{saved}");
    }
}
