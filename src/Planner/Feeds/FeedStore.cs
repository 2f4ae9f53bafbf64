using System.Security.Cryptography;
using System.Text;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Invitations;
using Planner.Venues;

namespace Planner.Feeds;

/// <summary>A feed token as admins see it: never the secret, which is shown once.</summary>
public sealed record FeedView(long Id, string Name, Instant CreatedAt);

/// <summary>A new feed token: the URL to subscribe to, shown this once.</summary>
public sealed record CreatedFeed(long Id, string Name, string Url);

/// <summary>What the feed holds: the programme, one party's events, or one event.</summary>
public sealed record FeedQuery(string? Party, long? Event);

/// <summary>Reads feed tokens and the events a feed holds.</summary>
public static class FeedStore
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> is a feed token (only feed tokens: an API token is not one).</summary>
    public static async Task<bool> IsFeedAsync(DbConnection c, string token) =>
        token.Length is > 0 and <= 100
        && await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed_token WHERE token_hash = @hash", new { hash = Hash(token) }) == 1;

    private sealed record FeedRow(long Id, string Name, long CreatedAt);

    public static async Task<IReadOnlyList<FeedView>> ListAsync(DbConnection c) =>
        (await c.QueryAsync<FeedRow>("SELECT id, name, created_at AS CreatedAt FROM feed_token ORDER BY id"))
        .Select(r => new FeedView(r.Id, r.Name, Sql.Instant(r.CreatedAt))).ToList();

    /// <summary>
    /// The events of a feed, in order of start, as calendar entries: the invitations' UID and SEQUENCE (raised when
    /// a change is announced), the venue's zone. Drafts are left out; a cancelled event stays, marked cancelled, so
    /// subscribers remove it. <paramref name="query"/> narrows to the events a party takes part in, or to one event.
    /// </summary>
    public static async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(DbConnection c, MailComposer composer, FeedQuery query, Instant now)
    {
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(query);
        var events = (await EventStore.ListAsync(c, null, null, null)).Where(e => e.Status != EventStatus.Draft);
        if (query.Event is { } only)
            events = events.Where(e => e.Id == only);
        if (query.Party is { Length: > 0 } code)
        {
            var ids = (await c.QueryAsync<long>(
                "SELECT x.event_id FROM participation x JOIN party p ON p.id = x.party_id WHERE p.code = @code COLLATE NOCASE", new { code })).ToHashSet();
            events = events.Where(e => ids.Contains(e.Id));
        }

        var sequences = (await c.QueryAsync<(long EventId, long Sequence)>("SELECT event_id, sequence FROM invitation_settings"))
            .ToDictionary(r => r.EventId, r => (int)r.Sequence);
        var venues = new Dictionary<long, Venue?>();
        var entries = new List<CalendarEntry>();
        foreach (var e in events.OrderBy(e => e.StartAt))
        {
            if (!venues.TryGetValue(e.VenueId, out var venue))
                venues[e.VenueId] = venue = await VenueStore.FindAsync(c, e.VenueId);
            if (venue is null)
                continue;
            entries.Add(new CalendarEntry(composer.Uid(e.Id), sequences.GetValueOrDefault(e.Id), e.Title.En,
                venue.Location(Language.English), "", venue.TimeZone, e.Start, e.End, now,
                composer.Options.FromAddress, composer.Sender(Language.English), [], e.Status == EventStatus.Cancelled));
        }

        return entries;
    }
}
