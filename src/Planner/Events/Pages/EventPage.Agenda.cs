using Microsoft.AspNetCore.Mvc;

namespace Planner.Events.Pages;

/// <summary>The agenda editor: add, change or move a session; add an item and move items within or between sessions.</summary>
public sealed partial class EventPageModel
{
    /// <summary>Adds a session (no <paramref name="sessionId"/>) or changes one, which is how a session is moved; its items stay.</summary>
    public Task<IActionResult> OnPostSessionAsync(long? sessionId, long? version, string? titleEn, string? titleRu, string? start, string? end,
        string? room, string? chairPersonId, bool accept, CancellationToken cancellationToken)
    {
        var form = sessionId is { } s ? $"session-{s}" : "session";
        var from = DateTime(form, "start", start);
        var to = DateTime(form, "end", end);
        var chair = Number(form, "chairPersonId", chairPersonId, required: false);
        return ChangeAsync(form, () => db.WriteAsync(async (c, tx) =>
        {
            var items = sessionId is { } id ? AgendaService.ItemsOf(await AgendaService.SessionAsync(c, tx, Id, id)) : [];
            var input = new SessionInput(new Http.LocalizedTextInput(titleEn, titleRu, null), from, to, room, chair, items, version);
            return await agenda.SaveAsync(c, tx, Id, sessionId, input, accept);
        }, cancellationToken), cancellationToken, fragment: "agenda");
    }

    public Task<IActionResult> OnPostDeleteSessionAsync(long sessionId, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"session-{sessionId}", () => agenda.DeleteAsync(Id, sessionId, version, cancellationToken), cancellationToken, fragment: "agenda");

    /// <summary>Adds an item at the end of a session.</summary>
    public Task<IActionResult> OnPostItemAsync(long sessionId, long version, string? titleEn, string? titleRu, string? notes, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => agenda.AddItemAsync(Id, sessionId, version, new ItemInput(new Http.LocalizedTextInput(titleEn, titleRu, null), notes, []), cancellationToken),
            cancellationToken, fragment: $"session-{sessionId}");

    /// <summary>
    /// Moves the item at <paramref name="position"/> (1-based) of a session up, down, or to the end of another
    /// session of the same event (<paramref name="to"/> = "up", "down" or a session id).
    /// </summary>
    public Task<IActionResult> OnPostMoveItemAsync(long sessionId, long version, int position, string? to, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => agenda.MoveItemAsync(Id, sessionId, version, position, to, cancellationToken), cancellationToken, fragment: "agenda");
}
