using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;
using Planner.Time;

namespace Planner.Parties;

/// <summary><c>/api/parties</c>: states, organisations and missions, and their dated standings.</summary>
public static partial class PartyEndpoints
{
    public static void MapParties(this RouteGroupBuilder api)
    {
        var parties = api.MapGroup("/parties").WithTags("Parties");

        parties.MapGet("/", (Db db, Precedence precedence, SecretariatClock clock, string? status, string? kind, string? on, string? q, CancellationToken ct) =>
            db.ReadAsync(c => PartyStore.ListAsync(c, precedence, Query.Date("on", on, clock.Today),
                Query.Enum<Standing>("status", status), Query.Enum<PartyKind>("kind", kind), q), ct));

        parties.MapGet("/{id:long}", async (long id, Db db, SecretariatClock clock, string? on, CancellationToken ct) =>
            await db.ReadAsync(c => PartyStore.FindAsync(c, id, Query.Date("on", on, clock.Today)), ct) ?? throw PlannerException.NotFound("party", id));

        parties.MapPost("/", async (PartyInput input, Db db, SecretariatClock clock, CancellationToken ct) =>
        {
            var party = await db.WriteAsync((c, tx) => CreateAsync(c, tx, input, clock.Today), ct);
            return Results.Created($"/api/parties/{party.Id}", party);
        });

        parties.MapPut("/{id:long}", (long id, PartyInput input, Db db, SecretariatClock clock, CancellationToken ct) =>
            db.WriteAsync((c, tx) => UpdateAsync(c, tx, id, input, clock.Today), ct));

        parties.MapDelete("/{id:long}", async (long id, long? version, Db db, CancellationToken ct) =>
        {
            await db.DeleteAsync(Table.Party, id, version, ct, (c, tx) => InUse.EnsurePartyUnusedAsync(c, tx, id));
            return Results.NoContent();
        });

        MapStatuses(parties);
    }

    /// <summary>Checks and changes a party inside the caller's transaction (its version checked, its code kept unique).</summary>
    public static async Task<Party?> UpdateAsync(DbConnection c, DbTransaction tx, long id, PartyInput input, LocalDate today)
    {
        var p = Validate(input, creating: false);
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
        return await PartyStore.FindAsync(c, id, today, tx);
    }

    private static void MapStatuses(RouteGroupBuilder parties)
    {
        parties.MapGet("/{id:long}/statuses", async (long id, Db db, CancellationToken ct) =>
            await db.ReadAsync(async c =>
            {
                await c.EnsureExistsAsync(null, Table.Party, id);
                return await PartyStore.StatusesAsync(c, id);
            }, ct));

        parties.MapPost("/{id:long}/statuses", async (long id, PartyStatusInput input, bool? acceptConflicts, Db db, CancellationToken ct) =>
        {
            var created = await db.WriteAsync((c, tx) => AddStatusAsync(c, tx, id, input, acceptConflicts ?? false), ct);
            return Results.Created($"/api/parties/{id}/statuses/{created.Id}", created);
        });

        parties.MapPut("/{id:long}/statuses/{statusId:long}", async (long id, long statusId, PartyStatusInput input, bool? acceptConflicts, Db db, CancellationToken ct) =>
        {
            var s = ValidateStatus(input, creating: false);
            return await db.WriteAsync(async (c, tx) =>
            {
                await EnsureStatusOfAsync(c, tx, id, statusId);
                await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(id), "status", async () =>
                {
                    await c.ChangeAsync(tx, Table.PartyStatus, statusId, s.Version,
                        """
                        UPDATE party_status SET status = @Status, valid_from = @From, valid_to = @To, version = version + 1
                        WHERE id = @statusId AND party_id = @id AND version = @Version
                        """, new { id, statusId, s.Status, s.From, s.To, s.Version });
                    await EnsureNoOverlapAsync(c, tx, id);
                }, acceptConflicts ?? false);
                return (await PartyStore.StatusesAsync(c, id, tx)).Single(x => x.Id == statusId);
            }, ct);
        });

