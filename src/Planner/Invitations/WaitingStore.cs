using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Invitations;

/// <summary>An invitation still waiting for its party's answer, to an event not over yet.</summary>
public sealed class WaitingInvitation
{
    public long EventId { get; init; }

    public string TitleEn { get; init; } = "";

    public string TitleRu { get; init; } = "";

    public string PartyCode { get; init; } = "";

    public string PartyEn { get; init; } = "";

    public string PartyRu { get; init; } = "";

    public long InvitedAt { get; init; }

    public LocalizedText Title => new(TitleEn, TitleRu, "");

    public LocalizedText Party => new(PartyEn, PartyRu, "");
}

/// <summary>Reads the invitations that wait for an answer.</summary>
public static class WaitingStore
{
    /// <summary>Unanswered invitations to events that end after <paramref name="now"/> and are not cancelled, by event date and party code.</summary>
    public static async Task<IReadOnlyList<WaitingInvitation>> ListAsync(DbConnection c, Instant now) =>
        (await c.QueryAsync<WaitingInvitation>(
            $"""
            SELECT e.id AS EventId, e.title_en AS TitleEn, e.title_ru AS TitleRu, p.code AS PartyCode, p.name_en AS PartyEn,
                   p.name_ru AS PartyRu, i.invited_at AS InvitedAt
            FROM invitation i JOIN event e ON e.id = i.event_id JOIN party p ON p.id = i.party_id
            WHERE i.state = @invited AND e.end_at > @now AND {EventLifecycle.Occupies("e")}
            ORDER BY e.start_at, p.code
            """, new { now = Sql.Seconds(now), invited = Enums.Name(InvitationState.Invited) })).ToList();
}
