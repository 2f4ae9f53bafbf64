using Microsoft.AspNetCore.Mvc;
using Planner.Http;

namespace Planner.Events.Pages;

/// <summary>The agenda editor: add, change or move a session; add, change, remove and move items within or between sessions.</summary>
public sealed partial class EventPageModel
{
    /// <summary>Adds a session (no <paramref name="sessionId"/>) or changes one, which is how a session is moved; its items stay.</summary>
    public Task<IActionResult> OnPostSessionAsync(long? sessionId, long? version, string? titleEn, string? titleRu, string? titleZh, string? start, string? end,
        string? roomEn, string? roomRu, string? roomZh, string? chairPersonId, bool accept, CancellationToken cancellationToken)
    {
        var form = sessionId is { } s ? $"session-{s}" : "session";
        var from = DateTime(form, "start", start);
        var to = DateTime(form, "end", end);
        var chair = Number(form, "chairPersonId", chairPersonId, required: false);
        return ChangeAsync(form, () => agenda.SaveSessionAsync(Id, sessionId, new LocalizedTextInput(titleEn, titleRu, titleZh), from, to, new LocalizedTextInput(roomEn, roomRu, roomZh), chair, version, accept, cancellationToken),
            cancellationToken, fragment: "agenda");
    }

    public Task<IActionResult> OnPostDeleteSessionAsync(long sessionId, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"session-{sessionId}", () => agenda.DeleteAsync(Id, sessionId, version, cancellationToken), cancellationToken, fragment: "agenda");

    /// <summary>Adds an item at the end of a session.</summary>
    public Task<IActionResult> OnPostItemAsync(long sessionId, long version, string? titleEn, string? titleRu, string? titleZh, string? notes, long[]? speakers,
        CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => agenda.ChangeItemsAsync(Id, sessionId, version,
            items => items.Add(new ItemInput(new LocalizedTextInput(titleEn, titleRu, titleZh), notes, speakers ?? [])), cancellationToken),
            cancellationToken, fragment: $"session-{sessionId}");

    /// <summary>Changes the item at <paramref name="position"/> (1-based): its title in en, ru and zh, its notes and its speakers (people of the directory).</summary>
    public Task<IActionResult> OnPostChangeItemAsync(long sessionId, long version, int position, string? titleEn, string? titleRu, string? titleZh, string? notes,
        long[]? speakers, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}-{position}", () => agenda.ChangeItemsAsync(Id, sessionId, version,
            items => items[AgendaService.IndexOf(items, position)] = new ItemInput(new LocalizedTextInput(titleEn, titleRu, titleZh), notes, speakers ?? []), cancellationToken),
            cancellationToken, fragment: $"session-{sessionId}");

    /// <summary>Removes the item at <paramref name="position"/>; the items after it move up.</summary>
    public Task<IActionResult> OnPostRemoveItemAsync(long sessionId, long version, int position, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => agenda.ChangeItemsAsync(Id, sessionId, version,
            items => items.RemoveAt(AgendaService.IndexOf(items, position)), cancellationToken),
            cancellationToken, fragment: $"session-{sessionId}");

    /// <summary>
    /// Moves the item at <paramref name="position"/> (1-based) of a session up, down, or to the end of another
    /// session of the same event (<paramref name="to"/> = "up", "down" or a session id).
    /// </summary>
    public Task<IActionResult> OnPostMoveItemAsync(long sessionId, long version, int position, string? to, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => agenda.MoveItemAsync(Id, sessionId, version, position, to, cancellationToken), cancellationToken, fragment: "agenda");
}