        parties.MapDelete("/{id:long}/statuses/{statusId:long}", async (long id, long statusId, long? version, bool? acceptConflicts, Db db, CancellationToken ct) =>
        {
            await db.WriteAsync((c, tx) => RemoveStatusAsync(c, tx, id, statusId, version, acceptConflicts ?? false), ct);
            return Results.NoContent();
        });
    }

    /// <summary>Removes a dated standing of a party (version checked when given); refused when it would cause conflicts unless accepted.</summary>
    public static async Task<int> RemoveStatusAsync(DbConnection c, DbTransaction tx, long id, long statusId, long? version, bool acceptConflicts)
    {
        await EnsureStatusOfAsync(c, tx, id, statusId);
        await c.EnsureVersionAsync(tx, Table.PartyStatus, statusId, version);
        await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(id), "status", () =>
            c.ExecuteAsync("DELETE FROM party_status WHERE id = @statusId AND party_id = @id", new { id, statusId }, tx), acceptConflicts);
        return 0;
    }

    /// <summary>
    /// Adds a dated standing to party <paramref name="id"/> inside the caller's transaction: 409 when it overlaps
    /// another, or when it makes an error-level conflict for an event the party is in (unless accepted).
    /// </summary>
    public static async Task<PartyStatus> AddStatusAsync(DbConnection c, DbTransaction tx, long id, PartyStatusInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var s = ValidateStatus(input, creating: true);
        await c.EnsureExistsAsync(tx, Table.Party, id);
        long sid = 0;
        await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(id), "status", async () =>
        {
            sid = await c.ExecuteScalarAsync<long>(
                "INSERT INTO party_status (party_id, status, valid_from, valid_to) VALUES (@id, @Status, @From, @To) RETURNING id",
                new { id, s.Status, s.From, s.To }, tx);
            await EnsureNoOverlapAsync(c, tx, id);
        }, acceptConflicts);
        return (await PartyStore.StatusesAsync(c, id, tx)).Single(x => x.Id == sid);
    }

    /// <summary>404 unless <paramref name="statusId"/> is one of party <paramref name="partyId"/>'s statuses.</summary>
    private static async Task EnsureStatusOfAsync(DbConnection c, DbTransaction tx, long partyId, long statusId)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party_status WHERE id = @statusId AND party_id = @partyId", new { statusId, partyId }, tx) == 0)
            throw PlannerException.NotFound("party status", statusId);
    }

    /// <summary>Checks and adds a party inside the caller's transaction; its standing is read as of <paramref name="today"/>.</summary>
    public static async Task<Party> CreateAsync(DbConnection c, DbTransaction tx, PartyInput input, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = Validate(input, creating: true);
        await EnsureCodeFreeAsync(c, tx, p.Code, null);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO party (code, kind, name_en, name_ru, name_zh, contact_emails, language, weekend, addressee_en, addressee_ru, addressee_zh)
            VALUES (@Code, @Kind, @NameEn, @NameRu, @NameZh, @ContactEmails, @Language, @Weekend, @AddresseeEn, @AddresseeRu, @AddresseeZh) RETURNING id
            """, new { p.Code, p.Kind, p.NameEn, p.NameRu, p.NameZh, p.ContactEmails, p.Language, p.Weekend,
                AddresseeEn = p.Addressee?.En ?? "", AddresseeRu = p.Addressee?.Ru ?? "", AddresseeZh = p.Addressee?.Zh ?? "" }, tx);
        return (await PartyStore.FindAsync(c, id, today, tx))!;
    }

    private sealed record PartyValues(string Code, string Kind, string NameEn, string NameRu, string NameZh,
        string ContactEmails, string Language, string Weekend, long Version, LocalizedText? Addressee);

    private static PartyValues Validate(PartyInput input, bool creating)
    {
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var code = check.Text("code", input.Code, required: true, maxLength: 20).ToUpperInvariant();
        if (code.Length > 0 && input.Kind == PartyKind.State && !(StateCode().IsMatch(code) && IsoCountries.Value?.Contains(code) != false))
            check.Fail("code", $"'{code}' is not an ISO 3166 alpha-3 code; a state's code is three letters, e.g. KAZ.");
        else if (code.Length > 0 && !OtherCode().IsMatch(code))
            check.Fail("code", "code is 2 to 20 letters, digits or hyphens, e.g. CIS-ATC.");
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        // The addressee may be written in any of the languages first (no English required); absent, it is kept.
        var addressee = input.Addressee is null ? null : LocalizedTextInput.Check(check, "addressee", input.Addressee, required: false);
        var emails = new List<string>();
        var contacts = input.ContactEmails ?? [];
        check.That(contacts.Count <= 20, "contactEmails", "At most 20 contact addresses are kept per party.");
        for (var i = 0; i < contacts.Count && i < 20; i++)
        {
            if (check.Email($"contactEmails[{i}]", contacts[i], required: true) is { } email)
                emails.Add(email);
        }

        var language = input.Language ?? "en";
        check.That(Languages.IsKnown(language), "language", "language is one of en, ru, zh.");
        var weekend = input.Weekend ?? [6, 7];
        check.That(weekend.All(d => d is >= 1 and <= 7) && weekend.Distinct().Count() == weekend.Count && weekend.Count < 7,
            "weekend", "weekend lists distinct ISO day numbers (1 = Monday … 7 = Sunday), fewer than seven.");
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new PartyValues(code, Enums.Name(kind), name.En, name.Ru, name.Zh, JsonSerializer.Serialize(emails), language,
            string.Join(',', weekend.Order()), input.Version ?? 0, addressee);
    }

    private sealed record StatusValues(string Status, string From, string? To, long Version);

    private static StatusValues ValidateStatus(PartyStatusInput input, bool creating)
    {
        var check = new Check();
        var status = check.Required("status", input.Status);
        var from = check.Required("from", input.From);
        if (input.From is not null && input.To is { } to && to <= from)
            check.Fail("to", "to is the day the standing ends (exclusive) and comes after from.");
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new StatusValues(Enums.Name(status), Sql.Text(from), Sql.Text(input.To), input.Version ?? 0);
    }

    private static async Task EnsureCodeFreeAsync(DbConnection c, DbTransaction tx, string code, long? id)
    {
        var other = await c.ExecuteScalarAsync<long?>("SELECT id FROM party WHERE code = @code AND id IS DISTINCT FROM @id", new { code, id }, tx);
        if (other is not null)
            throw PlannerException.Conflict("code", $"The code {code} is already used by party {other}.");
    }

    private static async Task EnsureNoOverlapAsync(DbConnection c, DbTransaction tx, long partyId)
    {
        var overlaps = await c.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM party_status a JOIN party_status b ON a.party_id = b.party_id AND a.id < b.id
            WHERE a.party_id = @partyId
              AND a.valid_from < COALESCE(b.valid_to, '9999-12-31') AND b.valid_from < COALESCE(a.valid_to, '9999-12-31')
            """, new { partyId }, tx);
        if (overlaps > 0)
            throw PlannerException.Conflict("from", "A party has one standing at a time; this period overlaps another of its standings.");
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
