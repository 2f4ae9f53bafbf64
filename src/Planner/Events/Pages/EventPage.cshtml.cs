using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Planner.Data;
using Planner.Invitations;
using Planner.Parties;
using Planner.Scheduling;
using Planner.Venues;
using Planner.Web;

namespace Planner.Events.Pages;

/// <summary>
/// One event as the secretariat works on it: details, conflicts where they arise, participants by
/// group in precedence order with their delegations, the agenda editor, invitations and documents.
/// </summary>
public sealed partial class EventPageModel(Db db, Precedence precedence, ParticipantService participants, AgendaService agenda, InvitationService invitations, IClock clock)
    : PlannerPage
{
    [FromRoute]
    public long Id { get; set; }

    public Event Event { get; private set; } = null!;

    public Venue Venue { get; private set; } = null!;

    public Party? Host { get; private set; }

    public Party? Chair { get; private set; }

    public IReadOnlyList<Conflict> Conflicts { get; private set; } = [];

    public IReadOnlyList<ParticipantGroup> Groups { get; private set; } = [];

    public IReadOnlyDictionary<long, Delegation> Delegations { get; private set; } = new Dictionary<long, Delegation>();

    /// <summary>Parties that could still be added (not taking part yet), in precedence order.</summary>
    public IReadOnlyList<Party> Others { get; private set; } = [];

    public Agenda Agenda { get; private set; } = null!;

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<InvitationView> Invitations { get; private set; } = [];

    /// <summary>Per language (ru, zh), the stored texts the event's documents and mail would print in English.</summary>
    public IReadOnlyList<(Language Language, IReadOnlyList<Translations.MissingTranslation> Texts)> Untranslated { get; private set; } = [];

    /// <summary>What the last "send invitations" did, shown once after the redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        await db.ReadAsync(async c =>
        {
            Event = await EventStore.GetAsync(c, Id);
            Venue = (await VenueStore.FindAsync(c, Event.VenueId))!;
            var on = Event.Start.Date;
            Host = Event.HostPartyId is { } h ? await PartyStore.FindAsync(c, h, on) : null;
            Chair = Event.ChairPartyId is { } ch ? await PartyStore.FindAsync(c, ch, on) : null;
            Conflicts = await ConflictFinder.FindAsync(c, null, Scope.ForEvent(Id));
            Groups = await EventStore.ParticipantsAsync(c, precedence, Event);
            var delegations = new Dictionary<long, Delegation>();
            foreach (var party in Groups.SelectMany(g => g.Parties))
                delegations[party.PartyId] = await EventStore.DelegationAsync(c, Id, party.PartyId);
            Delegations = delegations;
            var taking = delegations.Keys.ToHashSet();
            Others = (await PartyStore.ListAsync(c, precedence, on)).Where(p => !taking.Contains(p.Id)).ToList();
            Agenda = await AgendaStore.ReadAsync(c, Event);
            People = await PartyStore.PeopleAsync(c, null, null);
            Invitations = await InvitationStore.ListAsync(c, Id);
            Untranslated = [(Language.Russian, await Translations.MissingTranslations.FindAsync(c, Id, Language.Russian)),
                (Language.Chinese, await Translations.MissingTranslations.FindAsync(c, Id, Language.Chinese))];
            await LoadProtocolAsync(c);
            await LoadInvitationsAsync(c, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task<IActionResult> OnPostParticipantAsync(string? partyId, string? role, bool accept, CancellationToken cancellationToken)
    {
        var party = Number("participant", "partyId", partyId);
        var parsedRole = Enums.TryParse<ParticipationRole>(role);
        return ChangeAsync("participant", () => participants.AddAsync(Id, new ParticipantInput(party, parsedRole, null), accept, cancellationToken),
            cancellationToken, fragment: "participants");
    }

    public Task<IActionResult> OnPostRemoveParticipantAsync(long partyId, long version, CancellationToken cancellationToken) =>
        ChangeAsync("participant", () => participants.RemoveAsync(Id, partyId, version, cancellationToken),
            cancellationToken, fragment: "participants");

    public Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken) =>
        ChangeAsync("invite", async () =>
        {
            var result = await invitations.InviteAsync(Id, null, cancellationToken);
            // First line: how many were invited now; then one line per party left out, with the reason.
            Notice = string.Join("\n", result.Skipped.Select(s => $"{s.Code}: {Words.T(InvitationRules.Key(s.Reason))}").Prepend(WebSetup.Invariant(result.Invited.Count)));
        }, cancellationToken, fragment: "invitations");
}
