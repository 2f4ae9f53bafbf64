using Planner.Access;
using Planner.Data;

namespace Planner.History;

/// <summary><c>GET /api/audit?entity=event&amp;id=3</c>: who changed what, newest first (planners and admins).</summary>
public static class HistoryEndpoints
{
    public static void MapHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? entity, long? id, Db db, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(entity) || !HistoryStore.Entities.Contains(entity))
                throw PlannerException.Malformed("entity", $"entity is one of {string.Join(", ", HistoryStore.Entities)}.", ErrorCode.AuditUnknownEntity);
            if (id is null)
                throw PlannerException.Malformed("id", "id is required.", ErrorCode.ValueRequired);
            return await db.ReadAsync(c => HistoryStore.ForAsync(c, entity, id.Value), ct);
        }).WithTags("History").RequireAuthorization(Policies.Planners);
    }
}
