using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Planner.Hosting;
using Planner.Invitations;

namespace Planner.Documents.Protocol;

/// <summary>
/// The signed codes of badges' check-in links: <c>{event}.{person}.{mac}</c>, where the MAC is HMAC-SHA256 (first
/// 16 bytes, base64url) over the event and person under a key kept in the database (<c>shared_secret</c> 'checkin',
/// made on first use; a key an earlier version kept in <c>&lt;DataDirectory&gt;/keys/checkin.key</c> is taken over), so
/// that every host of one database reads every badge. A code names one delegate of one event; changing either number
/// breaks it, and it cannot be made without the key. The link itself admits no one: the check-in page needs a signed-in user.
/// </summary>
public sealed class CheckInCodes(Data.Db db, NodaTime.IClock clock, IOptions<PlannerOptions> planner, IOptions<MailOptions> mail)
{
    private readonly Lazy<byte[]> _key = new(() => LoadKeyAsync(db, clock, planner.Value.DataDirectory).GetAwaiter().GetResult());

    /// <summary>The code of <paramref name="personId"/>'s badge for <paramref name="eventId"/>.</summary>
    public string Code(long eventId, long personId) =>
        string.Create(CultureInfo.InvariantCulture, $"{eventId}.{personId}.{Mac(eventId, personId)}");

    /// <summary>The full link a badge's QR code holds.</summary>
    public string Url(long eventId, long personId) => mail.Value.PublicUrl.TrimEnd('/') + "/checkin/" + Code(eventId, personId);

    /// <summary>The event and person a code names, or null when it is malformed or its MAC does not match.</summary>
    public (long EventId, long PersonId)? Read(string? code)
    {
        var parts = code?.Split('.') ?? [];
        if (parts.Length != 3 || code!.Length > 80
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var personId))
            return null;
        var expected = Encoding.ASCII.GetBytes(Mac(eventId, personId));
        var given = Encoding.ASCII.GetBytes(parts[2]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? (eventId, personId) : null;
    }

    private string Mac(long eventId, long personId)
    {
        var data = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"checkin:{eventId}:{personId}"));
        return Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, data).AsSpan(0, 16));
    }

    private static async Task<byte[]> LoadKeyAsync(Data.Db db, NodaTime.IClock clock, string dataDirectory)
    {
        const string Read = "SELECT value FROM shared_secret WHERE name = 'checkin'";
        if (await db.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<string?>(c, Read)) is { } stored)
            return Convert.FromBase64String(stored);
        var file = Path.Combine(Path.GetFullPath(dataDirectory), "keys", "checkin.key");
        var key = File.Exists(file) ? await File.ReadAllBytesAsync(file) : RandomNumberGenerator.GetBytes(32);
        // Two hosts making it at once: the first stored wins, and both use it.
        return Convert.FromBase64String(await db.WriteAsync(async (c, tx) =>
        {
            await Dapper.SqlMapper.ExecuteAsync(c,
                "INSERT INTO shared_secret (name, value, created_at) VALUES ('checkin', @value, @now) ON CONFLICT (name) DO NOTHING",
                new { value = Convert.ToBase64String(key), now = clock.GetCurrentInstant().ToUnixTimeSeconds() }, tx);
            return (await Dapper.SqlMapper.ExecuteScalarAsync<string>(c, Read, transaction: tx))!;
        }));
    }
}
