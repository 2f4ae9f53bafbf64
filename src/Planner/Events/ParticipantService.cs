using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Parties;
using Planner.Scheduling;

namespace Planner.Events;

/// <summary>
/// Makes every change to who takes part in an event and in which delegation: checks, the write transaction,
/// the conflict check, and what the change means to others (a removed party is sent a cancellation).
/// </summary>
public sealed class ParticipantService(Db db, ChangeGuard guard, Precedence precedence, EventObservers observers)
{
    /// <summary>The most people one delegation may have.</summary>
    public const int MaxDelegation = 100;

    /// <summary>The longest function in a delegation, in one language.</summary>
    public const int MaxFunction = 200;

    /// <summary>
    /// Adds a party to an event in a role; refused when it already takes part or when the role clashes with
    /// its standing (unless <paramref name="acceptConflicts"/>).
    /// </summary>
    public Task<IReadOnlyList<ParticipantGroup>> AddAsync(long id, ParticipantInput input, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(id), (c, tx) => AddAsync(c, tx, id, input, acceptConflicts), cancellationToken);

    /// <summary>Changes the role a party takes part in; the version must be current.</summary>
    public Task<IReadOnlyList<ParticipantGroup>> ChangeRoleAsync(long id, long partyId, ParticipantInput input, bool acceptConflicts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var role = check.Required("role", input.Role);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        return db.WriteAsync(WriteLock.Event(id), async (c, tx) =>
        {
            var e = await EventStore.GetAsync(c, id, tx);
            await guard.RunAsync(c, tx, id, async () =>
            {
                var changed = await c.ExecuteAsync(
                    "UPDATE participation SET role = @role, version = version + 1 WHERE event_id = @id AND party_id = @partyId AND version = @version",
                    new { id, partyId, version, role = Enums.Name(role) }, tx);
                if (changed == 0)
                    await EnsureParticipationVersionAsync(c, tx, id, partyId, version, "version");
                return id;
            }, acceptConflicts);
            return await EventStore.ParticipantsAsync(c, precedence, e, tx);
        }, cancellationToken);
    }

