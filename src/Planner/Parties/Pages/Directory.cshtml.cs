using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Venues;
using Planner.Web;
using Planner.Time;

namespace Planner.Parties.Pages;

/// <summary>
/// The directory: parties with their dated standings, people and venues, all narrowed by one search
/// (part of a code, a name in any language, a title, a city). Planners add parties here.
/// </summary>
public sealed partial class DirectoryModel(Db db, Precedence precedence, SecretariatClock clock, VenueService venues, PartyService parties,
    StandingService standings, PersonService people) : PlannerPage
{
    public const string Form = "party";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    /// <summary>Every party in order of precedence, whatever the search: the choices of the forms.</summary>
    public IReadOnlyList<Party> AllParties { get; private set; } = [];

    public IReadOnlyDictionary<long, IReadOnlyList<PartyStatus>> Standings { get; private set; } = new Dictionary<long, IReadOnlyList<PartyStatus>>();

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyDictionary<long, Party> PartyById { get; private set; } = new Dictionary<long, Party>();

    public IReadOnlyList<Venue> Venues { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        await db.ReadAsync(async c =>
        {
            var today = clock.Today;
            var q = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
            var all = await PartyStore.ListAsync(c, precedence, today);
            AllParties = all;
            PartyById = all.ToDictionary(p => p.Id);
            Parties = q is null ? all : await PartyStore.ListAsync(c, precedence, today, search: q);
            var standings = new Dictionary<long, IReadOnlyList<PartyStatus>>();
            foreach (var party in Parties)
                standings[party.Id] = await PartyStore.StatusesAsync(c, party.Id);
            Standings = standings;
            People = await PartyStore.PeopleAsync(c, null, q);
            Venues = await VenueStore.ListAsync(c, q);
            return 0;
        }, cancellationToken);

    public Task<IActionResult> OnPostAsync(string? code, string? kind, string? nameEn, string? nameRu, string? nameZh, string? email, string? language,
        string? addresseeEn, string? addresseeRu, string? addresseeZh, CancellationToken cancellationToken)
    {
        var input = new PartyInput(code, Enums.TryParse<PartyKind>(kind), new LocalizedTextInput(nameEn, nameRu, nameZh),
            string.IsNullOrWhiteSpace(email) ? [] : email.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            language, null, null)
        {
            Addressee = new LocalizedTextInput(addresseeEn, addresseeRu, addresseeZh),
        };
        return ChangeAsync(Form, () => parties.CreateAsync(input, cancellationToken),
            cancellationToken, then: () => "/directory?q=" + Uri.EscapeDataString(code?.Trim() ?? ""));
    }
}
