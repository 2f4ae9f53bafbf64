using System.Text.Json;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Parties;

/// <summary>Queries of the directory: parties, their dated standings, and people.</summary>
public static class PartyStore
{
    private sealed class PartyRow
    {
        public long Id { get; init; }

        public string Code { get; init; } = "";

        public string Kind { get; init; } = "";

        public string NameEn { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameZh { get; init; } = "";

        public string ContactEmails { get; init; } = "";

        public string Language { get; init; } = "";

        public string Weekend { get; init; } = "";

        public string? Status { get; init; }

        public string AddresseeEn { get; init; } = "";

        public string AddresseeRu { get; init; } = "";

        public string AddresseeZh { get; init; } = "";

        public long Version { get; init; }
    }

    private const string PartySelect =
        """
        SELECT p.id, p.code, p.kind, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh,
               p.contact_emails AS ContactEmails, p.language, p.weekend,
               (SELECT s.status FROM party_status s
                 WHERE s.party_id = p.id AND s.valid_from <= @on AND (s.valid_to IS NULL OR s.valid_to > @on)) AS Status,
               p.version, p.addressee_en AS AddresseeEn, p.addressee_ru AS AddresseeRu, p.addressee_zh AS AddresseeZh
        FROM party p
        """;

    /// <summary>
    /// Parties in order of precedence (see <see cref="Precedence"/>), each with its standing on
    /// <paramref name="on"/>; filtered by standing, kind and a text found in any name or the code.
    /// </summary>
    public static async Task<IReadOnlyList<Party>> ListAsync(DbConnection c, Precedence precedence, LocalDate on,
        Standing? status = null, PartyKind? kind = null, string? search = null, IReadOnlyCollection<long>? ids = null, DbTransaction? tx = null)
    {
        var sql = $"""
            SELECT * FROM ({PartySelect}) p
            WHERE (@status IS NULL OR p.Status = @status)
              AND (@kind IS NULL OR p.kind = @kind)
              AND (@search IS NULL OR lower(p.code) LIKE lower(@search) ESCAPE '\' OR lower(p.NameEn) LIKE lower(@search) ESCAPE '\' OR lower(p.NameRu) LIKE lower(@search) ESCAPE '\' OR lower(p.NameZh) LIKE lower(@search) ESCAPE '\')
              {(ids is null ? "" : "AND p.id IN @ids")}
            ORDER BY {precedence.OrderBy("p.NameEn", "p.NameRu", "p.NameZh")}
            """;
        var rows = await c.QueryAsync<PartyRow>(Dialect.Of(c).Lists(sql), new
        {
            on = Sql.Text(on),
            status = status is { } s ? Enums.Name(s) : null,
            kind = kind is { } k ? Enums.Name(k) : null,
            search = Like.Contains(search),
            ids,
        }, tx);
        return rows.Select(ToParty).ToList();
    }

    public static async Task<Party?> FindAsync(DbConnection c, long id, LocalDate on, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<PartyRow>(PartySelect + " WHERE p.id = @id", new { id, on = Sql.Text(on) }, tx);
        return row is null ? null : ToParty(row);
    }

    /// <summary>The standing of a party on a date, or null where it has none.</summary>
    public static async Task<Standing?> StatusOnAsync(DbConnection c, DbTransaction? tx, long partyId, LocalDate on)
    {
        var status = await c.ExecuteScalarAsync<string?>(
            """
            SELECT status FROM party_status
            WHERE party_id = @partyId AND valid_from <= @on AND (valid_to IS NULL OR valid_to > @on)
            """, new { partyId, on = Sql.Text(on) }, tx);
        return status is null ? null : Enums.Parse<Standing>(status);
    }

    private sealed record StatusRow(long Id, long PartyId, string Status, string ValidFrom, string? ValidTo, long Version);

    public static async Task<IReadOnlyList<PartyStatus>> StatusesAsync(DbConnection c, long partyId, DbTransaction? tx = null) =>
        (await c.QueryAsync<StatusRow>(
            """
            SELECT id, party_id AS PartyId, status, valid_from AS ValidFrom, valid_to AS ValidTo, version
            FROM party_status WHERE party_id = @partyId ORDER BY valid_from
            """, new { partyId }, tx))
        .Select(r => new PartyStatus(r.Id, r.PartyId, Enums.Parse<Standing>(r.Status), Sql.Date(r.ValidFrom), Sql.Date(r.ValidTo, true), r.Version))
        .ToList();

    private sealed record PersonRow(long Id, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh,
        string FamilyEn, string FamilyRu, string FamilyZh, string GivenEn, string GivenRu, string GivenZh, long PartyId, string? Email, long Version);

    private const string PersonSelect =
        """
        SELECT id, name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh, title_en AS TitleEn, title_ru AS TitleRu, title_zh AS TitleZh,
               family_name_en AS FamilyEn, family_name_ru AS FamilyRu, family_name_zh AS FamilyZh,
               given_names_en AS GivenEn, given_names_ru AS GivenRu, given_names_zh AS GivenZh, party_id AS PartyId, email, version
        FROM person
        """;

    public static async Task<IReadOnlyList<Person>> PeopleAsync(DbConnection c, long? partyId, string? search, DbTransaction? tx = null) =>
        (await c.QueryAsync<PersonRow>(
            PersonSelect + """
             WHERE (@partyId IS NULL OR party_id = @partyId)
               AND (@search IS NULL OR lower(name_en) LIKE lower(@search) ESCAPE '\' OR lower(name_ru) LIKE lower(@search) ESCAPE '\' OR lower(name_zh) LIKE lower(@search) ESCAPE '\' OR lower(title_en) LIKE lower(@search) ESCAPE '\' OR lower(title_ru) LIKE lower(@search) ESCAPE '\' OR lower(title_zh) LIKE lower(@search) ESCAPE '\')
             ORDER BY name_en
            """, new { partyId, search = Like.Contains(search) }, tx))
        .Select(ToPerson).ToList();

    public static async Task<Person?> PersonAsync(DbConnection c, long id, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<PersonRow>(PersonSelect + " WHERE id = @id", new { id }, tx);
        return row is null ? null : ToPerson(row);
    }

    private static Person ToPerson(PersonRow r) =>
        new(r.Id, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), r.PartyId, r.Email, r.Version)
        {
            FamilyName = new LocalizedText(r.FamilyEn, r.FamilyRu, r.FamilyZh),
            GivenNames = new LocalizedText(r.GivenEn, r.GivenRu, r.GivenZh),
        };

    private static Party ToParty(PartyRow r) => new(
        r.Id, r.Code, Enums.Parse<PartyKind>(r.Kind), new LocalizedText(r.NameEn, r.NameRu, r.NameZh),
        JsonSerializer.Deserialize<string[]>(r.ContactEmails) ?? [], r.Language,
        r.Weekend.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray(),
        r.Status is null ? null : Enums.Parse<Standing>(r.Status), r.Version)
    {
        Addressee = new LocalizedText(r.AddresseeEn, r.AddresseeRu, r.AddresseeZh),
    };
}
