using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Parties;

/// <summary>Changes a party's addressee of notes verbales alone (the directory's form); the API also takes it with the whole party.</summary>
public static class PartyAddressee
{
    /// <summary>
    /// Replaces the addressee of party <paramref name="id"/> (all three languages; an empty one clears it) under the
    /// version read; 409 when stale, 422 naming <c>addressee.en|ru|zh</c> when too long.
    /// </summary>
    public static async Task<Party> SetAsync(DbConnection c, DbTransaction tx, long id, LocalizedTextInput input, long? version, LocalDate today)
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
        return (await PartyStore.FindAsync(c, id, today, tx))!;
    }
}
