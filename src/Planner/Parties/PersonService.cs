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
        return db.WriteAsync((c, tx) => AddAsync(c, tx, input), cancellationToken);
    }

    /// <summary>
    /// Checks and adds a person inside the caller's transaction: for changes that add people as part of a larger
    /// whole (a delegate list imported, a delegation named on the reply page, the demo directory).
    /// </summary>
    public static async Task<Person> AddAsync(DbConnection c, DbTransaction tx, PersonInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var p = await ValidateAsync(c, tx, input, creating: true);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO person (name_en, name_ru, name_zh, family_name_en, family_name_ru, family_name_zh,
                given_names_en, given_names_ru, given_names_zh, title_en, title_ru, title_zh, party_id, email)
            VALUES (@NameEn, @NameRu, @NameZh, @FamilyEn, @FamilyRu, @FamilyZh, @GivenEn, @GivenRu, @GivenZh,
                @TitleEn, @TitleRu, @TitleZh, @PartyId, @Email) RETURNING id
            """, p.Values(0), tx);
        return (await PartyStore.PersonAsync(c, id, tx))!;
    }

    /// <summary>Checks and changes a person under the version read.</summary>
    public Task<Person> UpdateAsync(long id, PersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(async (c, tx) =>
        {
            var p = await ValidateAsync(c, tx, input, creating: false);
            await c.ChangeAsync(tx, Table.Person, id, p.Version,
                """
                UPDATE person SET name_en = @NameEn, name_ru = @NameRu, name_zh = @NameZh,
                    family_name_en = @FamilyEn, family_name_ru = @FamilyRu, family_name_zh = @FamilyZh,
                    given_names_en = @GivenEn, given_names_ru = @GivenRu, given_names_zh = @GivenZh,
                    title_en = @TitleEn, title_ru = @TitleRu, title_zh = @TitleZh,
                    party_id = @PartyId, email = @Email, version = version + 1
                WHERE id = @id AND version = @Version
                """, p.Values(id));
            return (await PartyStore.PersonAsync(c, id, tx))!;
        }, cancellationToken);
    }

    /// <summary>Removes a person (version checked when given); refused while they are named in an event (<see cref="InUse"/>).</summary>
    public Task DeleteAsync(long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(Table.Person, id, version, cancellationToken, (c, tx) => InUse.EnsurePersonUnusedAsync(c, tx, id));

    private sealed record PersonValues(LocalizedText Family, LocalizedText Given, LocalizedText Title, long PartyId, string? Email, long Version)
    {
        public object Values(long id)
        {
            var name = PersonName.Full(Family, Given);
            return new
            {
                id, NameEn = name.En, NameRu = name.Ru, NameZh = name.Zh, FamilyEn = Family.En, FamilyRu = Family.Ru, FamilyZh = Family.Zh,
                GivenEn = Given.En, GivenRu = Given.Ru, GivenZh = Given.Zh, TitleEn = Title.En, TitleRu = Title.Ru, TitleZh = Title.Zh,
                PartyId, Email, Version,
            };
        }
    }

    /// <summary>
    /// Checks a person: with <c>familyName</c> (English required) and <c>givenNames</c>, or with only <c>name</c>,
    /// which is kept whole as the family name; every fault at once, the party too.
    /// </summary>
    private static async Task<PersonValues> ValidateAsync(DbConnection c, DbTransaction tx, PersonInput input, bool creating)
    {
        var check = new Check();
        LocalizedText family, given;
        if (input.FamilyName is null && input.GivenNames is null)
        {
            family = LocalizedTextInput.Check(check, "name", input.Name);
            given = new LocalizedText("", "", "");
        }
        else
        {
            family = LocalizedTextInput.Check(check, "familyName", input.FamilyName);
            given = LocalizedTextInput.Check(check, "givenNames", input.GivenNames, required: false);
        }

        var title = LocalizedTextInput.Check(check, "title", input.Title, required: false);
        var partyId = check.Required("partyId", input.PartyId);
        var email = check.Email("email", input.Email);
        if (!creating)
            check.Required("version", input.Version);
        await check.ExistsAsync(c, tx, Table.Party, "partyId", input.PartyId);
        check.ThrowIfFailed();
        return new PersonValues(family, given, title, partyId, email, input.Version ?? 0);
    }
}
