using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Time;

namespace Planner.Parties;

/// <summary>
/// Makes every change to parties, from the API and the directory alike: checks (an ISO 3166 code for a state, a code
/// used once), the write transaction with the version read, and a removal refused while other records name the party.
/// A party is returned with its standing as of the secretariat's today.
/// </summary>
public sealed partial class PartyService(Db db, SecretariatClock clock)
{
    /// <summary>Checks and adds a party.</summary>
    public Task<Party> CreateAsync(PartyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = Validate(input, creating: true);
        return db.WriteAsync((c, tx) => CreateAsync(c, tx, p), cancellationToken);
    }

    /// <summary>Checks and adds a party inside the caller's transaction (the demo data loads in one).</summary>
    internal Task<Party> CreateAsync(DbConnection c, DbTransaction tx, PartyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateAsync(c, tx, Validate(input, creating: true));
    }

    private async Task<Party> CreateAsync(DbConnection c, DbTransaction tx, PartyValues p)
    {
        await EnsureCodeFreeAsync(c, tx, p.Code, null);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO party (code, kind, name_en, name_ru, name_zh, contact_emails, language, weekend, addressee_en, addressee_ru, addressee_zh)
            VALUES (@Code, @Kind, @NameEn, @NameRu, @NameZh, @ContactEmails, @Language, @Weekend, @AddresseeEn, @AddresseeRu, @AddresseeZh) RETURNING id
            """, new { p.Code, p.Kind, p.NameEn, p.NameRu, p.NameZh, p.ContactEmails, p.Language, p.Weekend,
                AddresseeEn = p.Addressee?.En ?? "", AddresseeRu = p.Addressee?.Ru ?? "", AddresseeZh = p.Addressee?.Zh ?? "" }, tx);
        return (await PartyStore.FindAsync(c, id, clock.Today, tx))!;
    }

    /// <summary>Checks and changes a party under the version read; its code stays unique, an absent addressee is kept.</summary>
    public Task<Party> UpdateAsync(long id, PartyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = Validate(input, creating: false);
        return db.WriteAsync(async (c, tx) =>
        {
            await EnsureCodeFreeAsync(c, tx, p.Code, id);
            await c.ChangeAsync(tx, Table.Party, id, p.Version,
                """
                UPDATE party SET code = @Code, kind = @Kind, name_en = @NameEn, name_ru = @NameRu, name_zh = @NameZh,
                    contact_emails = @ContactEmails, language = @Language, weekend = @Weekend,
                    addressee_en = COALESCE(@AddresseeEn, addressee_en), addressee_ru = COALESCE(@AddresseeRu, addressee_ru),
                    addressee_zh = COALESCE(@AddresseeZh, addressee_zh), version = version + 1
                WHERE id = @id AND version = @Version
                """, new { id, p.Code, p.Kind, p.NameEn, p.NameRu, p.NameZh, p.ContactEmails, p.Language, p.Weekend, p.Version,
                    AddresseeEn = p.Addressee?.En, AddresseeRu = p.Addressee?.Ru, AddresseeZh = p.Addressee?.Zh });
            return (await PartyStore.FindAsync(c, id, clock.Today, tx))!;
        }, cancellationToken);
    }

    /// <summary>
    /// Replaces the addressee of notes verbales of party <paramref name="id"/> alone (all three languages; an empty one
    /// clears it) under the version read; stale when the version moved on, invalid naming <c>addressee.en|ru|zh</c> when too long.
    /// </summary>
    public Task<Party> SetAddresseeAsync(long id, LocalizedTextInput input, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync((c, tx) => SetAddresseeAsync(c, tx, id, input, version), cancellationToken);
    }

    /// <summary>Replaces the addressee of party <paramref name="id"/> inside the caller's transaction (see the other overload).</summary>
    internal async Task<Party> SetAddresseeAsync(DbConnection c, DbTransaction tx, long id, LocalizedTextInput input, long? version)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var addressee = LocalizedTextInput.Check(check, "addressee", input, required: false);
        var v = check.Required("version", version);
        check.ThrowIfFailed();
        await c.ChangeAsync(tx, Table.Party, id, v,
            """
            UPDATE party SET addressee_en = @En, addressee_ru = @Ru, addressee_zh = @Zh, version = version + 1
            WHERE id = @id AND version = @version
            """, new { id, version = v, addressee.En, addressee.Ru, addressee.Zh });
        return (await PartyStore.FindAsync(c, id, clock.Today, tx))!;
    }

    /// <summary>Removes a party (version checked when given); refused while people, events or other records name it (<see cref="InUse"/>).</summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Party, id, version, cancellationToken, (c, tx) => InUse.EnsurePartyUnusedAsync(c, tx, id));

    private sealed record PartyValues(string Code, string Kind, string NameEn, string NameRu, string NameZh,
        string ContactEmails, string Language, string Weekend, long Version, LocalizedText? Addressee);

    private static PartyValues Validate(PartyInput input, bool creating)
    {
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var code = check.Text("code", input.Code, required: true, maxLength: 20).ToUpperInvariant();
        if (code.Length > 0 && input.Kind == PartyKind.State && !(StateCode().IsMatch(code) && IsoCountries.Value?.Contains(code) != false))
            check.Fail("code", $"'{code}' is not an ISO 3166 alpha-3 code; a state's code is three letters, e.g. KAZ.", ErrorCode.PartyCodeNotIso, ("value", code));
        else if (code.Length > 0 && !OtherCode().IsMatch(code))
            check.Fail("code", "code is 2 to 20 letters, digits or hyphens, e.g. CIS-ATC.", ErrorCode.PartyCodeFormat);
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        // The addressee may be written in any of the languages first (no English required); absent, it is kept.
        var addressee = input.Addressee is null ? null : LocalizedTextInput.Check(check, "addressee", input.Addressee, required: false);
        var emails = new List<string>();
        var contacts = input.ContactEmails ?? [];
        check.That(contacts.Count <= 20, "contactEmails", "At most 20 contact addresses are kept per party.", ErrorCode.PartyTooManyContacts, ("max", 20));
        for (var i = 0; i < contacts.Count && i < 20; i++)
        {
            if (check.Email($"contactEmails[{i}]", contacts[i], required: true) is { } email)
                emails.Add(email);
        }

        var language = input.Language ?? "en";
        check.That(Languages.IsKnown(language), "language", "language is one of en, ru, zh.", ErrorCode.LanguageUnknown);
        var weekend = input.Weekend ?? [6, 7];
        check.That(weekend.All(d => d is >= 1 and <= 7) && weekend.Distinct().Count() == weekend.Count && weekend.Count < 7,
            "weekend", "weekend lists distinct ISO day numbers (1 = Monday … 7 = Sunday), fewer than seven.", ErrorCode.PartyWeekend);
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new PartyValues(code, Enums.Name(kind), name.En, name.Ru, name.Zh, JsonSerializer.Serialize(emails), language,
            string.Join(',', weekend.Order()), input.Version ?? 0, addressee);
    }

    private static async Task EnsureCodeFreeAsync(DbConnection c, DbTransaction tx, string code, long? id)
    {
        var other = await c.ExecuteScalarAsync<long?>("SELECT id FROM party WHERE code = @code AND id IS DISTINCT FROM @id", new { code, id }, tx);
        if (other is not null)
            throw PlannerException.Of(ErrorKind.Conflict, "code", ErrorCode.PartyCodeTaken, $"The code {code} is already used by party {other}.", ("value", code));
    }

    /// <summary>
    /// The ISO 3166 alpha-3 codes of countries, from ICU's regions (249 of them); null where ICU is absent
    /// (invariant globalization), when the list is too short to judge by and any three letters are taken.
    /// </summary>
    private static readonly Lazy<HashSet<string>?> IsoCountries = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new System.Globalization.RegionInfo(culture.Name).ThreeLetterISORegionName);
            }
            catch (ArgumentException)
            {
                // A culture without a region.
            }
        }

        return codes.Count >= 200 ? codes : null;
    });

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex StateCode();

    [GeneratedRegex("^[A-Z0-9-]{2,20}$")]
    private static partial Regex OtherCode();
}
