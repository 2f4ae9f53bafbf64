using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Http;
using Planner.Venues;

namespace Planner.Parties.Pages;

/// <summary>
/// Changing and removing directory entries from their rows: each change sends the version it was read at (a stale one is
/// refused), and a removal is refused while events or other records still name the entry.
/// </summary>
public sealed partial class DirectoryModel
{
    public Task<IActionResult> OnPostChangePartyAsync(long id, long version, string? code, string? kind, string? nameEn, string? nameRu, string? nameZh,
        string? email, string? language, CancellationToken cancellationToken) =>
        ChangeAsync($"party-{id}", async () =>
        {
            // The form has no weekend field: the party keeps the one it has (a change since is refused by the version).
            var weekend = (await db.ReadAsync(c => PartyStore.FindAsync(c, id, clock.Today), cancellationToken))?.Weekend;
            var input = new PartyInput(code, Enums.TryParse<PartyKind>(kind), new LocalizedTextInput(nameEn, nameRu, nameZh), Emails(email), language, weekend, version);
            await parties.UpdateAsync(id, input, cancellationToken);
        }, cancellationToken, then: Back, fragment: "parties");

    public Task<IActionResult> OnPostRemovePartyAsync(long id, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"party-{id}", () => parties.DeleteAsync(id, version, cancellationToken),
            cancellationToken, then: Back, fragment: "parties");

    public Task<IActionResult> OnPostChangePersonAsync(long id, long version, PersonForm person, string? partyId,
        string? email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var form = $"person-{id}";
        var input = person.Input(Number(form, "partyId", partyId), email, version);
        return ChangeAsync(form, () => people.UpdateAsync(id, input, cancellationToken),
            cancellationToken, then: Back, fragment: "people");
    }

    public Task<IActionResult> OnPostRemovePersonAsync(long id, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"person-{id}", () => people.DeleteAsync(id, version, cancellationToken),
            cancellationToken, then: Back, fragment: "people");

    public Task<IActionResult> OnPostChangeVenueAsync(long id, long version, string? nameEn, string? nameRu, string? nameZh,
        string? cityEn, string? cityRu, string? cityZh, string? country, string? timeZone, CancellationToken cancellationToken) =>
        ChangeAsync($"venue-{id}", () => venues.UpdateAsync(id, new VenueInput(new(nameEn, nameRu, nameZh), new(cityEn, cityRu, cityZh), country, timeZone, version), cancellationToken),
            cancellationToken, then: Back, fragment: "venues");

    public Task<IActionResult> OnPostRemoveVenueAsync(long id, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"venue-{id}", () => venues.DeleteAsync(id, version, cancellationToken),
            cancellationToken, then: Back, fragment: "venues");

    /// <summary>Removes a dated standing; a removal that would cause conflicts is shown with them and done only when accepted.</summary>
    public Task<IActionResult> OnPostRemoveStatusAsync(long partyId, long statusId, long version, bool accept, CancellationToken cancellationToken) =>
        ChangeAsync($"status-{statusId}", () => standings.RemoveAsync(partyId, statusId, version, accept, cancellationToken),
            cancellationToken, then: Back, fragment: "parties");

    /// <summary>Changes a dated standing in place; a change that would cause conflicts is shown with them and made only when accepted.</summary>
    public Task<IActionResult> OnPostChangeStatusAsync(long partyId, long statusId, long version, string? status, string? from, string? to, bool accept,
        CancellationToken cancellationToken)
    {
        var form = $"standing-{statusId}";
        var input = new PartyStatusInput(Enums.TryParse<Standing>(status), Date(form, "from", from), Date(form, "to", to, required: false), version);
        return ChangeAsync(form, () => standings.UpdateAsync(partyId, statusId, input, accept, cancellationToken), cancellationToken, then: Back, fragment: "parties");
    }

    /// <summary>The directory as it was searched.</summary>
    private string Back() => "/directory" + (string.IsNullOrWhiteSpace(Search) ? "" : "?q=" + Uri.EscapeDataString(Search));

    private static string[] Emails(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
