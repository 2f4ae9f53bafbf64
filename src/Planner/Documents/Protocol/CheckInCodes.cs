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
/// 16 bytes, base64url) over the event and person under a key kept in <c>&lt;DataDirectory&gt;/keys/checkin.key</c>
/// (made on first use). A code names one delegate of one event; changing either number breaks it, and it cannot
/// be made without the key. The link itself admits no one: the check-in page needs a signed-in user.
/// </summary>
public sealed class CheckInCodes(IOptions<PlannerOptions> planner, IOptions<MailOptions> mail)
{
    private readonly Lazy<byte[]> _key = new(() => LoadKey(planner.Value.DataDirectory));

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

    private static byte[] LoadKey(string dataDirectory)
    {
        var folder = Path.Combine(Path.GetFullPath(dataDirectory), "keys");
        var file = Path.Combine(folder, "checkin.key");
        if (File.Exists(file))
            return File.ReadAllBytes(file);
        Directory.CreateDirectory(folder);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(key);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process made it first: use theirs.
            return File.ReadAllBytes(file);
        }
    }
}