    /// <summary>Replaces a party's delegation to an event (head and members); the version must be current.</summary>
    public Task<Delegation> ReplaceDelegationAsync(long eventId, long partyId, DelegationInput input, bool acceptConflicts, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), (c, tx) => ReplaceDelegationAsync(c, tx, eventId, partyId, input, acceptConflicts), cancellationToken);

    /// <summary>
    /// Adds a party to an event in a role inside the caller's transaction; 409 when it already takes part
    /// or when the role clashes with its standing (unless <paramref name="acceptConflicts"/>).
    /// </summary>
    internal async Task<IReadOnlyList<ParticipantGroup>> AddAsync(DbConnection c, DbTransaction tx, long id, ParticipantInput input, bool acceptConflicts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var partyId = check.Required("partyId", input.PartyId);
        var role = check.Required("role", input.Role);
        var e = await EventStore.GetAsync(c, id, tx);
        await check.ExistsAsync(c, tx, Table.Party, "partyId", input.PartyId);
        check.ThrowIfFailed();
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participation WHERE event_id = @id AND party_id = @partyId", new { id, partyId }, tx) > 0)
            throw PlannerException.Conflict("partyId", $"The party {partyId} already takes part in the event {id}; change its role with PUT.", ErrorCode.ParticipationExists);
        await guard.RunAsync(c, tx, id, async () =>
        {
            await c.ExecuteAsync("INSERT INTO participation (event_id, party_id, role) VALUES (@id, @partyId, @role)",
                new { id, partyId, role = Enums.Name(role) }, tx);
            return id;
        }, acceptConflicts);
        return await EventStore.ParticipantsAsync(c, precedence, e, tx);
    }

    /// <summary>
    /// Removes a party (and its delegation) from an event; the version, when given, must be current. A party
    /// that was invited is sent a cancellation in the same transaction, so the meeting leaves its calendar.
    /// </summary>
    public async Task RemoveAsync(long id, long partyId, long? version, CancellationToken cancellationToken = default)
    {
        await db.WriteAsync(WriteLock.Event(id), async (c, tx) =>
        {
            await EnsureParticipationVersionAsync(c, tx, id, partyId, version, "version");
            var e = await EventStore.GetAsync(c, id, tx);
            await observers.PartyRemovedAsync(c, tx, e, partyId, cancellationToken);
            await guard.RunAsync(c, tx, id, async () =>
            {
                await c.ExecuteAsync("DELETE FROM participation WHERE event_id = @id AND party_id = @partyId", new { id, partyId }, tx);
                return id;
            }, acceptConflicts: true);
            return 0;
        }, cancellationToken);
        await observers.CommittedAsync(id, cancellationToken);
    }

    /// <summary>
    /// Replaces a party's delegation to an event (head and members) inside the caller's transaction.
    /// Every person must belong to the party and appear once; the version must be current.
    /// </summary>
    /// <remarks>Runs inside the caller's transaction: the reply link names its delegation as part of its answer.</remarks>
    public async Task<Delegation> ReplaceDelegationAsync(DbConnection c, DbTransaction tx,
        long eventId, long partyId, DelegationInput input, bool acceptConflicts, int maxPeople = MaxDelegation)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var version = check.Required("version", input.Version);
        var people = new List<(string Field, long PersonId, LocalizedText Function, bool IsHead)>();
        if (input.Head is { } head)
            people.Add(("head", check.Required("head.personId", head.PersonId), LocalizedTextInput.CheckOptional(check, "head.function", head.Function, MaxFunction), true));
        var members = input.Members ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i] ?? new DelegateInput(null, null);
            people.Add(($"members[{i}]", check.Required($"members[{i}].personId", member.PersonId), LocalizedTextInput.CheckOptional(check, $"members[{i}].function", member.Function, MaxFunction), false));
        }

        check.That(people.Count <= maxPeople, "members", $"A delegation has at most {maxPeople} people.", ErrorCode.DelegationTooLarge, ("max", maxPeople));
        foreach (var duplicate in people.GroupBy(p => p.PersonId).Where(g => g.Count() > 1 && g.Key != 0))
            check.Fail(duplicate.Last().Field + ".personId", $"The person {duplicate.Key} is named twice in the delegation.", ErrorCode.DelegationPersonTwice);

        // Who the people are is checked even when a field above failed: one answer names every fault.
        foreach (var (field, personId, _, _) in people.Where(p => p.PersonId != 0))
        {
            var party = await c.ExecuteScalarAsync<long?>("SELECT party_id FROM person WHERE id = @personId", new { personId }, tx);
            if (party is null)
                check.Fail(field + ".personId", $"There is no person with id {personId}.", ErrorCode.PersonNotFound, ("id", personId));
            else if (party != partyId)
                check.Fail(field + ".personId", $"The person {personId} belongs to another party's delegation, not to party {partyId}.", ErrorCode.DelegationOtherParty);
        }

        check.ThrowIfFailed();
        await EnsureParticipationVersionAsync(c, tx, eventId, partyId, version, "version", "delegation_version");

        check.ThrowIfFailed();
        await guard.RunAsync(c, tx, eventId, async () =>
        {
            await c.ExecuteAsync("DELETE FROM delegate WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx);
            var position = 0;
            foreach (var (_, personId, function, isHead) in people)
            {
                var taken = await c.ExecuteScalarAsync<long?>(
                    "SELECT party_id FROM delegate WHERE event_id = @eventId AND person_id = @personId", new { eventId, personId }, tx);
                if (taken is not null)
                    throw PlannerException.Conflict("members", $"The person {personId} is already in the delegation of party {taken} to this event.", ErrorCode.DelegationPersonTaken);
                await c.ExecuteAsync(
                    """
                    INSERT INTO delegate (event_id, party_id, person_id, is_head, function_en, function_ru, function_zh, position)
                    VALUES (@eventId, @partyId, @personId, @isHead, @functionEn, @functionRu, @functionZh, @position)
                    """,
                    new { eventId, partyId, personId, isHead = isHead ? 1 : 0, functionEn = function.En, functionRu = function.Ru, functionZh = function.Zh, position = position++ }, tx);
            }

            await c.ExecuteAsync(
                "UPDATE participation SET delegation_version = delegation_version + 1 WHERE event_id = @eventId AND party_id = @partyId",
                new { eventId, partyId }, tx);
            return eventId;
        }, acceptConflicts);
        return await EventStore.DelegationAsync(c, eventId, partyId, tx);
    }

    private static async Task EnsureParticipationVersionAsync(DbConnection c, DbTransaction tx, long eventId, long partyId,
        long? version, string field, string column = "version")
    {
        await c.EnsureExistsAsync(tx, Table.Event, eventId);
        var current = await c.ExecuteScalarAsync<long?>(
            $"SELECT {column} FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx)
            ?? throw PlannerException.NotFound(ErrorCode.ParticipationNotFound, $"The party {partyId} does not take part in the event {eventId}.");
        if (version is not null && current != version)
            throw new PlannerException(ErrorKind.Stale, ErrorCode.ParticipationStale,
                $"The participation of party {partyId} in event {eventId} has changed since version {version} was read; read it again.",
                new Dictionary<string, string[]> { [field] = [$"Version {version} is no longer current."] });
    }
}
