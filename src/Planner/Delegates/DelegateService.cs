using Planner.Parties;
using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Scheduling;

namespace Planner.Delegates;

/// <summary>
/// Imports a delegate list: all rows or none. Each row names a participant of the event by code, a person by name
/// (one of the party's people with that English name, ignoring case, or a new person), and head or member; every
/// party in the file gets exactly the delegation its rows list (one head). A refusal names each faulty row and
/// column as <c>rows[i].column</c>, with the sheet and row (or CSV line) in the message. A file without the function
/// columns keeps the function each person already has in the delegation.
/// </summary>
public static class DelegateService
{
    /// <summary>The most rows one import takes.</summary>
    public const int MaxRows = 2000;

    public static async Task<int> ImportAsync(DbConnection c, DbTransaction tx, ParticipantService participants, long eventId, IReadOnlyList<SheetRow> rows, Check check)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(check);
        await EventStore.GetAsync(c, eventId, tx);
        check.That(rows.Count <= MaxRows, "body", $"The file has {rows.Count:N0} delegates; one import takes at most {MaxRows:N0}.",
            ErrorCode.DelegatesTooManyRows, ("count", rows.Count), ("max", MaxRows));
        var parties = (await c.QueryAsync<(long Id, string Code)>(
                "SELECT p.id, p.code FROM participation x JOIN party p ON p.id = x.party_id WHERE x.event_id = @eventId", new { eventId }, tx))
            .ToDictionary(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase);

        var lines = new List<(SheetRow Row, long PartyId, string NameEn, PersonInput Person, bool IsHead, LocalizedTextInput? Function)>();
        foreach (var row in rows)
        {
            var f = $"rows[{row.Index}].";
            var code = check.Text(f + DelegateSheet.Party, row[DelegateSheet.Party], true, 20);
            var partyKnown = parties.TryGetValue(code, out var partyId);
            if (code.Length > 0)
                check.That(partyKnown, f + DelegateSheet.Party, $"{row.Place}: '{code}' does not take part in event {eventId}.",
                    ErrorCode.DelegatesNotParticipant, ("place", row.Place), ("code", code));
            var family = check.Text(f + DelegateSheet.FamilyName, row[DelegateSheet.FamilyName], true, 200);
            var given = check.Text(f + DelegateSheet.GivenName, row[DelegateSheet.GivenName], false, 200);
            var ru = check.Text(f + DelegateSheet.NameRu, row[DelegateSheet.NameRu], false, 400);
            var zh = check.Text(f + DelegateSheet.NameZh, row[DelegateSheet.NameZh], false, 400);
            var title = check.Text(f + DelegateSheet.PositionEn, row[DelegateSheet.PositionEn], false, 200);
            var titleRu = check.Text(f + DelegateSheet.PositionRu, row[DelegateSheet.PositionRu], false, 200);
            var titleZh = check.Text(f + DelegateSheet.PositionZh, row[DelegateSheet.PositionZh], false, 200);
            var role = row[DelegateSheet.Role].Trim().ToLowerInvariant();
            check.That(role is "head" or "member", f + DelegateSheet.Role, $"{row.Place}: role is 'head' or 'member', not '{row[DelegateSheet.Role]}'.",
                ErrorCode.DelegatesRole, ("place", row.Place), ("value", row[DelegateSheet.Role]));
            // The Russian and Chinese names come whole, in their protocol order: each is kept as that language's family name.
            var person = new PersonInput(null, new LocalizedTextInput(title, titleRu, titleZh), partyId, null, null)
            {
                FamilyName = new LocalizedTextInput(family, ru, zh),
                GivenNames = new LocalizedTextInput(given, "", ""),
            };
            LocalizedTextInput? function = null;
            if (new[] { DelegateSheet.FunctionEn, DelegateSheet.FunctionRu, DelegateSheet.FunctionZh }.Any(row.Values.ContainsKey))
                function = LocalizedTextInput.Of(LocalizedTextInput.CheckOptional(check, f + "function",
                    new LocalizedTextInput(row[DelegateSheet.FunctionEn], row[DelegateSheet.FunctionRu], row[DelegateSheet.FunctionZh]), ParticipantService.MaxFunction));
            lines.Add((row, partyId, $"{given} {family}".Trim(), person, role == "head", function));
        }

        foreach (var party in lines.Where(l => l.PartyId != 0).GroupBy(l => l.PartyId))
        {
            var heads = party.Count(l => l.IsHead);
            var first = party.First().Row;
            check.That(heads == 1, $"rows[{first.Index}].{DelegateSheet.Role}",
                $"{first.Place}: the delegation of {first[DelegateSheet.Party]} has {heads} heads; it needs exactly one.",
                ErrorCode.DelegatesHeads, ("place", first.Place), ("party", first[DelegateSheet.Party]), ("count", heads));
            foreach (var twice in party.GroupBy(l => l.NameEn, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
                check.Fail($"rows[{twice.Last().Row.Index}].{DelegateSheet.FamilyName}", $"{twice.Last().Row.Place}: {twice.Key} is listed twice.",
                    ErrorCode.DelegatesListedTwice, ("place", twice.Last().Row.Place), ("name", twice.Key));
        }

        check.ThrowIfFailed();
        foreach (var party in lines.GroupBy(l => l.PartyId))
        {
            var current = (await EventStore.DelegationAsync(c, eventId, party.Key, tx)).Members.ToDictionary(m => m.PersonId, m => m.Function);
            var people = new List<DelegateInput>();
            var headAt = 0;
            foreach (var l in party)
            {
                var personId = await PersonAsync(c, tx, party.Key, l.NameEn, l.Person);
                if (l.IsHead)
                    headAt = people.Count;
                people.Add(new DelegateInput(personId, l.Function ?? (current.TryGetValue(personId, out var known) ? LocalizedTextInput.Of(known) : null)));
            }

            var version = await c.ExecuteScalarAsync<long>(
                "SELECT delegation_version FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId = party.Key }, tx);
            await participants.ReplaceDelegationAsync(c, tx, eventId, party.Key,
                new DelegationInput(people[headAt], people.Where((_, i) => i != headAt).ToList(), version), acceptConflicts: false);
        }

        return lines.Count;
    }

    /// <summary>The party's person with this English name (ignoring case), or a new one.</summary>
    private static async Task<long> PersonAsync(DbConnection c, DbTransaction tx, long partyId, string en, PersonInput person) =>
        await c.ExecuteScalarAsync<long?>(
            "SELECT id FROM person WHERE party_id = @partyId AND lower(name_en) LIKE lower(@pattern) ESCAPE '\\' ORDER BY id LIMIT 1",
            new { partyId, pattern = Like.Exactly(en) }, tx)
        ?? (await PersonService.AddAsync(c, tx, person)).Id;
}
