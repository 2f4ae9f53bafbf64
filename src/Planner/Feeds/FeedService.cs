using System.Buffers.Text;
using System.Security.Cryptography;
using Dapper;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Invitations;

namespace Planner.Feeds;

/// <summary>Creates and revokes feed tokens (admins), and writes a feed.</summary>
public sealed class FeedService(Db db, MailComposer composer, IClock clock)
{
    public Task<CreatedFeed> CreateAsync(string? name, CancellationToken cancellationToken = default)
    {
        var check = new Check();
        var clean = check.Text("name", name, required: true, maxLength: 100);
        check.ThrowIfFailed();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return db.WriteAsync(async (c, tx) =>
        {
            var id = await c.ExecuteScalarAsync<long>(
                "INSERT INTO feed_token (name, token_hash, created_at) VALUES (@clean, @hash, @now) RETURNING id",
                new { clean, hash = FeedStore.Hash(token), now = Sql.Seconds(clock.GetCurrentInstant()) }, tx);
            return new CreatedFeed(id, clean, composer.Options.PublicUrl.TrimEnd('/') + "/calendar/" + token + ".ics");
        }, cancellationToken);
    }

    public Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, tx) => await c.ExecuteAsync("DELETE FROM feed_token WHERE id = @id", new { id }, tx) == 1, cancellationToken);

    /// <summary>The iCalendar text of a feed; null for a token that is no feed token.</summary>
    public Task<string?> CalendarAsync(string token, FeedQuery query, CancellationToken cancellationToken = default) =>
        db.ReadAsync(async c =>
        {
            if (!await FeedStore.IsFeedAsync(c, token))
                return null;
            var entries = await FeedStore.EntriesAsync(c, composer, query, clock.GetCurrentInstant());
            return CalendarPart.Publish(composer.Sender(Language.English), entries);
        }, cancellationToken);
}
