using Dapper;
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

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        await db.ReadAsync(async c =>
        {
            Existing = Id is { } id ? await EventStore.GetAsync(c, id) : null;
            Venues = await VenueStore.ListAsync(c, null);
            SeriesList = await SeriesStore.ListAsync(c);
            Parties = await PartyStore.ListAsync(c, precedence, clock.Today);
            return 0;
        }, cancellationToken);

    /// <summary>The value a field shows: what was posted (a refused form), else the event's own, else empty.</summary>
    public string Value(string field, Func<Event, string?> current) =>
        Request.HasFormContentType ? Posted(field) : Existing is null ? "" : current(Existing) ?? "";

    public Task<IActionResult> OnPostAsync(string? kind, string? titleEn, string? titleRu, string? titleZh, string? seriesId, string? number,
        string? venueId, string? start, string? end, string? hostPartyId, string? chairPartyId, string? status, long? version, bool accept,
        CancellationToken cancellationToken)
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
        long saved = 0;
        return ChangeAsync(Form, async () =>
            saved = (await events.SaveAsync(Id, input, accept, cancellationToken)).Id,
            cancellationToken, then: () => $"/events/{saved}");
    }
}
