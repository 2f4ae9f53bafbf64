using System.Data.Common;
using Planner.Data;
using Planner.Events;
using Planner.Parties;

namespace Planner.Delegates;

/// <summary>Reads an event's delegates as the lines of a delegate list, by group in order of precedence.</summary>
public static class DelegateStore
{
    public static async Task<IReadOnlyList<(string Group, IReadOnlyList<DelegateLine> Lines)>> GroupsAsync(DbConnection c, Precedence precedence, long eventId)
    {
        var e = await EventStore.GetAsync(c, eventId);
        var groups = new List<(string, IReadOnlyList<DelegateLine>)>();
        foreach (var group in await EventStore.ParticipantsAsync(c, precedence, e))
        {
            var lines = new List<DelegateLine>();
            foreach (var party in group.Parties)
            {
                var delegation = await EventStore.DelegationAsync(c, eventId, party.PartyId);
                foreach (var d in delegation.Members.OrderByDescending(m => m.IsHead))
                {
                    var en = d.Name.En.Trim();
                    var cut = en.LastIndexOf(' ');
                    lines.Add(new DelegateLine(party.Code, cut < 0 ? en : en[(cut + 1)..], cut < 0 ? "" : en[..cut], d.Name.Ru, d.Name.Zh,
                        d.Title.En, d.Title.Ru, d.Title.Zh, d.IsHead, d.Function));
                }
            }

            groups.Add((Enums.Name(group.Role), lines));
        }

        return groups;
    }
}
