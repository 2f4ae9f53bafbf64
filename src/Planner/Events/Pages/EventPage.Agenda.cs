using Dapper;
using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Http;

namespace Planner.Events.Pages;

/// <summary>The agenda editor: add, change or move a session; add an item and move items within or between sessions.</summary>
public sealed partial class EventPageModel
{
    /// <summary>Adds a session (no <paramref name="sessionId"/>) or changes one, which is how a session is moved; its items stay.</summary>
    public Task<IActionResult> OnPostSessionAsync(long? sessionId, long? version, string? titleEn, string? titleRu, string? titleZh, string? start, string? end,
        string? room, string? chairPersonId, bool accept, CancellationToken cancellationToken)
    {
        var form = sessionId is { } s ? $"session-{s}" : "session";
        var from = DateTime(form, "start", start);
        var to = DateTime(form, "end", end);
        var chair = Number(form, "chairPersonId", chairPersonId, required: false);
        return ChangeAsync(form, () => db.WriteAsync(async (c, tx) =>
        {
            var items = sessionId is { } id ? ItemsOf(await SessionAsync(c, id, tx)) : [];
            var input = new SessionInput(new LocalizedTextInput(titleEn, titleRu, titleZh), from, to, room, chair, items, version);
            return await AgendaEndpoints.SaveAsync(c, tx, guard, Id, sessionId, input, accept);
        }, cancellationToken), cancellationToken, fragment: "agenda");
    }

    public Task<IActionResult> OnPostDeleteSessionAsync(long sessionId, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"session-{sessionId}", () => db.WriteAsync(async (c, tx) =>
        {
            var session = await SessionAsync(c, sessionId, tx);
            await c.EnsureVersionAsync(tx, Table.Session, sessionId, version);
            await guard.RunAsync(c, tx, Id, async () =>
            {
                await c.ExecuteAsync("DELETE FROM agenda_session WHERE id = @sessionId", new { sessionId }, tx);
                return Id;
            }, acceptConflicts: true);
            return session.Id;
        }, cancellationToken), cancellationToken, fragment: "agenda");

    /// <summary>Adds an item at the end of a session.</summary>
    public Task<IActionResult> OnPostItemAsync(long sessionId, long version, string? titleEn, string? titleRu, string? titleZh, string? notes, long[]? speakers,
        CancellationToken cancellationToken)
    {
        var form = $"item-{sessionId}";
        return ChangeAsync(form, () => db.WriteAsync(async (c, tx) =>
        {
            var session = await SessionAsync(c, sessionId, tx);
            var items = ItemsOf(session).Append(new ItemInput(new LocalizedTextInput(titleEn, titleRu, titleZh), notes, speakers ?? [])).ToList();
            return await SaveItemsAsync(c, tx, session, items, version);
        }, cancellationToken), cancellationToken, fragment: $"session-{sessionId}");
    }

    /// <summary>Changes the item at <paramref name="position"/> (1-based): its title in en, ru and zh, its notes and its speakers (people of the directory).</summary>
    public Task<IActionResult> OnPostChangeItemAsync(long sessionId, long version, int position, string? titleEn, string? titleRu, string? titleZh, string? notes,
        long[]? speakers, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}-{position}", () => db.WriteAsync(async (c, tx) =>
        {
            var session = await SessionAsync(c, sessionId, tx);
            var items = ItemsOf(session);
            At(items, position);
            items[position - 1] = new ItemInput(new LocalizedTextInput(titleEn, titleRu, titleZh), notes, speakers ?? []);
            return await SaveItemsAsync(c, tx, session, items, version);
        }, cancellationToken), cancellationToken, fragment: $"session-{sessionId}");

    /// <summary>Removes the item at <paramref name="position"/>; the items after it move up.</summary>
    public Task<IActionResult> OnPostRemoveItemAsync(long sessionId, long version, int position, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => db.WriteAsync(async (c, tx) =>
        {
            var session = await SessionAsync(c, sessionId, tx);
            var items = ItemsOf(session);
            At(items, position);
            items.RemoveAt(position - 1);
            return await SaveItemsAsync(c, tx, session, items, version);
        }, cancellationToken), cancellationToken, fragment: $"session-{sessionId}");

    private static void At(List<ItemInput> items, int position)
    {
        if (position < 1 || position > items.Count)
            throw ProblemException.Invalid("position", $"The session has no item {position}.");
    }

    /// <summary>
    /// Moves the item at <paramref name="position"/> (1-based) of a session up, down, or to the end of another
    /// session of the same event (<paramref name="to"/> = "up", "down" or a session id).
    /// </summary>
    public Task<IActionResult> OnPostMoveItemAsync(long sessionId, long version, int position, string? to, CancellationToken cancellationToken) =>
        ChangeAsync($"item-{sessionId}", () => db.WriteAsync(async (c, tx) =>
        {
            var session = await SessionAsync(c, sessionId, tx);
            var items = ItemsOf(session).ToList();
            At(items, position);
            var item = items[position - 1];
            items.RemoveAt(position - 1);
            if (to is "up" or "down")
            {
                items.Insert(Math.Clamp(to == "up" ? position - 2 : position, 0, items.Count), item);
                return await SaveItemsAsync(c, tx, session, items, version);
            }

            if (!long.TryParse(to, System.Globalization.CultureInfo.InvariantCulture, out var targetId) || targetId == sessionId)
                throw ProblemException.Invalid("to", "Choose another session to move the item to.");
            var target = await SessionAsync(c, targetId, tx);
            await SaveItemsAsync(c, tx, session, items, version);
            return await SaveItemsAsync(c, tx, target, ItemsOf(target).Append(item).ToList(), target.Version);
        }, cancellationToken), cancellationToken, fragment: "agenda");

    private async Task<AgendaSession> SessionAsync(Microsoft.Data.Sqlite.SqliteConnection c, long sessionId, Microsoft.Data.Sqlite.SqliteTransaction tx) =>
        (await AgendaStore.ReadAsync(c, await EventStore.GetAsync(c, Id, tx), tx)).Days.SelectMany(d => d.Sessions).FirstOrDefault(s => s.Id == sessionId)
        ?? throw ProblemException.NotFound($"agenda session of event {Id}", sessionId);

    private async Task<long> SaveItemsAsync(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx,
        AgendaSession session, IReadOnlyList<ItemInput> items, long version)
    {
        var input = new SessionInput(Input(session.Title), session.Start, session.End, session.Room, session.ChairPersonId, items, version);
        return (await AgendaEndpoints.SaveAsync(c, tx, guard, Id, session.Id, input, acceptConflicts: false)).Session;
    }

    private static List<ItemInput> ItemsOf(AgendaSession session) => AgendaShift.ItemsOf(session);

    private static LocalizedTextInput Input(LocalizedText text) => AgendaShift.Input(text);
}
