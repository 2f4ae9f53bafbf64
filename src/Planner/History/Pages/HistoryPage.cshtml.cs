using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Web;

namespace Planner.History.Pages;

/// <summary>
/// <c>/history/{entity}/{id}</c>: who changed a record, when, and each field before and after, newest first.
/// An event's history includes its participants, delegations and agenda; a party's its standings and people.
/// Planners and admins only, as for <c>/api/audit</c>.
/// </summary>
[Authorize(Roles = "planner,admin")]
public sealed class HistoryPageModel(Db db) : PlannerPage
{
    [FromRoute]
    public string Entity { get; set; } = "";

    [FromRoute]
    public long Id { get; set; }

    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!HistoryStore.Entities.Contains(Entity))
            throw PlannerException.NotFound(ErrorCode.HistoryUnknownEntity, $"There is no history of '{Entity}'.");
        Entries = await db.ReadAsync(c => HistoryStore.ForAsync(c, Entity, Id), cancellationToken);
    }

    /// <summary>A value as the page shows it: text as it is, a missing one as a dash.</summary>
    public static string Show(System.Text.Json.JsonElement? value) => value switch
    {
        null => "—",
        { ValueKind: System.Text.Json.JsonValueKind.String } v => v.GetString() ?? "",
        { } v => v.GetRawText(),
    };
}
