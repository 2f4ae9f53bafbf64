using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Scheduling;

namespace Planner.Parties;

/// <summary>
/// Makes every change to a party's dated standings: one standing at a time (an overlap is refused), and a change that
/// would make an error-level conflict for an event the party takes part in is refused with the conflicts, unless accepted.
/// </summary>
public sealed class StandingService(Db db)
{
    /// <summary>Adds a dated standing to party <paramref name="partyId"/>.</summary>
    public Task<PartyStatus> AddAsync(long partyId, PartyStatusInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input, creating: true);
        return db.WriteAsync((c, tx) => AddAsync(c, tx, partyId, input, acceptConflicts), cancellationToken);
    }

    /// <summary>Adds a dated standing to party <paramref name="partyId"/> inside the caller's transaction.</summary>
    internal static async Task<PartyStatus> AddAsync(DbConnection c, DbTransaction tx, long partyId, PartyStatusInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var s = Validate(input, creating: true);
        await c.EnsureExistsAsync(tx, Table.Party, partyId);
        long sid = 0;
        await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(partyId), WriteLock.Party(partyId), "status", async () =>
        {
            sid = await c.ExecuteScalarAsync<long>(
                "INSERT INTO party_status (party_id, status, valid_from, valid_to) VALUES (@partyId, @Status, @From, @To) RETURNING id",
                new { partyId, s.Status, s.From, s.To }, tx);
            await EnsureNoOverlapAsync(c, tx, partyId);
        }, acceptConflicts);
        return (await PartyStore.StatusesAsync(c, partyId, tx)).Single(x => x.Id == sid);
    }

    /// <summary>Changes standing <paramref name="statusId"/> of party <paramref name="partyId"/> under the version read.</summary>
    public Task<PartyStatus> UpdateAsync(long partyId, long statusId, PartyStatusInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var s = Validate(input, creating: false);
        return db.WriteAsync(async (c, tx) =>
        {
            await EnsureStatusOfAsync(c, tx, partyId, statusId);
            await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(partyId), WriteLock.Party(partyId), "status", async () =>
            {
                await c.ChangeAsync(tx, Table.PartyStatus, statusId, s.Version,
                    """
                    UPDATE party_status SET status = @Status, valid_from = @From, valid_to = @To, version = version + 1
                    WHERE id = @statusId AND party_id = @partyId AND version = @Version
                    """, new { partyId, statusId, s.Status, s.From, s.To, s.Version });
                await EnsureNoOverlapAsync(c, tx, partyId);
            }, acceptConflicts);
            return (await PartyStore.StatusesAsync(c, partyId, tx)).Single(x => x.Id == statusId);
        }, cancellationToken);
    }

    /// <summary>Removes a dated standing (version checked when given).</summary>
    public Task RemoveAsync(long partyId, long statusId, long? version, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) =>
        {
            await EnsureStatusOfAsync(c, tx, partyId, statusId);
            await c.EnsureVersionAsync(tx, Table.PartyStatus, statusId, version);
            await ChangeGuard.RunInScopeAsync(c, tx, Scope.OfParty(partyId), WriteLock.Party(partyId), "status", () =>
                c.ExecuteAsync("DELETE FROM party_status WHERE id = @statusId AND party_id = @partyId", new { partyId, statusId }, tx), acceptConflicts);
            return 0;
        }, cancellationToken);

    /// <summary>Not found unless <paramref name="statusId"/> is one of party <paramref name="partyId"/>'s standings.</summary>
    private static async Task EnsureStatusOfAsync(DbConnection c, DbTransaction tx, long partyId, long statusId)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM party_status WHERE id = @statusId AND party_id = @partyId", new { statusId, partyId }, tx) == 0)
            throw PlannerException.NotFound("party status", statusId);
    }

    private sealed record StatusValues(string Status, string From, string? To, long Version);

    private static StatusValues Validate(PartyStatusInput input, bool creating)
    {
        var check = new Check();
        var status = check.Required("status", input.Status);
        var from = check.Required("from", input.From);
        if (input.From is not null && input.To is { } to && to <= from)
            check.Fail("to", "to is the day the standing ends (exclusive) and comes after from.", ErrorCode.StandingToBeforeFrom, ("from", from), ("to", to));
        if (!creating)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        return new StatusValues(Enums.Name(status), Sql.Text(from), Sql.Text(input.To), input.Version ?? 0);
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
            throw PlannerException.Conflict("from", "A party has one standing at a time; this period overlaps another of its standings.", ErrorCode.StandingOverlaps);
    }
}
