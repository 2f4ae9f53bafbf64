using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Planner.Data;
using Planner.Parties;
using Planner.Time;
using Planner.Venues;
using Planner.Web;

namespace Planner.Scheduling.Pages;

/// <summary>
/// <c>/scheduling</c>, the date finder: the earliest free windows of N working days at a venue for the chosen parties
/// (the member states by default), each with what was avoided and what is close, and a link that starts a new event in
/// it. Below, the parties' national holidays, entered one by one or imported from an <c>.ics</c> file; the finder
/// keeps away from them unless told not to.
/// </summary>
public sealed partial class DateFinderModel(Db db, Precedence precedence, SecretariatClock clock, BlackoutService blackouts) : PlannerPage
{
    public const string Form = "finder";

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    public IReadOnlyList<Venue> Venues { get; private set; } = [];

    public IReadOnlyList<Holiday> HolidayList { get; private set; } = [];

    /// <summary>The windows found; null when nothing was searched for yet (or the search was refused).</summary>
    public IReadOnlyList<ExplainedWindow>? Windows { get; private set; }

    /// <summary>Whether the search form was sent (its fields then show what was asked, unticked boxes included).</summary>
    public bool Searched => Request.Query.ContainsKey("days");

    public LocalDate Today { get; private set; }

    public IReadOnlySet<long> ChosenParties { get; private set; } = new HashSet<long>();

    public long? VenueId { get; private set; }

    public long? HostId { get; private set; }

    public bool AvoidHolidays { get; private set; } = true;

    /// <summary>A query value as sent, or <paramref name="fallback"/> before the first search.</summary>
    public string Asked(string name, string fallback) => Searched ? Request.Query[name].ToString() : fallback;

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        var q = Request.Query;
        var days = SmallNumber(Form, "days", Asked("days", "2"));
        var from = Date(Form, "from", Asked("from", Today.PlusDays(1).ToString("uuuu-MM-dd", null)));
        var to = Date(Form, "to", Asked("to", Today.PlusYears(1).ToString("uuuu-MM-dd", null)));
        VenueId = Number(Form, "venue", Asked("venue", ""), required: Searched);
        HostId = Number(Form, "host", Asked("host", ""), required: false);
        AvoidHolidays = !Searched || q["holidays"].ToString() == "true";
        await db.ReadAsync(async c =>
        {
            Parties = await PartyStore.ListAsync(c, precedence, Today);
            Venues = await VenueStore.ListAsync(c, null);
            HolidayList = await BlackoutStore.HolidaysAsync(c, Today);
            Blackouts = await BlackoutStore.DeclaredAsync(c, Today);
            return 0;
        }, cancellationToken);
        ChosenParties = Searched
            ? q["parties"].Select(p => long.TryParse(p, out var id) ? id : 0).Where(id => id > 0).ToHashSet()
            : Parties.Where(p => p.Status == Standing.Member).Select(p => p.Id).ToHashSet();
        if (!Searched || days is null || from is null || to is null || VenueId is null)
            return;
        var query = new WindowQuery(days.Value, from.Value, to.Value, VenueId.Value, HostId, [.. ChosenParties], [], 5, AvoidHolidays);
        await TryAsync(Form, async () =>
        {
            WindowSearch.Check(query);
            Windows = await db.ReadAsync(c => WindowNotes.FindAsync(c, query), cancellationToken);
        });
    }

    /// <summary>The new-event form filled in for <paramref name="w"/>: the venue, 09:00 on its first day to 18:00 on its last, the host.</summary>
    public string StartLink(Window w) =>
        $"/events/new?venueId={VenueId}&start={w.First:uuuu-MM-dd}T09:00&end={w.Last:uuuu-MM-dd}T18:00" + (HostId is { } h ? $"&hostPartyId={h}" : "");

    public Task<IActionResult> OnPostHolidayAsync(string? partyId, string? title, string? firstDay, string? lastDay, CancellationToken cancellationToken)
    {
        var party = Number("holiday", "partyId", partyId);
        var first = Date("holiday", "firstDay", firstDay);
        var last = Date("holiday", "lastDay", lastDay);
        return ChangeAsync("holiday", () => blackouts.AddHolidayAsync(party, title, first, last, cancellationToken), cancellationToken, fragment: "holidays");
    }

    public Task<IActionResult> OnPostImportAsync(string? partyId, IFormFile? file, CancellationToken cancellationToken)
    {
        var party = Number("import", "partyId", partyId);
        return ChangeAsync("import", async () =>
        {
            await using var stream = file?.OpenReadStream();
            await blackouts.ImportHolidaysAsync(party, stream, file?.Length ?? 0, cancellationToken);
        }, cancellationToken, fragment: "holidays");
    }

    public Task<IActionResult> OnPostRemoveHolidayAsync(long id, long version, CancellationToken cancellationToken) =>
        ChangeAsync("holiday", () => blackouts.DeleteHolidayAsync(id, version, cancellationToken), cancellationToken, fragment: "holidays");
}
