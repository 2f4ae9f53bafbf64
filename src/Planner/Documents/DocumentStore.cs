using Dapper;
using System.Data.Common;
using Planner.Events;
using Planner.Http;
using Planner.Invitations;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>Reads what the printed documents show beyond the event's own stores.</summary>
public static class DocumentStore
{
    private sealed record DelegateRow(long PartyId, string NameEn, string NameRu, string NameZh, string TitleEn, string TitleRu, string TitleZh, long IsHead);

    /// <summary>
    /// The list of participants as printed: each group of parties in order of precedence with its delegates (the head
    /// first), without the parties that declined their invitation and without groups left empty.
    /// </summary>
    public static async Task<IReadOnlyList<PrintedGroup>> PrintedGroupsAsync(DbConnection c, Precedence precedence, Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var groups = await EventStore.ParticipantsAsync(c, precedence, e);
        var delegates = (await c.QueryAsync<DelegateRow>(
            """
            SELECT d.party_id AS PartyId, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh,
                   p.title_en AS TitleEn, p.title_ru AS TitleRu, p.title_zh AS TitleZh, d.is_head AS IsHead
            FROM delegate d JOIN person p ON p.id = d.person_id
            WHERE d.event_id = @Id
            ORDER BY d.party_id, d.is_head DESC, d.position
            """, new { e.Id })).ToLookup(d => d.PartyId);
        // A party that declined its invitation is not among those taking part.
        return groups.Select(g => new PrintedGroup(g.Role, g.Parties.Where(p => p.Answer != InvitationState.Declined).Select(p => new PrintedParty(p.Name,
                delegates[p.PartyId].Select(d => new PrintedDelegate(new LocalizedText(d.NameEn, d.NameRu, d.NameZh), new LocalizedText(d.TitleEn, d.TitleRu, d.TitleZh), d.IsHead == 1)).ToList())).ToList()))
            .Where(g => g.Parties.Count > 0).ToList();
    }
}
