using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Http;
using Planner.Venues;

namespace Planner.Parties.Pages;

/// <summary>The directory's other forms: a person, a venue, a dated standing of a party.</summary>
public sealed partial class DirectoryModel
{
    public Task<IActionResult> OnPostPersonAsync(string? nameEn, string? nameRu, string? nameZh, string? title, string? partyId, string? email,
        CancellationToken cancellationToken)
    {
        var input = new PersonInput(new LocalizedTextInput(nameEn, nameRu, nameZh), title, Number("person", "partyId", partyId), email, null);
        return ChangeAsync("person", () => people.CreateAsync(input, cancellationToken),
            cancellationToken, then: () => "/directory?q=" + Uri.EscapeDataString(nameEn?.Trim() ?? ""), fragment: "people");
    }

    public Task<IActionResult> OnPostVenueAsync(string? name, string? city, string? country, string? timeZone, CancellationToken cancellationToken)
    {
        var input = new VenueInput(name, city, country, timeZone, null);
        return ChangeAsync("venue", () => venues.CreateAsync(input, cancellationToken),
            cancellationToken, then: () => "/directory?q=" + Uri.EscapeDataString(city?.Trim() ?? ""), fragment: "venues");
    }

    /// <summary>A party's addressee of notes verbales, in the three languages (Russian in the dative case).</summary>
    public Task<IActionResult> OnPostAddresseeAsync(long partyId, long version, string? addresseeEn, string? addresseeRu, string? addresseeZh,
        CancellationToken cancellationToken) =>
        ChangeAsync("addressee-" + partyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            () => parties.SetAddresseeAsync(partyId, new LocalizedTextInput(addresseeEn, addresseeRu, addresseeZh), version, cancellationToken),
            cancellationToken, fragment: "parties");

    /// <summary>A dated standing (member, observer, dialogue partner from a day, until a day or for now); refused when it overlaps another.</summary>
    public Task<IActionResult> OnPostStatusAsync(string? partyId, string? status, string? from, string? to, bool accept, CancellationToken cancellationToken)
    {
        var party = Number("status", "partyId", partyId);
        var input = new PartyStatusInput(Enums.TryParse<Standing>(status), Date("status", "from", from), Date("status", "to", to, required: false), null);
        return ChangeAsync("status", () => standings.AddAsync(party ?? 0, input, accept, cancellationToken),
            cancellationToken, fragment: "parties");
    }
}
