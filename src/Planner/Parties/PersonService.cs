using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;

namespace Planner.Parties;

/// <summary>
/// Makes every change to people, from the API and the directory alike: checks (a name, the party they belong to), the
/// version read, and a removal refused while a delegation, an agenda or a signature names them.
/// </summary>
public sealed class PersonService(Db db)
{
    /// <summary>Checks and adds a person.</summary>
    public Task<Person> CreateAsync(PersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = Validate(input, creating: true);
        return db.WriteAsync(async (c, tx) =>
        {
            await EnsurePartyAsync(c, tx, p.PartyId);
            var id = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO person (name_en, name_ru, name_zh, title, party_id, email)
                VALUES (@NameEn, @NameRu, @NameZh, @Title, @PartyId, @Email) RETURNING id
                """, p, tx);
            return (await PartyStore.PersonAsync(c, id, tx))!;
        }, cancellationToken);
    }

    /// <summary>Checks and changes a person under the version read.</summary>
    public Task<Person> UpdateAsync(long id, PersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = Validate(input, creating: false);
        return db.WriteAsync(async (c, tx) =>
        {
            await EnsurePartyAsync(c, tx, p.PartyId);
            await c.ChangeAsync(tx, Table.Person, id, p.Version,
                """
                UPDATE person SET name_en = @NameEn, name_ru = @NameRu, name_zh = @NameZh, title = @Title,
                    party_id = @PartyId, email = @Email, version = version + 1
                WHERE id = @id AND version = @Version
                """, new { id, p.NameEn, p.NameRu, p.NameZh, p.Title, p.PartyId, p.Email, p.Version });
            return (await PartyStore.PersonAsync(c, id, tx))!;
        }, cancellationToken);
    }

    /// <summary>Removes a person (version checked when given); refused while they are named in an event (<see cref="InUse"/>).</summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Person, id, version, cancellationToken, (c, tx) => InUse.EnsurePersonUnusedAsync(c, tx, id));

    private sealed record PersonValues(string NameEn, string NameRu, string NameZh, string Title, long PartyId, string? Email, long Version);

    private static PersonValues Validate(PersonInput input, bool creating)
    {
        var check = new Check();
        var name = LocalizedTextInput.Check(check, "name", input.Name);
        var title = check.Text("title", input.Title, required: false, maxLength: 300);
        var partyId = check.Required("partyId", input.PartyId);
        var email = check.Email("email", input.Email);
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new PersonValues(name.En, name.Ru, name.Zh, title, partyId, email, input.Version ?? 0);
    }

    private static async Task EnsurePartyAsync(DbConnection c, DbTransaction tx, long partyId)
    {
        if (!await c.ExistsAsync(tx, Table.Party, partyId))
            throw PlannerException.Invalid("partyId", $"There is no party with id {partyId}.");
    }
}
