using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Http;
using Planner.Venues;

namespace Planner.Parties.Pages;

/// <summary>The directory's other forms: a person, a venue, a dated standing of a party.</summary>
public sealed partial class DirectoryModel
{
    public Task<IActionResult> OnPostPersonAsync(PersonForm person, string? partyId, string? email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var input = person.Input(Number("person", "partyId", partyId), email, null);
        return ChangeAsync("person", () => people.CreateAsync(input, cancellationToken),
            cancellationToken, then: () => "/directory?q=" + Uri.EscapeDataString(person.FamilyNameEn?.Trim() ?? ""), fragment: "people");
    }

    public Task<IActionResult> OnPostVenueAsync(string? nameEn, string? nameRu, string? nameZh, string? cityEn, string? cityRu, string? cityZh,
        string? country, string? timeZone, CancellationToken cancellationToken)
    {
        var input = new VenueInput(new(nameEn, nameRu, nameZh), new(cityEn, cityRu, cityZh), country, timeZone, null);
        return ChangeAsync("venue", () => venues.CreateAsync(input, cancellationToken),
            cancellationToken, then: () => "/directory?q=" + Uri.EscapeDataString(cityEn?.Trim() ?? ""), fragment: "venues");
    }

    /// <summary>A person's names and position as the directory's forms post them, each in en, ru and zh.</summary>
    public sealed class PersonForm
    {
        public string? FamilyNameEn { get; set; }

        public string? FamilyNameRu { get; set; }

        public string? FamilyNameZh { get; set; }

        public string? GivenNamesEn { get; set; }

        public string? GivenNamesRu { get; set; }

        public string? GivenNamesZh { get; set; }

        public string? TitleEn { get; set; }

        public string? TitleRu { get; set; }

        public string? TitleZh { get; set; }

        public PersonInput Input(long? partyId, string? email, long? version) =>
            new(null, new(TitleEn, TitleRu, TitleZh), partyId, email, version)
            {
                FamilyName = new(FamilyNameEn, FamilyNameRu, FamilyNameZh),
                GivenNames = new(GivenNamesEn, GivenNamesRu, GivenNamesZh),
            };
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
